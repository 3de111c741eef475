package vn.chibo.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** How dates are written for people: dd/MM/yyyy and Vietnamese weekday names. */
final class VietnameseDates {

  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Typed by hand: leading zeros optional, but the day must exist (no 30/02). */
  private static final DateTimeFormatter TYPED =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private VietnameseDates() {}

  static String format(LocalDate date) {
    return DISPLAY.format(date);
  }

  /** "Thứ Hai" … "Chủ nhật", as at the start of a table cell. */
  static String weekday(LocalDate date) {
    return switch (date.getDayOfWeek()) {
      case MONDAY -> "Thứ Hai";
      case TUESDAY -> "Thứ Ba";
      case WEDNESDAY -> "Thứ Tư";
      case THURSDAY -> "Thứ Năm";
      case FRIDAY -> "Thứ Sáu";
      case SATURDAY -> "Thứ Bảy";
      case SUNDAY -> "Chủ nhật";
    };
  }

  /** The weekday inside a sentence: "thứ Bảy", but "Chủ nhật" keeps its capital. */
  static String weekdayInSentence(LocalDate date) {
    String name = weekday(date);
    return name.startsWith("Thứ") ? "t" + name.substring(1) : name;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /**
   * Reads a date as a person or a browser writes it: dd/MM/yyyy (leading zeros optional) or the
   * yyyy-MM-dd an {@code <input type="date">} sends.
   */
  static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    try {
      return Optional.of(
          value.contains("/") ? LocalDate.parse(value, TYPED) : LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
