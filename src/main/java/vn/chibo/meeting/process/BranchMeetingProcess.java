package vn.chibo.meeting.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.organization.GroupIds;
import vn.chibo.organization.Organization;

/**
 * {@code BranchMeetingProcess}: its element ids and the one place that starts it. The business key
 * is the meeting id; process variables hold only that id, the candidate groups and the dates the
 * timers and due dates need.
 */
@Component
public class BranchMeetingProcess {

  public static final String KEY = "BranchMeetingProcess";

  public static final String PREPARE_CONTENT = "UserTask_PrepareContent";
  public static final String AGREE_CONTENT = "UserTask_AgreeContent";
  public static final String RECORD_MEETING = "UserTask_RecordMeeting";
  public static final String RECORD_VOTE = "UserTask_RecordVote";
  public static final String REVISE_OR_CONCLUDE = "UserTask_ReviseOrConclude";
  public static final String ASSESS_MEETING = "UserTask_AssessMeeting";
  public static final String REVIEW_ABSENCE = "UserTask_ReviewAbsence";
  public static final String PLAN_THEMATIC = "UserTask_PlanThematic";
  public static final String SEND_NOTICE = "ServiceTask_SendNotice";
  public static final String NOTICE_DUE = "BoundaryEvent_NoticeDue";
  public static final String MEETING_MISSED = "BoundaryEvent_MeetingMissed";

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final RuntimeService runtime;
  private final MeetingService meetings;

  BranchMeetingProcess(RuntimeService runtime, MeetingService meetings) {
    this.runtime = runtime;
    this.meetings = meetings;
  }

  /** Starts the process of a newly opened meeting. */
  public ProcessInstance start(Meeting meeting) {
    Organization branch = meetings.branchOf(meeting);
    Map<String, Object> vars = new HashMap<>();
    vars.put("meetingId", meeting.id());
    vars.put("secretaryGroup", GroupIds.secretaries(branch.code()));
    vars.put("committeeGroup", GroupIds.committee(branch.code()));
    vars.put("minutesGroup", GroupIds.minuteTakers(branch.code()));
    vars.put("noticeDueAt", date(meetings.noticeDueAt(meeting)));
    vars.put("meetingDayEnd", date(meeting.scheduledDate().atTime(LocalTime.of(23, 59))));
    vars.put("missedAt", date(meetings.missedAt(meeting)));
    vars.put("assessmentDueAt", endOfDay(meetings.assessmentDue(meeting)));
    vars.put("thematicMissing", meetings.thematicMissing(meeting.id()));
    return runtime.startProcessInstanceByKey(KEY, meeting.id(), vars);
  }

  static Date date(LocalDateTime t) {
    return Date.from(t.atZone(ZONE).toInstant());
  }

  static Date endOfDay(LocalDate d) {
    return date(d.atTime(LocalTime.of(23, 59)));
  }
}
