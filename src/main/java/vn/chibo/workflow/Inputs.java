package vn.chibo.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Parsing of what forms submit (text from Camunda Forms, the app's pages or API clients), each
 * failure recorded against its field with a Vietnamese reason.
 */
public final class Inputs {

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

  public static LocalDate date(String value, String field, String label, Errors errors) {
    if (value == null || value.isBlank()) {
      errors.reject(field, "chưa nhập " + label);
      return null;
    }
    String v = value.strip();
    try {
      if (v.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
        String[] p = v.split("/");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
      }
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (java.time.DateTimeException e) {
      errors.reject(field, label + " không hợp lệ (dd/MM/yyyy)");
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

  /** {@code yyyy-MM-ddTHH:mm} as a datetime-local input sends it; seconds optional. */
  public static LocalDateTime dateTime(String value, String field, String label, Errors errors) {
    if (value == null || value.isBlank()) {
      errors.reject(field, "chưa nhập " + label);
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      errors.reject(field, label + " không hợp lệ (ngày và giờ)");
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
