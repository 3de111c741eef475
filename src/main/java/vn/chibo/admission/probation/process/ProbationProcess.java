package vn.chibo.admission.probation.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.chibo.admission.probation.CaseRouting;
import vn.chibo.admission.probation.ProbationCase;
import vn.chibo.admission.probation.ProbationProperties;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.workflow.DiagramSvg;

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
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final WorkingDayCalendar calendar;
  private final ProbationProperties properties;

  ProbationProcess(
      RuntimeService runtime,
      TaskService tasks,
      HistoryService history,
      RepositoryService repository,
      WorkingDayCalendar calendar,
      ProbationProperties properties) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
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

  // ------------------------------------------------------------------ reading, for the pages

  /** The open tasks of a case, oldest first. */
  public List<Task> openTasks(String caseId) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseId)
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  /** The person is the assignee, a candidate user, or in one of the task's candidate groups. */
  public boolean mayWork(Task task, String user, List<String> groups) {
    if (user.equals(task.getAssignee())) {
      return true;
    }
    for (IdentityLink link : candidates(task)) {
      if (link.getGroupId() != null && groups.contains(link.getGroupId())) {
        return true;
      }
      if (user.equals(link.getUserId())) {
        return true;
      }
    }
    return false;
  }

  /** The groups a task is offered to, for saying who the case waits for. */
  public List<String> candidateGroups(Task task) {
    return candidates(task).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  /** The logins a task is offered to (the member's self-review, the mentor's report). */
  public List<String> candidateUsers(Task task) {
    return candidates(task).stream().map(IdentityLink::getUserId).filter(u -> u != null).toList();
  }

  private List<IdentityLink> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .toList();
  }

  /**
   * What the case's process went through, in order: events, tasks and service steps, without the
   * gateways and flows a reader has no use for.
   *
   * @param by who completed a user task: the assignee, else the person the engine logged completing
   *     it; null for the engine's own steps and for tasks still open
   */
  public record Step(String activityId, String name, String type, Date start, Date end, String by) {

    public boolean isUserTask() {
      return "userTask".equals(type);
    }
  }

  public List<Step> history(String caseId) {
    HistoricProcessInstance instance = latestInstance(caseId);
    if (instance == null) {
      return List.of();
    }
    Map<String, String> completedBy = new HashMap<>();
    for (UserOperationLogEntry e :
        history
            .createUserOperationLogQuery()
            .processInstanceId(instance.getId())
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
            .list()) {
      if (e.getTaskId() != null && e.getUserId() != null) {
        completedBy.putIfAbsent(e.getTaskId(), e.getUserId());
      }
    }
    List<Step> steps = new ArrayList<>();
    for (HistoricActivityInstance a : activities(instance)) {
      String type = a.getActivityType();
      if (type == null
          || type.toLowerCase(Locale.ROOT).contains("gateway")
          || a.getActivityId().endsWith("#multiInstanceBody")
          || a.getActivityName() == null) {
        continue;
      }
      String by = null;
      if ("userTask".equals(type) && a.getEndTime() != null) {
        by = a.getAssignee() != null ? a.getAssignee() : completedBy.get(a.getTaskId());
      }
      steps.add(
          new Step(
              a.getActivityId(), a.getActivityName(), type, a.getStartTime(), a.getEndTime(), by));
    }
    return steps;
  }

  /**
   * The case's process drawn from the model it runs on (the deployed version, not the newest), with
   * the activities it waits at and those it went through, from the history; empty when the case has
   * no process. Drawn the same way as the admission case's.
   */
  public Optional<Diagram> diagram(String caseId, String title) {
    HistoricProcessInstance instance = latestInstance(caseId);
    if (instance == null) {
      return Optional.empty();
    }
    var model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
    DiagramSvg.Progress progress = DiagramSvg.progressOf(model, activities(instance));
    return Optional.of(
        new Diagram(DiagramSvg.render(model, progress, title), DiagramSvg.focus(model, progress)));
  }

  /**
   * @param svg the diagram as inline SVG
   * @param focus where the active step is in the drawing, or null
   */
  public record Diagram(String svg, DiagramSvg.Focus focus) {}

  private HistoricProcessInstance latestInstance(String caseId) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseId)
        .orderByProcessInstanceStartTime()
        .desc()
        .listPage(0, 1)
        .stream()
        .findFirst()
        .orElse(null);
  }

  /** In the order they happened; activities started in the same millisecond keep the engine's. */
  private List<HistoricActivityInstance> activities(HistoricProcessInstance instance) {
    List<HistoricActivityInstance> list =
        new ArrayList<>(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .orderPartiallyByOccurrence()
                .asc()
                .list());
    list.sort(Comparator.comparing(HistoricActivityInstance::getStartTime));
    return list;
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
