package vn.chibo.meeting.grade;

import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** STUB. */
@Service
public class MeetingGradeDecision {
  public MeetingGradeResult grade(LocalDate d, RubricScores s) {
    int t = s.scores().values().stream().mapToInt(Integer::intValue).sum();
    return new MeetingGradeResult(
        t, t >= 90 ? "GOOD" : t >= 70 ? "FAIR" : t >= 50 ? "AVERAGE" : "POOR", "x");
  }
}
