package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.chibo.admission.eligibility.AdmissionEligibilityDecision;
import vn.chibo.admission.eligibility.Education;
import vn.chibo.admission.eligibility.Eligibility;
import vn.chibo.admission.eligibility.EligibilityFacts;
import vn.chibo.admission.eligibility.Introducer;
import vn.chibo.meeting.grade.MeetingGradeDecision;
import vn.chibo.meeting.grade.MeetingGradeResult;
import vn.chibo.meeting.grade.MeetingRubric;
import vn.chibo.meeting.grade.RubricScores;
import vn.chibo.resolution.vote.VoteCount;
import vn.chibo.resolution.vote.VoteKind;
import vn.chibo.resolution.vote.VoteOutcome;
import vn.chibo.resolution.vote.VoteOutcomeDecision;

/**
 * The decision beans against the decisions the application deploys from {@code
 * processes/decisions}, and the rubric the application configures. Same context as {@link
 * FoundationOnH2Test}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:foundation;DB_CLOSE_DELAY=-1")
class DecisionsOnH2Test {

  private static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 3);

  @Autowired VoteOutcomeDecision voteOutcome;
  @Autowired MeetingGradeDecision meetingGrade;
  @Autowired AdmissionEligibilityDecision admissionEligibility;
  @Autowired MeetingRubric rubric;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;

  @Test
  void deploysBothDecisionsFromTheProjectFolderWithTheirHistoryTimeToLive() {
    for (String key : new String[] {"VoteOutcome", "MeetingGrade"}) {
      var definition =
          repositoryService
              .createDecisionDefinitionQuery()
              .decisionDefinitionKey(key)
              .latestVersion()
              .singleResult();
      assertThat(definition).as(key).isNotNull();
      assertThat(definition.getResourceName()).contains("processes/decisions/");
      assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
    }
  }

  @Test
  void passesAResolutionWithMoreThanHalfOfTheBase() {
    assertThat(
            voteOutcome.evaluate(
                VoteKind.RESOLUTION, MEETING_DAY, new VoteCount(15, 0, 0, 8, 6, 1)))
        .isEqualTo(new VoteOutcome(15, 8, true));
    assertThat(
            voteOutcome.evaluate(
                VoteKind.RESOLUTION, MEETING_DAY, new VoteCount(15, 0, 0, 7, 8, 0)))
        .isEqualTo(new VoteOutcome(15, 8, false));
  }

  @Test
  void admitsWithTwoThirdsOfABaseWithoutTransferredAndAbsentExemptedMembers() {
    // 12 convened, 1 temporarily transferred, 1 exempted and absent: 6 of 10 is below 2/3.
    assertThat(
            voteOutcome.evaluate(VoteKind.ADMISSION, MEETING_DAY, new VoteCount(12, 1, 1, 6, 4, 0)))
        .isEqualTo(new VoteOutcome(10, 7, false));
    assertThat(
            voteOutcome.evaluate(
                VoteKind.RECOGNITION, MEETING_DAY, new VoteCount(12, 2, 1, 6, 3, 0)))
        .isEqualTo(new VoteOutcome(9, 6, true));
  }

  @Test
  void keepsTheInputsAndOutputsOfEachEvaluationInHistory() {
    voteOutcome.evaluate(VoteKind.ADMISSION, MEETING_DAY, new VoteCount(11, 0, 1, 7, 3, 0));
    var evaluation =
        historyService
            .createHistoricDecisionInstanceQuery()
            .decisionDefinitionKey("VoteOutcome")
            .includeInputs()
            .includeOutputs()
            .orderByEvaluationTime()
            .desc()
            .listPage(0, 1)
            .get(0);
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (HistoricDecisionInputInstance input : evaluation.getInputs()) {
      inputs.put(input.getClauseName(), input.getValue());
    }
    assertThat(inputs)
        .containsEntry("Loại biểu quyết", "ADMISSION")
        .containsEntry("Số đảng viên miễn sinh hoạt vắng mặt", 1)
        .containsEntry("Số phiếu tán thành", 7);
    assertThat(evaluation.getOutputs())
        .extracting(HistoricDecisionOutputInstance::getVariableName)
        .containsExactlyInAnyOrder("base", "required", "passed");
  }

  @Test
  void refusesAVoteDatedBeforeAnyRuleSet() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                voteOutcome.evaluate(
                    VoteKind.RESOLUTION,
                    LocalDate.of(2010, 12, 31),
                    new VoteCount(3, 0, 0, 2, 1, 0)))
        .withMessage(
            "Không có quy tắc biểu quyết nào (bảng quyết định VoteOutcome) áp dụng cho biểu"
                + " quyết nghị quyết ngày 2010-12-31");
  }

  @Test
  void judgesAdmissionEligibilityWithTheDeployedDecisionAndItsRuleSetInForce() {
    var definition =
        repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(AdmissionEligibilityDecision.DECISION_KEY)
            .latestVersion()
            .singleResult();
    assertThat(definition.getResourceName()).contains("processes/decisions/");
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);

    Introducer an = new Introducer("Trần Văn An", true, 30, false);
    Introducer binh = new Introducer("Lê Thị Bình", true, 11, false);
    assertThat(admissionEligibility.judge(applicant(MEETING_DAY, List.of(an, binh), true)))
        .isEqualTo(new Eligibility(true, List.of(), "Quy định 294-QĐ/TW (từ 01/7/2025)"));
    assertThat(
            admissionEligibility.judge(
                applicant(LocalDate.of(2025, 6, 3), List.of(an, binh), false)))
        .isEqualTo(
            new Eligibility(
                false,
                List.of(
                    "Người giới thiệu Lê Thị Bình mới cùng công tác, học tập hoặc sinh hoạt với"
                        + " người vào Đảng 11 tháng, chưa đủ 12 tháng"),
                "Quy định 24-QĐ/TW (từ 30/7/2021 đến 30/6/2025)"));
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                admissionEligibility.judge(
                    applicant(LocalDate.of(2020, 12, 31), List.of(an), true)))
        .withMessage(
            "Không có bộ quy định kết nạp đảng viên nào (bảng quyết định AdmissionEligibility) áp"
                + " dụng cho ngày xét 31/12/2020");
  }

  @Test
  void configuresTheDefaultRubricOfOneHundredPoints() {
    assertThat(rubric.items().keySet())
        .containsExactly(
            "scoreTiming",
            "scoreAttendance",
            "scorePreparation",
            "scoreConduct",
            "scoreFacilitation",
            "scorePrinciples",
            "scoreResults",
            "scoreClosing");
    assertThat(rubric.items().values())
        .extracting(MeetingRubric.Item::maxPoints)
        .containsExactly(5, 5, 10, 30, 10, 5, 30, 5);
  }

  @Test
  void gradesAMeetingFromItsRubricScores() {
    assertThat(meetingGrade.grade(MEETING_DAY, scoresWithConduct(30)))
        .isEqualTo(new MeetingGradeResult(100, "GOOD", "Tốt"));
    assertThat(meetingGrade.grade(MEETING_DAY, scoresWithConduct(19)))
        .isEqualTo(new MeetingGradeResult(89, "FAIR", "Khá"));
    assertThat(meetingGrade.grade(MEETING_DAY, scoresWithConduct(0)))
        .isEqualTo(new MeetingGradeResult(70, "FAIR", "Khá"));
  }

  @Test
  void refusesAScoreAboveItsItemsMaximum() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> meetingGrade.grade(MEETING_DAY, scoresWithConduct(31)))
        .withMessage(
            "Điểm mục \"Nội dung, cách thức tiến hành\" (scoreConduct) phải từ 0 đến 30, đang là"
                + " 31");
  }

  /**
   * Born in 1995, upper-secondary education, a certificate of 18 months and documents of two months
   * before the consideration.
   */
  private static EligibilityFacts applicant(
      LocalDate considerationDate, List<Introducer> introducers, boolean organisationIntroduction) {
    return new EligibilityFacts(
        considerationDate,
        LocalDate.of(1995, 5, 20),
        false,
        Education.UPPER_SECONDARY,
        false,
        considerationDate.minusMonths(18),
        introducers,
        organisationIntroduction,
        considerationDate.minusMonths(2));
  }

  /** Full points on every item but {@code scoreConduct}. */
  private RubricScores scoresWithConduct(int conduct) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    rubric.items().forEach((key, item) -> scores.put(key, item.maxPoints()));
    scores.put("scoreConduct", conduct);
    return new RubricScores(scores);
  }
}
