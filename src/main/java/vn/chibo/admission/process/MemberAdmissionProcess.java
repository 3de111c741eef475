package vn.chibo.admission.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.admission.AdmissionCase;
import vn.chibo.admission.AdmissionService;
import vn.chibo.organization.GroupIds;
import vn.chibo.workflow.Causes;
import vn.chibo.workflow.DiagramSvg;

/**
 * {@code MemberAdmissionProcess}: its element ids, the one place that starts it and completes its
 * tasks from the app's pages. The business key is the case id; variables hold the case id, the
 * candidate groups from the organisation tree, due dates and routing flags.
 */
@Component
public class MemberAdmissionProcess {

  public static final String KEY = "MemberAdmissionProcess";

  public static final String ASSIGN_MENTOR = "UserTask_AssignMentor";
  public static final String COMPILE_DOSSIER = "UserTask_CompileDossier";
  public static final String VERIFY_BACKGROUND = "UserTask_VerifyBackground";
  public static final String RECORD_BRANCH_VOTE = "UserTask_RecordBranchVote";
  public static final String REVIEW_ADMISSION = "UserTask_ReviewAdmission";
  public static final String DECIDE_ADMISSION = "UserTask_DecideAdmission";
  public static final String HOLD_CEREMONY = "UserTask_HoldCeremony";
  public static final String APPROVE_LATE_CEREMONY = "UserTask_ApproveLateCeremony";
  public static final String COMPLETE_MEMBER_FILE = "UserTask_CompleteMemberFile";
  public static final String DECISION_OVERDUE = "BoundaryEvent_DecisionOverdue";
  public static final String CEREMONY_OVERDUE = "BoundaryEvent_CeremonyOverdue";

  /** The tasks whose form is the app's page {@code /admissions/task}. */
  public static final List<String> PAGE_TASKS = List.of(ASSIGN_MENTOR, COMPILE_DOSSIER);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final HistoryService history;
  private final AdmissionService admissions;

  MemberAdmissionProcess(
      RuntimeService runtime,
      TaskService tasks,
      IdentityService identity,
      RepositoryService repository,
      HistoryService history,
      AdmissionService admissions) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.repository = repository;
    this.history = history;
    this.admissions = admissions;
  }

  /** Opens the case of a candidate and starts its process, both or neither. */
  @Transactional
  public AdmissionCase open(long memberId, String by) {
    AdmissionCase c = admissions.open(memberId, by);
    AdmissionService.Routing r = admissions.routing(c);
    String branch = r.branch().code();
    Map<String, Object> vars = new HashMap<>();
    vars.put("caseId", c.id());
    vars.put("secretaryGroup", GroupIds.secretaries(branch));
    vars.put("committeeGroup", GroupIds.committee(branch));
    vars.put("minutesGroup", GroupIds.minuteTakers(branch));
    vars.put("reviewNeeded", r.reviewNeeded());
    vars.put("reviewGroup", GroupIds.committee(r.directSuperior().code()));
    vars.put(
        "decisionGroup",
        GroupIds.committee(r.competent().code()) + "," + GroupIds.standing(r.competent().code()));
    vars.put(
        "superiorGroup",
        GroupIds.committee(r.directSuperior().code())
            + ","
            + GroupIds.standing(r.directSuperior().code()));
    runtime.startProcessInstanceByKey(KEY, c.id(), vars);
    return c;
  }

  /** The open tasks of a case, any step. */
  public List<Task> openTasks(String caseId) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseId)
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  public Optional<Task> task(String taskId) {
    return Optional.ofNullable(
        tasks.createTaskQuery().taskId(taskId).processDefinitionKey(KEY).singleResult());
  }

  /** The person is the assignee, a candidate user, or in one of the task's candidate groups. */
  public boolean mayWork(Task task, String user, List<String> groups) {
    if (user.equals(task.getAssignee())) {
      return true;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null && groups.contains(link.getGroupId())) {
        return true;
      }
      if (user.equals(link.getUserId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * What one instance of a task repeated per person is about ("Cha: …" for a verification), as its
   * form shows it; empty for the other tasks.
   */
  public Optional<String> subject(Task task) {
    Object subject = tasks.getVariableLocal(task.getId(), "verificationSubject");
    return Optional.ofNullable(subject).map(Object::toString);
  }

  /** The groups a task is offered to, for saying who the case waits for. */
  public List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  /**
   * The case's process drawn from the model it runs on (the deployed version, not the newest), with
   * the activities it waits at and those it went through, from the history; empty when the case has
   * no process.
   */
  public Optional<Diagram> diagram(String caseId) {
    HistoricProcessInstance instance =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(caseId)
            .orderByProcessInstanceStartTime()
            .desc()
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    if (instance == null) {
      return Optional.empty();
    }
    var model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
    DiagramSvg.Progress progress =
        DiagramSvg.progressOf(
            model,
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .list());
    return Optional.of(
        new Diagram(
            DiagramSvg.render(
                model, progress, "Sơ đồ quy trình kết nạp đảng viên, hồ sơ " + caseId),
            DiagramSvg.focus(model, progress)));
  }

  /**
   * @param svg the diagram as inline SVG
   * @param focus where the active step is in the drawing, or null
   */
  public record Diagram(String svg, DiagramSvg.Focus focus) {}

  /** The case a task belongs to. */
  public String caseIdOf(Task task) {
    var instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  /**
   * Completes a task as the person, with the engine's authorization checks on, exactly as the
   * Tasklist would; the submitted values are transient, so only the tables keep them.
   */
  public void complete(
      String taskId, String user, List<String> groups, Map<String, Object> values) {
    var vars = Variables.createVariables();
    values.forEach((k, v) -> vars.putValueTyped(k, Variables.untypedValue(v, true)));
    identity.setAuthentication(user, groups);
    try {
      tasks.complete(taskId, vars);
    } catch (RuntimeException e) {
      throw Causes.unwrap(e);
    } finally {
      identity.clearAuthentication();
    }
  }
}
