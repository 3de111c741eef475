package vn.chibo.admission.eligibility;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Judges whether an applicant may be considered for admission with the deployed {@code
 * AdmissionEligibility} decision (latest deployed version; the rule set in force on the
 * consideration date is picked by the table's effective-date column).
 *
 * <p>The table collects one row per failed condition, each with its reason, and one row naming the
 * rule set; every reason is returned, so the branch sees all that is missing at once.
 *
 * <p>Called from a delegate or listener, the evaluation is not subject to Camunda authorization;
 * called inside an authenticated engine request, the user needs {@code CREATE_INSTANCE} on the
 * decision definition.
 */
@Service
public class AdmissionEligibilityDecision {

  /** The key of the decision in {@code processes/decisions/admission-eligibility.dmn}. */
  public static final String DECISION_KEY = "AdmissionEligibility";

  private static final Logger log = LoggerFactory.getLogger(AdmissionEligibilityDecision.class);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  // The table tests the first introducer (enough with an organisation's introduction) and the
  // second (needed without one). Ranking a replacement, whom the months rule does not bind, and
  // then the longest known first makes "the first two qualify" the same as "two qualify", whatever
  // the table's threshold.
  private static final Comparator<Introducer> STRONGEST_FIRST =
      Comparator.comparing(Introducer::replacement, Comparator.reverseOrder())
          .thenComparing(Introducer::monthsKnown, Comparator.reverseOrder());

  private final DecisionService decisionService;

  public AdmissionEligibilityDecision(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * Judges one applicant on {@code facts.considerationDate()}.
   *
   * @throws IllegalStateException when no rule set applies on the consideration date
   */
  public Eligibility judge(EligibilityFacts facts) {
    Objects.requireNonNull(facts, "facts");
    DmnDecisionResult result =
        decisionService.evaluateDecisionByKey(DECISION_KEY).variables(variables(facts)).evaluate();
    Eligibility eligibility = read(result, facts.considerationDate());
    log.debug(
        "Admission eligibility on {} under {}: {} reason(s) against",
        facts.considerationDate(),
        eligibility.ruleSet(),
        eligibility.reasons().size());
    return eligibility;
  }

  /** The decision's variables: its inputs, and the names and labels its reasons quote. */
  static VariableMap variables(EligibilityFacts facts) {
    List<Introducer> official =
        facts.introducers().stream()
            .filter(Introducer::officialMember)
            .sorted(STRONGEST_FIRST)
            .toList();
    Introducer first = official.isEmpty() ? null : official.get(0);
    Introducer second = official.size() < 2 ? null : official.get(1);
    VariableMap variables =
        Variables.createVariables()
            .putValue(
                "considerationDate", Variables.dateValue(startOfDay(facts.considerationDate())))
            .putValue("ageMonths", facts.ageMonths())
            .putValue("over60Approved", facts.over60Approved())
            .putValue("education", facts.education().name())
            .putValue("educationLabel", facts.education().label())
            .putValue("educationExemption", facts.educationExemption())
            .putValue("certificateAgeMonths", Variables.integerValue(facts.certificateAgeMonths()))
            .putValue("documentAgeMonths", Variables.integerValue(facts.documentAgeMonths()))
            .putValue("officialIntroducers", official.size())
            .putValue("organisationIntroduction", facts.organisationIntroduction());
    putIntroducer(variables, "first", first);
    putIntroducer(variables, "second", second);
    return variables;
  }

  /**
   * Every non-empty reason, and the name of the one rule set whose row matched.
   *
   * @throws IllegalStateException when no rule set, or more than one, matched
   */
  static Eligibility read(DmnDecisionResult result, LocalDate considerationDate) {
    List<String> reasons = new ArrayList<>();
    List<String> ruleSets = new ArrayList<>();
    // A row leaves out the output it has no entry for: the rule-set row has no reason, the others
    // no rule set.
    for (DmnDecisionResultEntries row : result) {
      String reason = (String) row.getEntryMap().get("reason");
      if (reason != null) {
        reasons.add(reason);
      }
      String ruleSet = (String) row.getEntryMap().get("ruleSet");
      if (ruleSet != null) {
        ruleSets.add(ruleSet);
      }
    }
    if (ruleSets.isEmpty()) {
      throw new IllegalStateException(
          "Không có bộ quy định kết nạp đảng viên nào (bảng quyết định "
              + DECISION_KEY
              + ") áp dụng cho ngày xét "
              + DAY.format(considerationDate));
    }
    if (ruleSets.size() > 1) {
      throw new IllegalStateException(
          "Nhiều bộ quy định kết nạp đảng viên (bảng quyết định "
              + DECISION_KEY
              + ") cùng áp dụng cho ngày xét "
              + DAY.format(considerationDate)
              + ": "
              + String.join("; ", ruleSets));
    }
    return new Eligibility(reasons.isEmpty(), reasons, ruleSets.get(0));
  }

  private static void putIntroducer(VariableMap variables, String rank, Introducer introducer) {
    variables
        .putValue(rank + "IntroducerName", introducer == null ? null : introducer.name())
        .putValue(
            rank + "IntroducerMonthsKnown",
            Variables.integerValue(introducer == null ? null : introducer.monthsKnown()))
        .putValue(
            rank + "IntroducerReplacement",
            Variables.booleanValue(introducer == null ? null : introducer.replacement()));
  }

  // The table's date column is typed "date", which the engine reads as java.util.Date: pass the
  // start of the day in the JVM's zone, the zone the FEEL engine converts it back with.
  private static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
