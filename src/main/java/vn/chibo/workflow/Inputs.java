package vn.chibo.workflow;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of what forms submit (text from Camunda Forms, the app's pages or API clients), each
 * failure recorded against its field with a Vietnamese reason.
 */
public final class Inputs {

  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern DAY_FIRST_WITH_TIME =
      Pattern.compile("(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)");

  private Inputs() {}

  public static String text(
      String value, String field, String label, int max, boolean required, Errors errors) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty()) {
      if (required) {
        errors.reject(field, "chưa nhập " + label);
      }
      return null;
    }
    if (clean.length() > max) {
      errors.reject(field, label + " dài quá " + max + " ký tự");
      return null;
    }
    return clean;
  }

  /** Non-empty lines, stripped, with list markers people type ("-", "•", "1.") removed. */
  public static List<String> lines(String value) {
    if (value == null) {
      return List.of();
    }
    return value
        .lines()
        .map(String::strip)
        .map(l -> l.replaceFirst("^([-•*+]|\\d+[.)])\\s*", ""))
        .filter(l -> !l.isEmpty())
        .toList();
  }

  /**
   * A date as people in Vietnam write it, day first: dd/MM/yyyy, leading zeros optional, with "/",
   * "." or "-" between the parts (a phone's number pad may lack "/"); or the yyyy-MM-dd of API
   * clients and Camunda Forms (anything after the day, such as a time, is ignored).
   */
  public static LocalDate date(String value, String field, String label, Errors errors) {
    if (value == null || value.isBlank()) {
      errors.reject(field, "chưa nhập " + label);
      return null;
    }
    LocalDate date = parseDate(value.strip());
    if (date == null) {
      errors.reject(field, label + " không hợp lệ (ngày/tháng/năm, ví dụ 03/12/2026)");
    }
    return date;
  }

  private static LocalDate parseDate(String v) {
    try {
      Matcher dayFirst = DAY_FIRST.matcher(v);
      if (dayFirst.matches()) {
        return LocalDate.of(
            Integer.parseInt(dayFirst.group(3)),
            Integer.parseInt(dayFirst.group(2)),
            Integer.parseInt(dayFirst.group(1)));
      }
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeException e) {
      return null;
    }
  }

  public static LocalTime time(String value, String field, String label, Errors errors) {
    if (value == null || value.isBlank()) {
      errors.reject(field, "chưa nhập " + label);
      return null;
    }
    try {
      return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
    } catch (DateTimeParseException e) {
      errors.reject(field, label + " không hợp lệ (HH:mm, 24 giờ)");
      return null;
    }
  }

  /**
   * A date and a 24-hour time: {@code dd/MM/yyyy HH:mm} as people write it (the date as in {@link
   * #date}), or the ISO {@code yyyy-MM-ddTHH:mm} of API clients; seconds optional.
   */
  public static LocalDateTime dateTime(String value, String field, String label, Errors errors) {
    if (value == null || value.isBlank()) {
      errors.reject(field, "chưa nhập " + label);
      return null;
    }
    String v = value.strip();
    LocalDateTime parsed = null;
    Matcher dayFirst = DAY_FIRST_WITH_TIME.matcher(v);
    if (dayFirst.matches()) {
      LocalDate date = parseDate(dayFirst.group(1));
      LocalTime time = parseTime(dayFirst.group(2));
      parsed = date == null || time == null ? null : date.atTime(time);
    } else {
      try {
        parsed = LocalDateTime.parse(v.replace(' ', 'T'));
      } catch (DateTimeParseException e) {
        parsed = null;
      }
    }
    if (parsed == null) {
      errors.reject(
          field, label + " không hợp lệ (ngày/tháng/năm giờ:phút, ví dụ 03/12/2026 08:00)");
    }
    return parsed;
  }

  private static LocalTime parseTime(String v) {
    try {
      return LocalTime.parse(v.length() == 4 || v.length() == 7 ? "0" + v : v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static void count(Integer value, String field, String label, Errors errors) {
    if (value == null) {
      errors.reject(field, "chưa nhập " + label);
    } else if (value < 0) {
      errors.reject(field, label + " không được âm");
    }
  }

  public static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
