package vn.chibo.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the working-day calendar: a day that does not follow the Monday-to-Friday week.
 *
 * <p>A {@link DayKind#HOLIDAY} can only be a Monday-to-Friday day and a {@link DayKind#WORKDAY}
 * only a Saturday or Sunday: anything else would change nothing, and a row that changes nothing is
 * almost always a typing mistake in the date.
 *
 * @param name what people read, e.g. "Tết Nguyên đán Bính Ngọ" or "Làm bù cho ngày 02/01"
 * @param source where the day comes from (a decision, an announcement, the statute); may be null
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source) {

  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_SOURCE_LENGTH = 500;

  public CalendarDay {
    name = clean(name);
    source = clean(source);
    Map<String, String> problems = problems(date, kind, name, source);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems.values()));
    }
  }

  public int year() {
    return date.getYear();
  }

  /**
   * What is wrong with these values, as Vietnamese messages keyed by field ({@code date}, {@code
   * kind}, {@code name}, {@code source}); empty when they make a valid row. The page shows every
   * message next to its field, so all of them are collected, not just the first.
   */
  public static Map<String, String> problems(
      LocalDate date, DayKind kind, String name, String source) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (date == null) {
      problems.put("date", "Hãy nhập ngày.");
    }
    if (kind == null) {
      problems.put("kind", "Hãy chọn loại ngày: ngày nghỉ hoặc ngày làm bù.");
    }
    if (date != null && kind == DayKind.HOLIDAY && VietnameseDates.isWeekend(date)) {
      problems.put(
          "date",
          "Ngày "
              + VietnameseDates.format(date)
              + " là "
              + VietnameseDates.weekdayInSentence(date)
              + ", vốn đã là ngày nghỉ hằng tuần: ngày nghỉ chỉ ghi cho thứ Hai đến thứ Sáu.");
    }
    if (date != null && kind == DayKind.WORKDAY && !VietnameseDates.isWeekend(date)) {
      problems.put(
          "date",
          "Ngày "
              + VietnameseDates.format(date)
              + " là "
              + VietnameseDates.weekdayInSentence(date)
              + ", vốn đã là ngày làm việc: ngày làm bù chỉ ghi cho thứ Bảy hoặc Chủ nhật.");
    }
    String cleanName = clean(name);
    if (cleanName == null) {
      problems.put("name", "Hãy nhập tên ngày, ví dụ Tết Nguyên đán Bính Ngọ.");
    } else if (cleanName.length() > MAX_NAME_LENGTH) {
      problems.put("name", "Tên ngày dài quá " + MAX_NAME_LENGTH + " ký tự.");
    }
    String cleanSource = clean(source);
    if (cleanSource != null && cleanSource.length() > MAX_SOURCE_LENGTH) {
      problems.put("source", "Căn cứ dài quá " + MAX_SOURCE_LENGTH + " ký tự.");
    }
    return problems;
  }

  /**
   * Trimmed, in the composed Unicode form (the same Vietnamese letter typed on two keyboards can
   * arrive composed or decomposed), and null when nothing is left.
   */
  private static String clean(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }
}
