package vn.chibo.admission.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.admission.AdmissionCase;
import vn.chibo.admission.AdmissionService;
import vn.chibo.organization.GroupIds;
import vn.chibo.workflow.Causes;

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
  private final AdmissionService admissions;

  MemberAdmissionProcess(
      RuntimeService runtime,
      TaskService tasks,
      IdentityService identity,
      AdmissionService admissions) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
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
