package vn.chibo.resolution.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.organization.GroupIds;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.resolution.ActionItem;

/**
 * {@code ActionItemProcess}: its element ids and the one place that starts it (business key {@code
 * ACT-<id>}). Variables: the item's id, the assignee's login, the branch's secretary group and the
 * reminder / due / overdue instants.
 */
@Component
public class ActionItemProcess {

  public static final String KEY = "ActionItemProcess";
  public static final String REPORT = "UserTask_ReportActionItem";
  public static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";
  public static final String OVERDUE = "BoundaryEvent_ActionItemOverdue";

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final RuntimeService runtime;
  private final OrganizationService organizations;
  private final WorkingDayCalendar calendar;
  private final int reminderWorkingDays;

  ActionItemProcess(
      RuntimeService runtime,
      OrganizationService organizations,
      WorkingDayCalendar calendar,
      @Value("${chibo.meeting.action-reminder-working-days:2}") int reminderWorkingDays) {
    this.runtime = runtime;
    this.organizations = organizations;
    this.calendar = calendar;
    this.reminderWorkingDays = reminderWorkingDays;
  }

  public void start(ActionItem item) {
    Organization branch = organizations.organization(item.branchId()).orElseThrow();
    Member assignee = organizations.member(item.assigneeMemberId()).orElseThrow();
    Map<String, Object> vars = new HashMap<>();
    vars.put("actionItemId", item.id());
    vars.put("assignee", assignee.username());
    vars.put("secretaryGroup", GroupIds.secretaries(branch.code()));
    LocalDate remind = calendar.addWorkingDays(item.dueDate(), -reminderWorkingDays);
    vars.put("remindAt", at(remind, LocalTime.of(8, 0)));
    vars.put("dueAt", at(item.dueDate(), LocalTime.of(17, 0)));
    vars.put("overdueAt", at(item.dueDate().plusDays(1), LocalTime.of(8, 0)));
    runtime.startProcessInstanceByKey(KEY, item.businessKey(), vars);
  }

  private static Date at(LocalDate d, LocalTime t) {
    return Date.from(d.atTime(t).atZone(ZONE).toInstant());
  }
}
