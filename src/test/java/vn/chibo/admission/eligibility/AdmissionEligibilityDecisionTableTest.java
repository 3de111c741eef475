package vn.chibo.admission.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code AdmissionEligibility} table as deployed ({@code
 * processes/decisions/admission-eligibility.dmn}), run on the real DMN engine with the inputs
 * {@link AdmissionEligibilityDecision} derives from the facts, at the edges of each condition.
 *
 * <p>Each case starts from an applicant who meets every condition and changes only the facts under
 * test.
 */
class AdmissionEligibilityDecisionTableTest {

  private static final Path TABLE = Path.of("processes", "decisions", "admission-eligibility.dmn");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);
  private static final String RULES_2025 = "Quy định 294-QĐ/TW (từ 01/7/2025)";
  private static final String RULES_2021 = "Quy định 24-QĐ/TW (từ 30/7/2021 đến 30/6/2025)";
  private static final String TOO_FEW_INTRODUCERS =
      "Chưa đủ hai đảng viên chính thức giới thiệu (có %d) và không có nghị quyết giới thiệu của"
          + " Ban Chấp hành Đoàn cơ sở hoặc công đoàn cơ sở thay cho một người";
  private static final String NO_MEMBER_WITH_ORGANISATION =
      "Có nghị quyết giới thiệu của Ban Chấp hành Đoàn cơ sở hoặc công đoàn cơ sở nhưng chưa có"
          + " đảng viên chính thức nào cùng giới thiệu";
  private static final String TOO_RECENT =
      "Người giới thiệu %s mới cùng công tác, học tập hoặc sinh hoạt với người vào Đảng %d tháng,"
          + " chưa đủ 12 tháng";

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(TABLE)) {
      decision = engine.parseDecision("AdmissionEligibility", in);
    }
  }

  @Test
  void admitsAnApplicantWhoMeetsEveryCondition() {
    assertThat(judge(applicant(TODAY))).isEqualTo(new Eligibility(true, List.of(), RULES_2025));
  }

  @ParameterizedTest(name = "sinh {0}, xét {1}, đồng ý trên 60 tuổi: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // one month before 18, the birthday itself later in the month
        "2008-12-31 | 2026-11-30 | false | Chưa đủ 18 tuổi tính theo tháng (17 tuổi 11 tháng)",
        // full 18 by month from the first day of the month of birth
        "2008-12-31 | 2026-12-01 | false |",
        "2008-12-01 | 2026-12-31 | false |",
        // 60 years 0 months is still within the age
        "1966-03-31 | 2026-03-03 | false |",
        "1966-03-01 | 2026-03-31 | false |",
        "1966-02-28 | 2026-03-03 | false | Đã quá 60 tuổi tính theo tháng (60 tuổi 1 tháng) mà chưa"
            + " có văn bản đồng ý của ban thường vụ cấp ủy trực thuộc Trung ương",
        "1966-02-28 | 2026-03-03 | true  |",
        "1950-07-15 | 2026-03-03 | true  |",
        // the approval changes nothing below 60
        "1990-01-01 | 2026-03-03 | true  |",
      })
  void countsTheAgeInMonthsIgnoringTheDay(
      LocalDate birthDate, LocalDate considerationDate, boolean over60Approved, String reason) {
    Case applicant = applicant(considerationDate).born(birthDate).over60Approved(over60Approved);
    assertThat(judge(applicant).reasons()).isEqualTo(reasons(reason));
  }

  @ParameterizedTest(name = "cấp {0}, xét {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // exactly 60 months after the issue date: month 60, still valid
        "2021-03-03 | 2026-03-03 |",
        "2021-01-31 | 2026-01-31 |",
        // one day more: month 61
        "2021-03-02 | 2026-03-03 | Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng đã quá"
            + " thời hạn 60 tháng (đang ở tháng thứ 61 kể từ ngày cấp)",
        "2021-02-03 | 2026-03-03 | Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng đã quá"
            + " thời hạn 60 tháng (đang ở tháng thứ 61 kể từ ngày cấp)",
        // issued on the day of consideration
        "2026-03-03 | 2026-03-03 |",
      })
  void acceptsTheCertificateForSixtyMonths(
      LocalDate certificateDate, LocalDate considerationDate, String reason) {
    Case applicant = applicant(considerationDate).certificate(certificateDate);
    assertThat(judge(applicant).reasons()).isEqualTo(reasons(reason));
  }

  @Test
  void rejectsAnApplicantWithoutACertificate() {
    assertThat(judge(applicant(TODAY).certificate(null)).reasons())
        .containsExactly("Chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng");
  }

  @ParameterizedTest(name = "{0}, trường hợp đặc biệt: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NONE              | false | Chưa có bằng tốt nghiệp trung học cơ sở (trình độ học vấn:"
            + " Chưa tốt nghiệp tiểu học) và không thuộc trường hợp đặc biệt về học vấn",
        "PRIMARY           | false | Chưa có bằng tốt nghiệp trung học cơ sở (trình độ học vấn:"
            + " Tiểu học) và không thuộc trường hợp đặc biệt về học vấn",
        "NONE              | true  |",
        "PRIMARY           | true  |",
        "LOWER_SECONDARY   | false |",
        "UPPER_SECONDARY   | false |",
        "COLLEGE_OR_HIGHER | false |",
      })
  void requiresLowerSecondaryEducationUnlessExempted(
      Education education, boolean exemption, String reason) {
    Case applicant = applicant(TODAY).education(education, exemption);
    assertThat(judge(applicant).reasons()).isEqualTo(reasons(reason));
  }

  /**
   * Introducers written {@code name=months}, {@code /replacement} for one assigned by the branch
   * and {@code /probationary} for one who is not an official member; expected reasons separated by
   * {@code ;}.
   */
  @ParameterizedTest(name = "[{index}] Đoàn/công đoàn: {0}; {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "false | Trần Văn An=24; Lê Thị Bình=12 |",
        "true  | Trần Văn An=12 |",
        "true  | Trần Văn An=24; Lê Thị Bình=3 |",
        "false | Lê Thị Bình=11; Trần Văn An=24; Phạm Minh Châu=30 |",
        "false | Trần Văn An=24 | TOO_FEW 1",
        "false |  | TOO_FEW 0",
        "true  |  | NO_MEMBER",
        "false | Trần Văn An=24; Lê Thị Bình=11 | RECENT Lê Thị Bình 11",
        "true  | Lê Thị Bình=11 | RECENT Lê Thị Bình 11",
        "false | Trần Văn An=11; Lê Thị Bình=10 | RECENT Trần Văn An 11; RECENT Lê Thị Bình 10",
        // a replacement is not bound by the 12 months
        "false | Trần Văn An=24; Lê Thị Bình=3/replacement |",
        "true  | Lê Thị Bình=0/replacement |",
        "false | Lê Thị Bình=1/replacement; Trần Văn An=11 | RECENT Trần Văn An 11",
        // a member who is not official does not count, however long they have known the applicant
        "false | Trần Văn An=24; Lê Thị Bình=36/probationary | TOO_FEW 1",
        "true  | Lê Thị Bình=36/probationary | NO_MEMBER",
      })
  void requiresTwoOfficialMembersOrAnOrganisationAndOneMember(
      boolean organisationIntroduction, String introducers, String expected) {
    Case applicant =
        applicant(TODAY).introducedBy(organisationIntroduction, introducers(introducers));
    assertThat(judge(applicant).reasons()).isEqualTo(introductionReasons(expected));
  }

  @ParameterizedTest(name = "văn bản {0}, xét {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-03-03 | 2026-03-03 |",
        "2025-03-02 | 2026-03-03 | Hồ sơ có văn bản đã quá thời hạn 12 tháng (văn bản cũ nhất đang"
            + " ở tháng thứ 13 kể từ ngày lập)",
        "2025-02-03 | 2026-03-03 | Hồ sơ có văn bản đã quá thời hạn 12 tháng (văn bản cũ nhất đang"
            + " ở tháng thứ 13 kể từ ngày lập)",
        "2026-03-03 | 2026-03-03 |",
      })
  void acceptsDocumentsForTwelveMonths(
      LocalDate oldestDocumentDate, LocalDate considerationDate, String reason) {
    Case applicant = applicant(considerationDate).oldestDocument(oldestDocumentDate);
    assertThat(judge(applicant).reasons()).isEqualTo(reasons(reason));
  }

  @Test
  void hasNoDocumentAgeToCheckBeforeTheDossierHasADatedDocument() {
    assertThat(judge(applicant(TODAY).oldestDocument(null)).eligible()).isTrue();
  }

  @Test
  void listsEveryReasonWhenSeveralConditionsFail() {
    Case applicant =
        applicant(TODAY)
            .born(LocalDate.of(2008, 4, 1))
            .education(Education.PRIMARY, false)
            .certificate(null)
            .oldestDocument(LocalDate.of(2025, 1, 15))
            .introducedBy(false, introducers("Trần Văn An=7; Lê Thị Bình=20/probationary"));
    assertThat(judge(applicant))
        .isEqualTo(
            new Eligibility(
                false,
                List.of(
                    "Chưa đủ 18 tuổi tính theo tháng (17 tuổi 11 tháng)",
                    "Chưa có bằng tốt nghiệp trung học cơ sở (trình độ học vấn: Tiểu học) và không"
                        + " thuộc trường hợp đặc biệt về học vấn",
                    "Chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng",
                    "Hồ sơ có văn bản đã quá thời hạn 12 tháng (văn bản cũ nhất đang ở tháng thứ 14"
                        + " kể từ ngày lập)",
                    TOO_FEW_INTRODUCERS.formatted(1),
                    TOO_RECENT.formatted("Trần Văn An", 7)),
                RULES_2025));
  }

  @ParameterizedTest(name = "xét ngày {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-07-30 | " + RULES_2021,
        "2023-05-03 | " + RULES_2021,
        "2025-06-30 | " + RULES_2021,
        "2025-07-01 | " + RULES_2025,
        "2026-03-03 | " + RULES_2025,
      })
  void judgesTheSameCaseByTheRuleSetInForceOnTheConsiderationDate(
      LocalDate considerationDate, String ruleSet) {
    // Born in the month of consideration 17 years earlier: one year short under either rule set.
    Case applicant =
        applicant(considerationDate)
            .born(considerationDate.minusYears(17).withDayOfMonth(1))
            .introducedBy(true, introducers("Trần Văn An=11"));
    assertThat(judge(applicant))
        .isEqualTo(
            new Eligibility(
                false,
                List.of(
                    "Chưa đủ 18 tuổi tính theo tháng (17 tuổi 0 tháng)",
                    TOO_RECENT.formatted("Trần Văn An", 11)),
                ruleSet));
    assertThat(judge(applicant(considerationDate)))
        .isEqualTo(new Eligibility(true, List.of(), ruleSet));
  }

  @ParameterizedTest(name = "xét ngày {0}")
  @CsvSource({"2020-12-31, 31/12/2020", "2021-07-29, 29/07/2021"})
  void refusesAConsiderationDateBeforeAnyRuleSet(LocalDate considerationDate, String shown) {
    EligibilityFacts facts = applicant(considerationDate).facts();
    assertThat(engine.evaluateDecision(decision, AdmissionEligibilityDecision.variables(facts)))
        .isEmpty();
    assertThatIllegalStateException()
        .isThrownBy(() -> judge(facts))
        .withMessage(
            "Không có bộ quy định kết nạp đảng viên nào (bảng quyết định AdmissionEligibility) áp"
                + " dụng cho ngày xét "
                + shown);
  }

  /**
   * No threshold is confirmed to differ between Quy định 24-QĐ/TW and Quy định 294-QĐ/TW, so both
   * blocks of rows hold the same conditions and reasons; only their dates and names differ. This
   * also covers the 2021 rows that the cases above, judged in 2026, do not reach.
   */
  @Test
  void keepsTheSameConditionsInBothRuleSets() throws IOException {
    Map<String, List<String>> rules2021 = rulesOf("2021");
    Map<String, List<String>> rules2025 = rulesOf("2025");
    assertThat(rules2021).hasSize(11).isEqualTo(rules2025);
  }

  /** Each rule of one rule set by name, with its entries except the date and the rule set name. */
  private static Map<String, List<String>> rulesOf(String year) throws IOException {
    DmnModelInstance model;
    try (InputStream in = Files.newInputStream(TABLE)) {
      model = Dmn.readModelFromStream(in);
    }
    Map<String, List<String>> rules = new TreeMap<>();
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      if (rule.getId().endsWith(year)) {
        List<String> entries = new ArrayList<>();
        rule.getInputEntries().stream()
            .filter(entry -> !entry.getId().endsWith("_Date"))
            .forEach(entry -> entries.add(entry.getTextContent().strip()));
        rule.getOutputEntries().stream()
            .filter(entry -> !entry.getId().endsWith("_RuleSet"))
            .forEach(entry -> entries.add(entry.getTextContent().strip()));
        rules.put(rule.getId().replaceFirst("^Rule_", "").replace(year, ""), entries);
      }
    }
    return rules;
  }

  private static Eligibility judge(Case applicant) {
    return judge(applicant.facts());
  }

  private static Eligibility judge(EligibilityFacts facts) {
    return AdmissionEligibilityDecision.read(
        engine.evaluateDecision(decision, AdmissionEligibilityDecision.variables(facts)),
        facts.considerationDate());
  }

  private static List<String> reasons(String reason) {
    return reason == null ? List.of() : List.of(reason);
  }

  /** {@code TOO_FEW n}, {@code NO_MEMBER} or {@code RECENT name months}, separated by {@code ;}. */
  private static List<String> introductionReasons(String expected) {
    if (expected == null) {
      return List.of();
    }
    List<String> reasons = new ArrayList<>();
    for (String code : expected.split(";")) {
      String[] words = code.strip().split(" ");
      reasons.add(
          switch (words[0]) {
            case "TOO_FEW" -> TOO_FEW_INTRODUCERS.formatted(Integer.parseInt(words[1]));
            case "NO_MEMBER" -> NO_MEMBER_WITH_ORGANISATION;
            case "RECENT" ->
                TOO_RECENT.formatted(
                    String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1)),
                    Integer.parseInt(words[words.length - 1]));
            default -> throw new IllegalArgumentException(code);
          });
    }
    return reasons;
  }

  private static List<Introducer> introducers(String written) {
    if (written == null) {
      return List.of();
    }
    List<Introducer> introducers = new ArrayList<>();
    for (String one : written.split(";")) {
      String[] nameAndRest = one.strip().split("=");
      String[] monthsAndKind = nameAndRest[1].split("/");
      String kind = monthsAndKind.length > 1 ? monthsAndKind[1] : "";
      introducers.add(
          new Introducer(
              nameAndRest[0],
              !kind.equals("probationary"),
              Integer.parseInt(monthsAndKind[0]),
              kind.equals("replacement")));
    }
    return introducers;
  }

  /** An applicant who meets every condition on {@code considerationDate}. */
  private static Case applicant(LocalDate considerationDate) {
    return new Case(considerationDate);
  }

  private static final class Case {
    private final LocalDate considerationDate;
    private LocalDate birthDate;
    private boolean over60Approved;
    private Education education = Education.UPPER_SECONDARY;
    private boolean educationExemption;
    private LocalDate certificateDate;
    private List<Introducer> introducers =
        List.of(
            new Introducer("Trần Văn An", true, 24, false),
            new Introducer("Lê Thị Bình", true, 18, false));
    private boolean organisationIntroduction;
    private LocalDate oldestDocumentDate;

    Case(LocalDate considerationDate) {
      this.considerationDate = considerationDate;
      this.birthDate = considerationDate.minusYears(30);
      this.certificateDate = considerationDate.minusMonths(14);
      this.oldestDocumentDate = considerationDate.minusMonths(2);
    }

    Case born(LocalDate day) {
      birthDate = day;
      return this;
    }

    Case over60Approved(boolean approved) {
      over60Approved = approved;
      return this;
    }

    Case education(Education level, boolean exemption) {
      education = level;
      educationExemption = exemption;
      return this;
    }

    Case certificate(LocalDate day) {
      certificateDate = day;
      return this;
    }

    Case oldestDocument(LocalDate day) {
      oldestDocumentDate = day;
      return this;
    }

    Case introducedBy(boolean organisation, List<Introducer> members) {
      organisationIntroduction = organisation;
      introducers = members;
      return this;
    }

    EligibilityFacts facts() {
      return new EligibilityFacts(
          considerationDate,
          birthDate,
          over60Approved,
          education,
          educationExemption,
          certificateDate,
          introducers,
          organisationIntroduction,
          oldestDocumentDate);
    }
  }
}
