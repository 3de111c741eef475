package vn.chibo.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import vn.chibo.organization.Organization;

/** Dates and times the way Vietnamese documents write them: dd/MM/yyyy, 24-hour clock. */
public final class MeetingTexts {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private MeetingTexts() {}

  public static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  public static String time(LocalTime t) {
    return t == null ? "" : TIME.format(t);
  }

  /** "03/12/2026 08:00", as the record page's date-and-time fields show and take it. */
  public static String dateTime(LocalDateTime t) {
    return t == null ? "" : date(t.toLocalDate()) + " " + time(t.toLocalTime());
  }

  public static String month(YearMonth m) {
    return String.format("%02d/%d", m.getMonthValue(), m.getYear());
  }

  public static String weekday(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SUNDAY
        ? "Chủ nhật"
        : "Thứ "
            + switch (d.getDayOfWeek()) {
              case MONDAY -> "Hai";
              case TUESDAY -> "Ba";
              case WEDNESDAY -> "Tư";
              case THURSDAY -> "Năm";
              case FRIDAY -> "Sáu";
              default -> "Bảy";
            };
  }

  /** "Thứ Năm, 03/12/2026 lúc 08:00" */
  public static String when(LocalDate d, LocalTime t) {
    return weekday(d) + ", " + date(d) + " lúc " + time(t);
  }

  /** One line naming the meeting, used as the head of forms and messages. */
  public static String summary(Meeting m, Organization branch) {
    String what =
        m.kind() == MeetingKind.REGULAR
            ? "Sinh hoạt thường kỳ tháng " + month(m.month())
            : m.kind().label() + (m.thematicTopic() == null ? "" : ": " + m.thematicTopic());
    return what
        + " – "
        + branch.name()
        + " – "
        + when(m.scheduledDate(), m.startTime())
        + ", "
        + m.place();
  }
}
