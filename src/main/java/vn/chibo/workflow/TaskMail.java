package vn.chibo.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.OrganizationService;

/**
 * Tells people about their tasks: when a task is assigned to them, and each morning about tasks due
 * by the end of the next working day — a mail (unless they chose notices only) and a notice, each
 * with a link straight to the task in the Tasklist. Messages are keyed by the task, the person and
 * the event, so nothing is said twice.
 */
@Component
public class TaskMail {

  private static final Logger log = LoggerFactory.getLogger(TaskMail.class);

  private final NotificationService notifications;
  private final OrganizationService organizations;
  private final TaskService tasks;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final String fromDays;

  TaskMail(
      NotificationService notifications,
      OrganizationService organizations,
      TaskService tasks,
      IdentityService identity,
      RuntimeService runtime,
      WorkingDayCalendar calendar,
      Clock clock,
      @Value("${chibo.notification.due-soon-working-days:1}") String fromDays) {
    this.notifications = notifications;
    this.organizations = organizations;
    this.tasks = tasks;
    this.identity = identity;
    this.runtime = runtime;
    this.calendar = calendar;
    this.clock = clock;
    this.fromDays = fromDays;
  }

  /** The link that opens the task in the Tasklist. */
  public static String link(String taskId) {
    return "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** A task was given to a person (on creation with an assignee, on claim or on assignment). */
  @EventListener(condition = "#task.eventName == 'assignment'")
  public void onAssignment(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    String title = "Công việc được giao: " + task.getName();
    String text =
        describe(
            task.getName(),
            task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
            task.getDueDate());
    tell(assignee, "task/" + task.getId() + "/assigned/" + assignee, title, text, task.getId());
  }

  /**
   * Each morning: tasks due by the end of the next working day, to their assignee or, while nobody
   * has claimed them, to the members of their candidate groups.
   *
   * @return how many people were told
   */
  @Scheduled(cron = "${chibo.notification.due-soon-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
  @Transactional
  public int remindDueSoon() {
    LocalDate today = LocalDate.now(clock);
    LocalDate until = calendar.addWorkingDays(today, Integer.parseInt(fromDays.strip()));
    Date now = Date.from(clock.instant());
    List<Task> due =
        tasks.createTaskQuery().active().dueAfter(now).dueBefore(calendar.endOfDay(until)).list();
    int told = 0;
    for (Task task : due) {
      LocalDate day =
          task.getDueDate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
      String title = "Sắp đến hạn: " + task.getName();
      String text = describe(task.getName(), businessKey(task), task.getDueDate());
      for (String user : peopleOf(task)) {
        if (tell(
            user,
            "task/" + task.getId() + "/due-soon/" + day + "/" + user,
            title,
            text,
            task.getId())) {
          told++;
        }
      }
    }
    log.info("Due-soon reminders: {} task(s), {} message(s)", due.size(), told);
    return told;
  }

  private Set<String> peopleOf(Task task) {
    Set<String> people = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      people.add(task.getAssignee());
      return people;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        people.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream()
            .map(User::getId)
            .forEach(people::add);
      }
    }
    return people;
  }

  private String businessKey(Task task) {
    if (task.getProcessInstanceId() == null) {
      return null;
    }
    var instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private String describe(String name, String caseId, Date due) {
    StringBuilder sb = new StringBuilder(name);
    if (caseId != null) {
      sb.append(" (").append(caseId).append(')');
    }
    if (due != null) {
      sb.append(", hạn ")
          .append(
              java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                  .format(due.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
    }
    return sb.append('.').toString();
  }

  private boolean tell(String username, String key, String title, String text, String taskId) {
    // A login without a member record (the administrator) still gets the notice.
    NotificationService.Addressee to =
        organizations
            .memberByUsername(username)
            .map(m -> new NotificationService.Addressee(username, m.email(), m.fullName()))
            .orElse(new NotificationService.Addressee(username, null, username));
    return notifications.tell(to, key, "task/" + taskId, title, text, link(taskId));
  }
}
