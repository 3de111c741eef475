package vn.chibo.meeting.process;

import java.time.Clock;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.MeetingService;
import vn.chibo.organization.Organization;

/**
 * {@code ServiceTask_OpenMeetings} of {@code MeetingSchedulerProcess}: opens next month's regular
 * meeting of every active branch and starts its process. A branch whose meeting is already open is
 * skipped, so a second run (or a second node) creates nothing.
 */
@Component("openMeetingsDelegate")
class OpenMeetingsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(OpenMeetingsDelegate.class);

  private final MeetingService meetings;
  private final BranchMeetingProcess process;
  private final Clock clock;

  OpenMeetingsDelegate(MeetingService meetings, BranchMeetingProcess process, Clock clock) {
    this.meetings = meetings;
    this.process = process;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth next = YearMonth.now(clock).plusMonths(1);
    int opened = 0;
    for (Organization branch : meetings.activeBranches()) {
      var meeting = meetings.openRegular(branch, next);
      if (meeting.isPresent()) {
        process.start(meeting.get());
        opened++;
      }
    }
    log.info("Meetings of {} opened: {}", next, opened);
  }
}
