package vn.chibo.resolution.vote;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Judges a branch vote with the deployed {@code VoteOutcome} decision (latest deployed version; the
 * rule set in force on the vote date is picked by the table's effective-date column).
 *
 * <p>Called from a delegate or listener, the evaluation is not subject to Camunda authorization;
 * called inside an authenticated engine request, the user needs {@code CREATE_INSTANCE} on the
 * decision definition.
 */
@Service
public class VoteOutcomeDecision {

  /** The key of the decision in {@code processes/decisions/vote-outcome.dmn}. */
  public static final String DECISION_KEY = "VoteOutcome";

  private static final Logger log = LoggerFactory.getLogger(VoteOutcomeDecision.class);

  private final DecisionService decisionService;

  public VoteOutcomeDecision(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * Evaluates one vote.
   *
   * @throws IllegalStateException when no rule set applies on {@code voteDate}
   */
  public VoteOutcome evaluate(VoteKind kind, LocalDate voteDate, VoteCount count) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(voteDate, "voteDate");
    Objects.requireNonNull(count, "count");
    DmnDecisionResult result =
        decisionService
            .evaluateDecisionByKey(DECISION_KEY)
            .variables(
                Variables.createVariables()
                    .putValue("voteDate", Variables.dateValue(startOfDay(voteDate)))
                    .putValue("voteKind", kind.name())
                    .putValue("officialConvened", count.officialConvened())
                    .putValue("transferredTemporarily", count.transferredTemporarily())
                    .putValue("exemptedAbsent", count.exemptedAbsent())
                    .putValue("votesFor", count.votesFor()))
            .evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException(
          "Không có quy tắc biểu quyết nào (bảng quyết định "
              + DECISION_KEY
              + ") áp dụng cho "
              + kind.label().toLowerCase(Locale.ROOT)
              + " ngày "
              + voteDate);
    }
    DmnDecisionResultEntries row = result.getFirstResult();
    VoteOutcome outcome =
        new VoteOutcome(
            row.<Integer>getEntry("base"),
            row.<Integer>getEntry("required"),
            row.<Boolean>getEntry("passed"));
    log.debug("{} on {}: {}", kind, voteDate, outcome);
    return outcome;
  }

  // The table's date column is typed "date", which the engine reads as java.util.Date: pass the
  // start of the day in the JVM's zone, the zone the FEEL engine converts it back with.
  private static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
