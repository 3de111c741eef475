package vn.chibo.meeting.grade;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The points a branch gave its meeting, by rubric item key. Each score is checked here for what
 * needs no configuration (present, not negative); the upper bound of each item is the configured
 * rubric's, checked by {@link MeetingRubric#check(RubricScores)} when the meeting is graded.
 *
 * @param scores points by rubric item key
 */
public record RubricScores(Map<String, Integer> scores) {

  public RubricScores {
    if (scores == null || scores.isEmpty()) {
      throw new IllegalArgumentException("Chưa chấm điểm mục nào của buổi sinh hoạt chi bộ");
    }
    for (var entry : scores.entrySet()) {
      if (entry.getKey() == null || entry.getKey().isBlank()) {
        throw new IllegalArgumentException("Điểm chấm thiếu mã mục chấm điểm");
      }
      if (entry.getValue() == null) {
        throw new IllegalArgumentException("Chưa chấm điểm mục \"" + entry.getKey() + "\"");
      }
      if (entry.getValue() < 0) {
        throw new IllegalArgumentException(
            "Điểm mục \"" + entry.getKey() + "\" không được âm, đang là " + entry.getValue());
      }
    }
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  /** The sum of all points. */
  public int total() {
    return scores.values().stream().mapToInt(Integer::intValue).sum();
  }
}
