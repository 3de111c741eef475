package vn.chibo.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the typed values of one row and records an {@link ImportError} for each bad cell, so that a
 * file is checked to the end and the user gets every problem at once. A getter returns null when
 * the value is missing or invalid; the error list tells which.
 */
final class ImportRowReader {

  static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,16}");
  private static final int MAX_TEXT = 255;
  // Strict: 31/02/2024 is an error, not 02/03/2024.
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final ImportTable table;
  private final ImportTable.Line line;
  private final Map<String, String> labels;
  private final List<ImportError> errors;

  ImportRowReader(
      ImportTable table,
      ImportTable.Line line,
      Map<String, String> labels,
      List<ImportError> errors) {
    this.table = table;
    this.line = line;
    this.labels = labels;
    this.errors = errors;
  }

  int row() {
    return line.number();
  }

  boolean has(String key) {
    return table.has(key);
  }

  boolean isBlank(String key) {
    return line.get(key).isEmpty();
  }

  void error(String key, String message) {
    errors.add(new ImportError(line.number(), table.header(key), message));
  }

  /** The label of a column as used in messages ("Ngày sinh"). */
  String label(String key) {
    return labels.getOrDefault(key, key);
  }

  String text(String key, boolean required) {
    String value = line.get(key);
    if (value.isEmpty()) {
      if (required) {
        missing(key);
      }
      return null;
    }
    if (value.length() > MAX_TEXT) {
      error(key, label(key) + " dài quá " + MAX_TEXT + " ký tự.");
      return null;
    }
    return value;
  }

  /** A code of 2–16 upper-case letters or digits; lower case is accepted and upper-cased. */
  String code(String key, boolean required) {
    String value = line.get(key).toUpperCase(Locale.ROOT);
    if (value.isEmpty()) {
      if (required) {
        missing(key);
      }
      return null;
    }
    if (!CODE.matcher(value).matches()) {
      error(
          key,
          label(key)
              + " không hợp lệ: chỉ gồm 2–16 chữ cái không dấu hoặc chữ số, không có dấu cách.");
      return null;
    }
    return value;
  }

  LocalDate date(String key, boolean required) {
    String value = line.get(key);
    if (value.isEmpty()) {
      if (required) {
        missing(key);
      }
      return null;
    }
    try {
      return value.contains("/")
          ? LocalDate.parse(value, DAY_MONTH_YEAR)
          : LocalDate.parse(value, ISO);
    } catch (DateTimeParseException e) {
      error(key, label(key) + " không hợp lệ: phải có dạng dd/MM/yyyy.");
      return null;
    }
  }

  /**
   * An enum value written as its name (BRANCH), its Vietnamese label with or without diacritics
   * (Chi bộ, chi bo) or one of the given aliases (folded).
   */
  <E extends Enum<E>> E choice(
      String key, Class<E> type, Function<E, String> label, Map<String, E> aliases) {
    String value = line.get(key);
    if (value.isEmpty()) {
      missing(key);
      return null;
    }
    String folded = SearchText.fold(value);
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value) || SearchText.fold(label.apply(e)).equals(folded)) {
        return e;
      }
    }
    E alias = aliases.get(folded);
    if (alias != null) {
      return alias;
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      allowed.append(allowed.isEmpty() ? "" : ", ").append(label.apply(e));
    }
    error(key, label(key) + " không hợp lệ: phải là một trong " + allowed + ".");
    return null;
  }

  private void missing(String key) {
    error(key, label(key) + " không được để trống.");
  }
}
