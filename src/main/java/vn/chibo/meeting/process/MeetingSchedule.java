package vn.chibo.meeting.process;

import org.springframework.stereotype.Component;
import vn.chibo.meeting.MeetingProperties;

/**
 * Read by the timer of {@code MeetingSchedulerProcess} ({@code ${meetingSchedule.openCron}}), so
 * the day the month's meetings open is configuration, not part of the model.
 */
@Component("meetingSchedule")
public class MeetingSchedule {

  private final MeetingProperties properties;

  MeetingSchedule(MeetingProperties properties) {
    this.properties = properties;
  }

  public String getOpenCron() {
    return properties.openCron();
  }
}
