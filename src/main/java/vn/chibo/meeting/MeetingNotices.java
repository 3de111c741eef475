package vn.chibo.meeting;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chibo.notification.CalendarInvite;
import vn.chibo.notification.InAppNotice;
import vn.chibo.notification.MailMessage;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleType;

/**
 * What the meeting steps tell people, written into the outbox in the caller's transaction. Every
 * message has a key made of the meeting and the person, so repeating a step never sends twice.
 */
@Component
class MeetingNotices {

  private final NotificationService notifications;
  private final OrganizationService organizations;
  private final Clock clock;
  private final String baseUrl;
  private final String fromAddress;

  MeetingNotices(
      NotificationService notifications,
      OrganizationService organizations,
      Clock clock,
      @Value("${chibo.mail.base-url:http://localhost:8080}") String baseUrl,
      @Value("${chibo.mail.from:chibo@localhost}") String fromAddress) {
    this.fromAddress = fromAddress;
    this.notifications = notifications;
    this.organizations = organizations;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  String meetingLink(Meeting m) {
    return baseUrl + "/meetings/" + m.id();
  }

  /** The notice as issued, the same link for every recipient. */
  String noticeLink(Meeting m) {
    return baseUrl + "/documents/" + m.id() + "/MEETING_NOTICE.pdf";
  }

  /** The notice of a meeting to every member and the supervising upper-level members. */
  int meetingNotice(Meeting m, Organization branch, List<AgendaItem> agenda, List<Member> roll) {
    Map<Long, Member> recipients = new LinkedHashMap<>();
    roll.forEach(x -> recipients.put(x.id(), x));
    holders(branch.id(), Set.of(RoleType.SUPERVISING_MEMBER))
        .forEach(x -> recipients.put(x.id(), x));
    String subject =
        (m.kind() == MeetingKind.REGULAR
                ? "Thông báo sinh hoạt chi bộ tháng " + MeetingTexts.month(m.month())
                : "Thông báo " + m.kind().label().toLowerCase(java.util.Locale.ROOT))
            + " – "
            + branch.name();
    StringBuilder body = new StringBuilder();
    body.append(branch.name()).append(" thông báo:\n\n");
    body.append("Thời gian: ")
        .append(MeetingTexts.when(m.scheduledDate(), m.startTime()))
        .append('\n');
    body.append("Địa điểm: ").append(m.place()).append('\n');
    if (m.thematicTopic() != null) {
      body.append("Chuyên đề: ").append(m.thematicTopic()).append('\n');
    }
    body.append("\nNội dung sinh hoạt:\n");
    AgendaSection current = null;
    for (AgendaItem item : agenda) {
      if (item.section() != current) {
        current = item.section();
        body.append('\n').append(current.label()).append(":\n");
      }
      body.append("  - ").append(item.title()).append('\n');
    }
    body.append("\nThông báo (bản PDF): ").append(noticeLink(m)).append('\n');
    body.append("Tài liệu và dự thảo nghị quyết: ").append(meetingLink(m)).append("#tai-lieu\n");
    body.append("\nĐề nghị các đồng chí đến dự đầy đủ, đúng giờ.\n");
    String description = body.toString();
    // The invitation comes from the branch secretary, so replies go to the person who convenes.
    Member secretary =
        holders(branch.id(), Set.of(RoleType.SECRETARY)).stream().findFirst().orElse(null);
    boolean secretaryMail =
        secretary != null && secretary.email() != null && !secretary.email().isBlank();
    CalendarInvite invite =
        new CalendarInvite(
            m.id() + "@chibo",
            subject,
            m.place(),
            description,
            m.scheduledStart(),
            m.scheduledStart().plusMinutes(m.hasThematicPart() ? 120 : 90),
            secretaryMail ? secretary.email() : fromAddress,
            secretaryMail ? secretary.fullName() : branch.name());
    int n = 0;
    for (Member r : recipients.values()) {
      if (r.email() != null && !r.email().isBlank()) {
        notifications.enqueueFor(
            r.username(),
            new MailMessage(
                m.id() + "/notice/" + r.id(),
                m.id(),
                r.email(),
                r.fullName(),
                subject,
                "Kính gửi đồng chí " + r.fullName() + ",\n\n" + description,
                invite));
        n++;
      }
      if (r.username() != null) {
        notifications.notify(
            new InAppNotice(
                m.id() + "/notice/" + r.id(),
                r.username(),
                subject,
                MeetingTexts.when(m.scheduledDate(), m.startTime()) + ", " + m.place(),
                "/meetings/" + m.id(),
                m.id()));
        if (r.email() == null || r.email().isBlank()) {
          n++;
        }
      }
    }
    return n;
  }

  void lateAgreement(Meeting m, Organization branch) {
    String title = "Chậm thống nhất nội dung sinh hoạt – " + branch.name();
    String text =
        "Đến hạn gửi thông báo cho buổi sinh hoạt "
            + MeetingTexts.when(m.scheduledDate(), m.startTime())
            + " mà nội dung chưa được chi ủy thống nhất. Đề nghị hoàn thành ngay để kịp thông báo"
            + " cho đảng viên.";
    Map<Long, Member> people = new LinkedHashMap<>();
    holders(branch.id(), Set.of(RoleType.SECRETARY, RoleType.DEPUTY_SECRETARY))
        .forEach(x -> people.put(x.id(), x));
    holders(branch.id(), Set.of(RoleType.SUPERVISING_MEMBER)).forEach(x -> people.put(x.id(), x));
    tell(m, "late", title, text, people.values());
  }

  void missedMeeting(Meeting m, Organization branch) {
    String title = "Chi bộ chưa ghi nhận buổi sinh hoạt – " + branch.name();
    String text =
        "Buổi sinh hoạt dự kiến "
            + MeetingTexts.when(m.scheduledDate(), m.startTime())
            + " chưa có biên bản. Nếu chi bộ đã họp, đề nghị thư ký ghi biên bản; nếu chưa, đề nghị"
            + " tổ chức sinh hoạt bù.";
    Map<Long, Member> people = new LinkedHashMap<>();
    holders(branch.id(), Set.of(RoleType.SUPERVISING_MEMBER)).forEach(x -> people.put(x.id(), x));
    if (branch.parentId() != null) {
      holders(branch.parentId(), Set.of(RoleType.SECRETARY, RoleType.DEPUTY_SECRETARY))
          .forEach(x -> people.put(x.id(), x));
    }
    holders(branch.id(), Set.of(RoleType.SECRETARY)).forEach(x -> people.put(x.id(), x));
    tell(m, "missed", title, text, people.values());
  }

  void thematicMissing(Meeting m, Organization branch) {
    String title = "Quý này chi bộ chưa có sinh hoạt chuyên đề – " + branch.name();
    String text =
        "Tháng "
            + MeetingTexts.month(m.month())
            + " là tháng cuối quý mà chi bộ chưa tổ chức hoặc lên kế hoạch sinh hoạt chuyên đề.";
    Map<Long, Member> people = new LinkedHashMap<>();
    holders(branch.id(), Set.of(RoleType.SUPERVISING_MEMBER)).forEach(x -> people.put(x.id(), x));
    tell(m, "thematic", title, text, people.values());
  }

  /**
   * The meeting's summary to the committee above the branch (its secretary and deputies) and to the
   * supervising upper-level members (DOMAIN.md §2, "after": report to the superior).
   *
   * @return how many people it went to
   */
  int reportToSuperior(Meeting m, Organization branch, String summary) {
    String title =
        (m.kind() == MeetingKind.REGULAR
                ? "Báo cáo sinh hoạt chi bộ tháng " + MeetingTexts.month(m.month())
                : "Báo cáo " + m.kind().label().toLowerCase(java.util.Locale.ROOT))
            + " – "
            + branch.name();
    Map<Long, Member> people = new LinkedHashMap<>();
    if (branch.parentId() != null) {
      holders(branch.parentId(), Set.of(RoleType.SECRETARY, RoleType.DEPUTY_SECRETARY))
          .forEach(x -> people.put(x.id(), x));
    }
    holders(branch.id(), Set.of(RoleType.SUPERVISING_MEMBER)).forEach(x -> people.put(x.id(), x));
    tell(m, "report", title, summary, people.values());
    return people.size();
  }

  private void tell(
      Meeting m, String what, String title, String text, java.util.Collection<Member> people) {
    for (Member p : people) {
      notifications.tell(
          new NotificationService.Addressee(p.username(), p.email(), p.fullName()),
          m.id() + "/" + what + "/" + p.id(),
          m.id(),
          title,
          text,
          "/meetings/" + m.id());
    }
  }

  /** Members holding one of {@code roles} in an organisation today. */
  List<Member> holders(long organizationId, Set<RoleType> roles) {
    return organizations.holders(organizationId, roles);
  }
}
