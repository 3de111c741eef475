package vn.chibo.resolution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chibo.notification.InAppNotice;
import vn.chibo.notification.MailMessage;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleType;

/** Reminders and overdue warnings for resolution tasks, written to the outbox. */
@Component
class ActionItemNotices {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final NotificationService notifications;
  private final OrganizationService organizations;
  private final Clock clock;
  private final String baseUrl;

  ActionItemNotices(
      NotificationService notifications,
      OrganizationService organizations,
      Clock clock,
      @Value("${chibo.mail.base-url:http://localhost:8080}") String baseUrl) {
    this.notifications = notifications;
    this.organizations = organizations;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  void reminder(ActionItem item) {
    organizations
        .member(item.assigneeMemberId())
        .ifPresent(
            m ->
                tell(
                    item,
                    "reminder",
                    m,
                    "Sắp đến hạn nhiệm vụ: " + item.title(),
                    "Nhiệm vụ \""
                        + item.title()
                        + "\" do chi bộ giao có hạn "
                        + DATE.format(item.dueDate())
                        + ". Đề nghị đồng chí hoàn thành và báo cáo kết quả."));
  }

  void overdue(ActionItem item) {
    Member assignee = organizations.member(item.assigneeMemberId()).orElse(null);
    String who = assignee == null ? "" : " (" + assignee.fullName() + ")";
    Map<Long, Member> secretaries = new LinkedHashMap<>();
    LocalDate today = LocalDate.now(clock);
    organizations.activeRolesIn(item.branchId()).stream()
        .filter(
            r ->
                (r.role() == RoleType.SECRETARY || r.role() == RoleType.DEPUTY_SECRETARY)
                    && r.isActiveOn(today))
        .forEach(
            r -> organizations.member(r.memberId()).ifPresent(m -> secretaries.put(m.id(), m)));
    Organization branch = organizations.organization(item.branchId()).orElseThrow();
    for (Member s : secretaries.values()) {
      tell(
          item,
          "overdue",
          s,
          "Nhiệm vụ quá hạn – " + branch.name(),
          "Nhiệm vụ \""
              + item.title()
              + "\""
              + who
              + " đã quá hạn "
              + DATE.format(item.dueDate())
              + " mà chưa có báo cáo kết quả.");
    }
    if (assignee != null) {
      tell(
          item,
          "overdue",
          assignee,
          "Nhiệm vụ đã quá hạn: " + item.title(),
          "Nhiệm vụ \"" + item.title() + "\" đã quá hạn " + DATE.format(item.dueDate()) + ".");
    }
  }

  private void tell(ActionItem item, String what, Member to, String title, String text) {
    String key = item.businessKey() + "/" + what + "/" + to.id();
    if (to.email() != null && !to.email().isBlank()) {
      notifications.enqueueFor(
          to.username(),
          new MailMessage(
              key,
              item.businessKey(),
              to.email(),
              to.fullName(),
              title,
              "Kính gửi đồng chí "
                  + to.fullName()
                  + ",\n\n"
                  + text
                  + "\n\n"
                  + baseUrl
                  + "/camunda/app/tasklist/",
              null));
    }
    if (to.username() != null) {
      notifications.notify(
          new InAppNotice(
              key,
              to.username(),
              title,
              text,
              "/meetings/" + item.meetingId(),
              item.businessKey()));
    }
  }
}
