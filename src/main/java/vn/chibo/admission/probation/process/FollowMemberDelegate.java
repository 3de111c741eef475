package vn.chibo.admission.probation.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.admission.probation.ProbationService;

/**
 * {@code ServiceTask_FollowMember} of the event subprocess for {@code ProbationMemberTransferred}:
 * the tasks still to come take the groups of the member's new branch and its committees, and the
 * tasks already open move from the old groups to the new ones, so the old branch no longer works a
 * case that is not theirs.
 */
@Component("followMemberDelegate")
class FollowMemberDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(FollowMemberDelegate.class);

  private static final String[] GROUPS = {"secretaryGroup", "superiorGroup", "decisionGroup"};

  private final ProbationService probation;

  FollowMemberDelegate(ProbationService probation) {
    this.probation = probation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = execution.getProcessBusinessKey();
    DelegateExecution instance = execution.getProcessInstance();
    Map<String, Object> now = ProbationProcess.routingVariables(probation.routing(caseId));
    Map<String, String> moved = new HashMap<>();
    for (String name : GROUPS) {
      Object before = instance.getVariable(name);
      if (before != null && !before.equals(now.get(name))) {
        moved.put(before.toString(), now.get(name).toString());
      }
    }
    instance.setVariables(now);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    AuthorizationService authorizations =
        execution.getProcessEngineServices().getAuthorizationService();
    for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        String to = link.getGroupId() == null ? null : moved.get(link.getGroupId());
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && to != null) {
          tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
          tasks.addCandidateGroup(task.getId(), to);
          // The engine granted the old group this task when it became a candidate and keeps the
          // grant when the link goes; without this the old branch could still complete it.
          authorizations
              .createAuthorizationQuery()
              .resourceType(Resources.TASK)
              .resourceId(task.getId())
              .groupIdIn(link.getGroupId())
              .list()
              .forEach(a -> authorizations.deleteAuthorization(a.getId()));
        }
      }
    }
    log.info("Case {} now worked by {}", caseId, moved.values());
  }
}
