package vn.chibo.admission.probation.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.chibo.admission.probation.CaseRouting;
import vn.chibo.admission.probation.ProbationCase;
import vn.chibo.admission.probation.ProbationProperties;
import vn.chibo.calendar.WorkingDayCalendar;

/**
 * {@code ProbationProcess}: its element ids and messages, and the one place that starts and
 * correlates it. The business key is the case id; process variables hold only the member's id, the
 * candidate users and groups, the dates of the timer and the due dates, and routing flags.
 */
@Component
public class ProbationProcess {

  public static final String KEY = "ProbationProcess";

  /** The member moved to another branch: the case follows (non-interrupting). */
  public static final String MEMBER_TRANSFERRED = "ProbationMemberTransferred";

  /** The member was removed, expelled or left otherwise: the case ends (interrupting). */
  public static final String MEMBER_REMOVED = "ProbationMemberRemoved";

  public static final String PROBATION_ENDED = "IntermediateCatchEvent_ProbationEnded";
  public static final String WRITE_SELF_REVIEW = "UserTask_WriteSelfReview";
  public static final String WRITE_MENTOR_REPORT = "UserTask_WriteMentorReport";
  public static final String COLLECT_OPINIONS = "UserTask_CollectOpinions";
  public static final String RECORD_VOTE = "UserTask_RecordRecognitionVote";
  public static final String REVIEW_AT_SUPERIOR = "UserTask_ReviewAtSuperior";
  public static final String DECIDE = "UserTask_DecideRecognition";
  public static final String SEND_PROBATION_END_NOTICE = "ServiceTask_SendProbationEndNotice";
  public static final String RECOGNISE_MEMBER = "ServiceTask_RecogniseMember";
  public static final String SEND_RECOGNITION_NOTICE = "ServiceTask_SendRecognitionNotice";
  public static final String REMOVE_MEMBER = "ServiceTask_RemoveMember";
  public static final String RECOGNISED = "EndEvent_Recognised";
  public static final String REMOVED = "EndEvent_Removed";
  public static final String CASE_MOVED = "EndEvent_CaseMoved";
  public static final String CASE_ENDED = "EndEvent_CaseEnded";

  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;
  private final ProbationProperties properties;

  ProbationProcess(
      RuntimeService runtime, WorkingDayCalendar calendar, ProbationProperties properties) {
    this.runtime = runtime;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** Starts the process of a newly opened case; it waits for the end of probation. */
  public void start(ProbationCase c, CaseRouting routing) {
    Map<String, Object> vars = new HashMap<>(routingVariables(routing));
    vars.put("memberId", c.memberId());
    vars.put("probationEndsAt", calendar.at(c.probationEnd(), properties.noticeTime()));
    vars.put("voteDueAt", endOfDay(c.voteDue()));
    runtime.startProcessInstanceByKey(KEY, c.id(), vars);
  }

  /** Tells the case's process that its member is with another branch now. */
  public void memberTransferred(String caseId) {
    runtime
        .createMessageCorrelation(MEMBER_TRANSFERRED)
        .processInstanceBusinessKey(caseId)
        .correlate();
  }

  /** Stops the case's process: its member is no longer a probationary member. */
  public void memberRemoved(String caseId) {
    runtime.createMessageCorrelation(MEMBER_REMOVED).processInstanceBusinessKey(caseId).correlate();
  }

  /**
   * The candidate users and groups of the tasks. The self-review goes to the member's login and the
   * report to the mentor's; without one, that step goes to the branch's secretaries instead. Lists,
   * because the engine takes an empty list as "nobody" where an empty text would be a user named
   * "".
   */
  static Map<String, Object> routingVariables(CaseRouting r) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("secretaryGroup", r.secretaryGroup());
    vars.put("superiorGroup", r.superiorGroup());
    vars.put("decisionGroup", r.decisionGroup());
    vars.put("selfReviewUsers", listOf(r.memberUser()));
    vars.put("selfReviewGroups", listOf(r.memberUser() == null ? r.secretaryGroup() : null));
    vars.put("mentorReportUsers", listOf(r.mentorUser()));
    vars.put("mentorReportGroups", listOf(r.mentorUser() == null ? r.secretaryGroup() : null));
    return vars;
  }

  private static List<String> listOf(String value) {
    List<String> list = new ArrayList<>();
    if (value != null) {
      list.add(value);
    }
    return list;
  }

  /** A due date of the model: the last second of the day in Vietnam. */
  Date endOfDay(LocalDate day) {
    return calendar.endOfDay(day);
  }
}
