package vn.chibo.meeting.grade;

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
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code MeetingGrade} table as deployed ({@code processes/decisions/meeting-grade.dmn}), run
 * on the real DMN engine at each grade boundary.
 */
class MeetingGradeDecisionTableTest {

  private static final Path TABLE = Path.of("processes", "decisions", "meeting-grade.dmn");
  private static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 3);

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(TABLE)) {
      decision = engine.parseDecision("MeetingGrade", in);
    }
  }

  @ParameterizedTest(name = "{0} điểm: {2}")
  @CsvSource({
    "100, GOOD, Tốt",
    " 90, GOOD, Tốt",
    " 89, FAIR, Khá",
    " 70, FAIR, Khá",
    " 69, AVERAGE, Trung bình",
    " 50, AVERAGE, Trung bình",
    " 49, POOR, Kém",
    "  0, POOR, Kém",
  })
  void gradesAtEachBoundary(int score, String grade, String label) {
    DmnDecisionResult result = engine.evaluateDecision(decision, inputs(MEETING_DAY, score));
    assertThat(result.getResultList()).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap())
        .isEqualTo(Map.of("grade", grade, "gradeLabel", label));
  }

  @ParameterizedTest(name = "{0} điểm")
  @CsvSource({"-1", "101"})
  void hasNoGradeOutsideTheHundredPointScale(int score) {
    assertThat(engine.evaluateDecision(decision, inputs(MEETING_DAY, score)).isEmpty()).isTrue();
  }

  @Test
  void appliesItsRulesFromTheirEffectiveDateOnly() {
    assertThat(engine.evaluateDecision(decision, inputs(LocalDate.of(2011, 1, 1), 90))).hasSize(1);
    assertThat(engine.evaluateDecision(decision, inputs(LocalDate.of(2010, 12, 31), 90))).isEmpty();
  }

  private static VariableMap inputs(LocalDate date, int score) {
    return Variables.createVariables()
        .putValue("meetingDate", Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()))
        .putValue("score", score);
  }
}
