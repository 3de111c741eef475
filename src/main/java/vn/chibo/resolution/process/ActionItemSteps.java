package vn.chibo.resolution.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationService;
import vn.chibo.resolution.ActionItem;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.workflow.FormTask;
import vn.chibo.workflow.FormTask.Submission;

/** The service tasks and the task listener of {@code ActionItemProcess}. */
@Configuration(proxyBeanMethods = false)
class ActionItemSteps {

  /** {@code ServiceTask_RemindAssignee}. */
  @Bean
  JavaDelegate remindActionItemDelegate(ResolutionService resolutions) {
    return execution -> resolutions.remind(id(execution.getProcessBusinessKey()));
  }

  /** {@code ServiceTask_EscalateOverdue}. */
  @Bean
  JavaDelegate escalateActionItemDelegate(ResolutionService resolutions) {
    return execution -> resolutions.escalateOverdue(id(execution.getProcessBusinessKey()));
  }

  static long id(String businessKey) {
    return Long.parseLong(businessKey.substring("ACT-".length()));
  }

  /**
   * {@code UserTask_ReportActionItem}: done, or not done with a note; sets {@code actionItemDone}.
   */
  @Component("reportActionItemTask")
  static class ReportActionItemTask extends FormTask {

    private final ResolutionService resolutions;
    private final OrganizationService organizations;

    ReportActionItemTask(ResolutionService resolutions, OrganizationService organizations) {
      this.resolutions = resolutions;
      this.organizations = organizations;
    }

    @Override
    protected Map<String, Object> formValues(DelegateTask task) {
      ActionItem item = resolutions.actionItem(id(businessKey(task)));
      String assignee =
          organizations.member(item.assigneeMemberId()).map(m -> m.fullName()).orElse("");
      Map<String, Object> values = new HashMap<>();
      values.put(
          "actionItemSummary",
          item.title()
              + " — người thực hiện: "
              + assignee
              + ", hạn "
              + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(item.dueDate()));
      values.put("actionItemResult", null);
      values.put("reportNote", null);
      return values;
    }

    @Override
    protected void complete(DelegateTask task, Submission in) {
      String result = in.choice("actionItemResult", "DONE", "NOT_DONE");
      Boolean done = result == null ? null : "DONE".equals(result);
      ActionItem item =
          resolutions.report(id(businessKey(task)), done, in.string("reportNote"), actor(task));
      task.getExecution().setVariable("actionItemDone", item.status().name().equals("DONE"));
    }
  }
}
