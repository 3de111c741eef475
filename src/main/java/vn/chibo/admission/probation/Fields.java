package vn.chibo.admission.probation;

import java.time.DateTimeException;
import java.time.LocalDate;
import vn.chibo.workflow.Errors;

/**
 * Reading what a probation form submitted, each refusal recorded against its field with a
 * Vietnamese reason naming it.
 */
final class Fields {

  private Fields() {}

  /** Stripped text, or null (refused when required) when blank; refused when too long. */
  static String text(
      String value, String field, String label, int max, boolean required, Errors e) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty()) {
      if (required) {
        e.reject(field, "chưa nhập " + label);
      }
      return null;
    }
    if (clean.length() > max) {
      e.reject(field, label + " dài quá " + max + " ký tự");
      return null;
    }
    return clean;
  }

  /**
   * {@code yyyy-MM-dd} as a date field sends it (a time part is ignored), or {@code dd/MM/yyyy}.
   */
  static LocalDate date(String value, String field, String label, Errors e) {
    if (value == null || value.isBlank()) {
      e.reject(field, "chưa nhập " + label);
      return null;
    }
    String v = value.strip();
    try {
      if (v.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
        String[] p = v.split("/");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
      }
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeException e1) {
      e.reject(field, label + " không hợp lệ (dd/MM/yyyy)");
      return null;
    }
  }

  /** A count of votes: present and not negative. */
  static void count(Integer value, String field, String label, Errors e) {
    if (value == null) {
      e.reject(field, "chưa nhập " + label);
    } else if (value < 0) {
      e.reject(field, label + " không được âm");
    }
  }
}
