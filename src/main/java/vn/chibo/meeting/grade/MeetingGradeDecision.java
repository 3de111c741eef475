package vn.chibo.meeting.grade;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Grades a meeting: checks the scores against the configured {@link MeetingRubric}, adds them up
 * and asks the deployed {@code MeetingGrade} decision for the grade in force on the meeting date.
 */
@Service
public class MeetingGradeDecision {

  /** The key of the decision in {@code processes/decisions/meeting-grade.dmn}. */
  public static final String DECISION_KEY = "MeetingGrade";

  private static final Logger log = LoggerFactory.getLogger(MeetingGradeDecision.class);

  private final DecisionService decisionService;
  private final MeetingRubric rubric;

  public MeetingGradeDecision(DecisionService decisionService, MeetingRubric rubric) {
    this.decisionService = decisionService;
    this.rubric = rubric;
  }

  /**
   * Grades one meeting.
   *
   * @throws IllegalArgumentException when a score is missing, unknown or out of its item's range
   *     (the message names the item, in Vietnamese)
   * @throws IllegalStateException when no rule set applies on {@code meetingDate}
   */
  public MeetingGradeResult grade(LocalDate meetingDate, RubricScores scores) {
    Objects.requireNonNull(meetingDate, "meetingDate");
    Objects.requireNonNull(scores, "scores");
    rubric.check(scores);
    int total = scores.total();
    DmnDecisionResult result =
        decisionService
            .evaluateDecisionByKey(DECISION_KEY)
            .variables(
                Variables.createVariables()
                    .putValue("meetingDate", Variables.dateValue(startOfDay(meetingDate)))
                    .putValue("score", total))
            .evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException(
          "Không có quy tắc xếp loại sinh hoạt chi bộ nào (bảng quyết định "
              + DECISION_KEY
              + ") áp dụng cho ngày "
              + meetingDate
              + " với tổng điểm "
              + total);
    }
    DmnDecisionResultEntries row = result.getFirstResult();
    var graded =
        new MeetingGradeResult(
            total, row.<String>getEntry("grade"), row.<String>getEntry("gradeLabel"));
    log.debug("Meeting on {} scored {}: {}", meetingDate, total, graded.grade());
    return graded;
  }

  /** The rubric the scores are checked against, for forms and pages that show it. */
  public MeetingRubric rubric() {
    return rubric;
  }

  // The table's date column is typed "date", which the engine reads as java.util.Date: pass the
  // start of the day in the JVM's zone, the zone the FEEL engine converts it back with.
  private static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
