package vn.chibo.resolution.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code VoteOutcome} table as deployed ({@code processes/decisions/vote-outcome.dmn}), run on
 * the real DMN engine at the boundaries of each threshold.
 */
class VoteOutcomeDecisionTableTest {

  private static final Path TABLE = Path.of("processes", "decisions", "vote-outcome.dmn");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(TABLE)) {
      decision = engine.parseDecision("VoteOutcome", in);
    }
  }

  @ParameterizedTest(name = "{0}: triệu tập {1}, chuyển tạm {2}, miễn vắng {3}, tán thành {4}")
  @CsvSource({
    // kind, convened, transferred, exemptedAbsent, for, base, required, passed
    "RESOLUTION, 15, 0, 0, 7, 15, 8, false",
    "RESOLUTION, 15, 0, 0, 8, 15, 8, true",
    "RESOLUTION, 14, 0, 0, 7, 14, 8, false",
    "RESOLUTION, 14, 0, 0, 8, 14, 8, true",
    "RESOLUTION,  1, 0, 0, 1,  1, 1, true",
    "RESOLUTION,  1, 0, 0, 0,  1, 1, false",
    "ADMISSION,  15, 0, 0, 10, 15, 10, true",
    "ADMISSION,  15, 0, 0, 9,  15, 10, false",
    "RECOGNITION,15, 0, 0, 10, 15, 10, true",
    "RECOGNITION,15, 0, 0, 9,  15, 10, false",
    "ADMISSION,   9, 0, 0, 6,  9, 6, true",
    "ADMISSION,   9, 0, 0, 5,  9, 6, false",
    "ADMISSION,  10, 0, 0, 7, 10, 7, true",
    "ADMISSION,  10, 0, 0, 6, 10, 7, false",
    "RECOGNITION, 9, 0, 0, 6,  9, 6, true",
    "RECOGNITION, 9, 0, 0, 5,  9, 6, false",
    "RECOGNITION,10, 0, 0, 7, 10, 7, true",
    "RECOGNITION,10, 0, 0, 6, 10, 7, false",
    "ADMISSION,  27, 0, 0, 18, 27, 18, true",
    "ADMISSION,  27, 0, 0, 17, 27, 18, false",
  })
  void judgesEachKindOfVoteOnItsThreshold(
      VoteKind kind,
      int convened,
      int transferred,
      int exemptedAbsent,
      int votesFor,
      int base,
      int required,
      boolean passed) {
    assertThat(evaluate(TODAY, kind, convened, transferred, exemptedAbsent, votesFor))
        .isEqualTo(Map.of("base", base, "required", required, "passed", passed));
  }

  /** Ten official members convened, one of them exempted from branch activities. */
  @ParameterizedTest(name = "miễn sinh hoạt vắng mặt: {0}")
  @CsvSource({
    // the exempted member attends: counts, 2/3 of 10 needs 7
    "0, 10, 7, false",
    // the exempted member is absent: does not count, 2/3 of 9 needs 6
    "1, 9, 6, true",
  })
  void countsAnExemptedMemberOnlyWhenPresent(
      int exemptedAbsent, int base, int required, boolean passed) {
    assertThat(evaluate(TODAY, VoteKind.ADMISSION, 10, 0, exemptedAbsent, 6))
        .isEqualTo(Map.of("base", base, "required", required, "passed", passed));
  }

  @Test
  void leavesTemporarilyTransferredMembersOutOfTheBase() {
    // 12 convened, 2 temporarily transferred: 2/3 of 10, not of 12.
    assertThat(evaluate(TODAY, VoteKind.ADMISSION, 12, 2, 0, 7))
        .isEqualTo(Map.of("base", 10, "required", 7, "passed", true));
    assertThat(evaluate(TODAY, VoteKind.RESOLUTION, 12, 2, 1, 5))
        .isEqualTo(Map.of("base", 9, "required", 5, "passed", true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"RESOLUTION, 1", "ADMISSION, 0", "RECOGNITION, 0"})
  void neverPassesOnAnEmptyBase(VoteKind kind, int required) {
    assertThat(evaluate(TODAY, kind, 3, 2, 1, 0))
        .isEqualTo(Map.of("base", 0, "required", required, "passed", false));
    assertThat(evaluate(TODAY, kind, 0, 0, 0, 0))
        .isEqualTo(Map.of("base", 0, "required", required, "passed", false));
  }

  @Test
  void appliesTheCharterRulesFromTheirEffectiveDateOnly() {
    assertThat(evaluate(LocalDate.of(2011, 1, 1), VoteKind.RESOLUTION, 15, 0, 0, 8))
        .containsEntry("passed", true);
    assertThat(resultOn(LocalDate.of(2010, 12, 31), VoteKind.RESOLUTION).isEmpty()).isTrue();
  }

  @Test
  void hasNoRuleForAnUnknownKindOfVote() {
    assertThat(engine.evaluateDecision(decision, inputs(TODAY, "ELECTION", 15, 0, 0, 8)).isEmpty())
        .isTrue();
  }

  private static Map<String, Object> evaluate(
      LocalDate date,
      VoteKind kind,
      int convened,
      int transferred,
      int exemptedAbsent,
      int votesFor) {
    DmnDecisionResult result =
        engine.evaluateDecision(
            decision, inputs(date, kind.name(), convened, transferred, exemptedAbsent, votesFor));
    assertThat(result.getResultList()).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }

  private static DmnDecisionResult resultOn(LocalDate date, VoteKind kind) {
    return engine.evaluateDecision(decision, inputs(date, kind.name(), 15, 0, 0, 8));
  }

  private static org.camunda.bpm.engine.variable.VariableMap inputs(
      LocalDate date,
      String kind,
      int convened,
      int transferred,
      int exemptedAbsent,
      int votesFor) {
    return Variables.createVariables()
        .putValue("voteDate", Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()))
        .putValue("voteKind", kind)
        .putValue("officialConvened", convened)
        .putValue("transferredTemporarily", transferred)
        .putValue("exemptedAbsent", exemptedAbsent)
        .putValue("votesFor", votesFor);
  }
}
