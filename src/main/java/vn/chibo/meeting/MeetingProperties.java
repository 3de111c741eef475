package vn.chibo.meeting;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Meeting rules that local practice decides (DOMAIN.md §2, tagged [L] and [?]): when the month's
 * meetings open, the meeting day and its shift on holidays, notice lead time, grace before a
 * meeting counts as missed, duration warnings and the absence threshold.
 *
 * @param openCron when {@code MeetingSchedulerProcess} opens next month's meetings (Quartz-style
 *     cron; default the 25th at 06:00)
 * @param meetingDay the day of the month all branches meet (Chỉ thị 50: the 3rd)
 * @param holidayShift where the meeting moves when that day is a public holiday
 * @param noticeLead how long before the meeting the notice must be out
 * @param missedGrace after the end of the meeting day, how long before a meeting without a record
 *     counts as missed
 * @param absenceThreshold unexcused absences within {@code absenceWindowMonths} that put a member
 *     before the branch committee
 * @param attendanceQuorumPercent the share of the members expected at a meeting (all on the roll
 *     but those temporarily transferred and the exempted who stay away) who must be present for it
 *     to pass a resolution; unset, as no Party text sets one, any attendance will do
 */
@ConfigurationProperties("chibo.meeting")
public record MeetingProperties(
    String openCron,
    Integer meetingDay,
    HolidayShift holidayShift,
    LocalTime defaultStartTime,
    String defaultPlace,
    Duration noticeLead,
    Duration missedGrace,
    Integer minDurationMinutes,
    Integer minThematicDurationMinutes,
    Integer absenceThreshold,
    Integer absenceWindowMonths,
    Integer actionReminderWorkingDays,
    Integer assessmentWorkingDays,
    Integer attendanceQuorumPercent) {

  public MeetingProperties {
    openCron = openCron == null ? "0 0 6 25 * ?" : openCron;
    meetingDay = meetingDay == null ? 3 : meetingDay;
    holidayShift = holidayShift == null ? HolidayShift.NEXT_DAY : holidayShift;
    defaultStartTime = defaultStartTime == null ? LocalTime.of(8, 0) : defaultStartTime;
    defaultPlace = defaultPlace == null ? "Hội trường chi bộ" : defaultPlace;
    noticeLead = noticeLead == null ? Duration.ofDays(1) : noticeLead;
    missedGrace = missedGrace == null ? Duration.ofDays(1) : missedGrace;
    minDurationMinutes = minDurationMinutes == null ? 90 : minDurationMinutes;
    minThematicDurationMinutes =
        minThematicDurationMinutes == null ? 120 : minThematicDurationMinutes;
    absenceThreshold = absenceThreshold == null ? 3 : absenceThreshold;
    absenceWindowMonths = absenceWindowMonths == null ? 12 : absenceWindowMonths;
    actionReminderWorkingDays = actionReminderWorkingDays == null ? 2 : actionReminderWorkingDays;
    assessmentWorkingDays = assessmentWorkingDays == null ? 2 : assessmentWorkingDays;
    if (meetingDay < 1 || meetingDay > 28) {
      throw new IllegalArgumentException(
          "chibo.meeting.meeting-day phải từ 1 đến 28 (ngày có ở mọi tháng), đang là "
              + meetingDay);
    }
    if (attendanceQuorumPercent != null
        && (attendanceQuorumPercent < 1 || attendanceQuorumPercent > 100)) {
      throw new IllegalArgumentException(
          "chibo.meeting.attendance-quorum-percent phải từ 1 đến 100, đang là "
              + attendanceQuorumPercent);
    }
    if (noticeLead.isNegative() || missedGrace.isNegative()) {
      throw new IllegalArgumentException("chibo.meeting.notice-lead và missed-grace không được âm");
    }
  }

  /** Where the meeting goes when its day is a public holiday. */
  public enum HolidayShift {
    /** The next day that is not a holiday (local practice). */
    NEXT_DAY,
    /** The last day before that is not a holiday. */
    PREVIOUS_DAY,
    /** The next working day (skips weekends too). */
    NEXT_WORKING_DAY,
    /** Keep the day. */
    NONE
  }
}
