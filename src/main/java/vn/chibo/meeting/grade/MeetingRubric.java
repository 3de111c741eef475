package vn.chibo.meeting.grade;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rubric a branch scores its meeting with (local practice, DOMAIN.md §2 [L]): each item with
 * its Vietnamese label and maximum points, in the order they are shown. The defaults are in {@code
 * application.yml}; a province that scores differently changes the configuration, not the code. The
 * maximum points must add up to {@value #TOTAL_POINTS}, the scale of the {@code MeetingGrade}
 * decision; the application refuses to start otherwise.
 *
 * @param items the rubric items by key: lowerCamel English, the key of the item's score in {@link
 *     RubricScores} and of its field in the assessment form
 */
@ConfigurationProperties(prefix = "chibo.meeting.rubric")
public record MeetingRubric(Map<String, Item> items) {

  /** The scale of the {@code MeetingGrade} decision table. */
  public static final int TOTAL_POINTS = 100;

  private static final String PREFIX = "chibo.meeting.rubric.items";
  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

  public MeetingRubric {
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException(
          "Chưa cấu hình các mục chấm điểm buổi sinh hoạt chi bộ ("
              + PREFIX
              + "): cần từng mục với tên hiển thị (label) và điểm tối đa (max-points), tổng "
              + TOTAL_POINTS
              + " điểm");
    }
    int total = 0;
    for (var entry : items.entrySet()) {
      String key = entry.getKey();
      Item item = entry.getValue();
      if (key == null || !KEY.matcher(key).matches()) {
        throw new IllegalArgumentException(
            "Mã mục chấm điểm \"" + key + "\" (" + PREFIX + ") phải là chữ lowerCamel tiếng Anh");
      }
      if (item == null || item.label() == null || item.label().isBlank()) {
        throw new IllegalArgumentException(
            "Mục chấm điểm \""
                + key
                + "\" chưa có tên hiển thị ("
                + PREFIX
                + "."
                + key
                + ".label)");
      }
      if (item.maxPoints() <= 0) {
        throw new IllegalArgumentException(
            "Mục chấm điểm \""
                + item.label()
                + "\" ("
                + PREFIX
                + "."
                + key
                + ".max-points) phải có điểm tối đa lớn hơn 0, đang là "
                + item.maxPoints());
      }
      total += item.maxPoints();
    }
    if (total != TOTAL_POINTS) {
      List<String> parts = new ArrayList<>();
      items.forEach((key, item) -> parts.add(key + " = " + item.maxPoints()));
      throw new IllegalArgumentException(
          "Tổng điểm tối đa các mục chấm điểm buổi sinh hoạt chi bộ ("
              + PREFIX
              + ") phải bằng "
              + TOTAL_POINTS
              + ", đang là "
              + total
              + " ("
              + String.join(", ", parts)
              + ")");
    }
    // Keep the configured order: it is the order the items are shown in.
    items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  /**
   * Checks a set of scores against this rubric: every item scored, no unknown item, each score
   * between 0 and the item's maximum.
   *
   * @throws IllegalArgumentException naming the first item that is wrong, in Vietnamese
   */
  public void check(RubricScores scores) {
    for (String key : scores.scores().keySet()) {
      if (!items.containsKey(key)) {
        throw new IllegalArgumentException(
            "Mục chấm điểm \"" + key + "\" không có trong thang điểm sinh hoạt chi bộ");
      }
    }
    for (var entry : items.entrySet()) {
      Item item = entry.getValue();
      Integer score = scores.scores().get(entry.getKey());
      if (score == null) {
        throw new IllegalArgumentException(
            "Chưa chấm điểm mục \"" + item.label() + "\" (" + entry.getKey() + ")");
      }
      if (score < 0 || score > item.maxPoints()) {
        throw new IllegalArgumentException(
            "Điểm mục \""
                + item.label()
                + "\" ("
                + entry.getKey()
                + ") phải từ 0 đến "
                + item.maxPoints()
                + ", đang là "
                + score);
      }
    }
  }

  /**
   * One rubric item.
   *
   * @param label the Vietnamese name shown to people
   * @param maxPoints the most points the item can give
   */
  public record Item(String label, int maxPoints) {}
}
