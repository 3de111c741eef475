package vn.chibo.notification;

import java.util.regex.Pattern;

/**
 * Checks shared by the module's input records. The messages are for the developer who called the
 * API with bad data, so they name the field in English.
 */
final class Require {

  /** Deliberately loose: one {@code @}, no spaces, nothing that would break a mail header. */
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+");

  private Require() {}

  static String text(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return length(value.strip(), field, maxLength);
  }

  /** Blank becomes null. */
  static String optional(String value, String field, int maxLength) {
    return value == null || value.isBlank() ? null : length(value.strip(), field, maxLength);
  }

  /** A value that ends up in a mail or calendar header, where a line break would forge a header. */
  static String singleLine(String value, String field, int maxLength) {
    String checked = text(value, field, maxLength);
    return noLineBreak(checked, field);
  }

  static String optionalSingleLine(String value, String field, int maxLength) {
    String checked = optional(value, field, maxLength);
    return checked == null ? null : noLineBreak(checked, field);
  }

  static String email(String value, String field) {
    String checked = text(value, field, 320);
    if (!EMAIL.matcher(checked).matches()) {
      throw new IllegalArgumentException(field + " is not an e-mail address");
    }
    return checked;
  }

  private static String noLineBreak(String value, String field) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(field + " must be a single line");
    }
    return value;
  }

  private static String length(String value, String field, int maxLength) {
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    return value;
  }
}
