package vn.chibo.admission;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleType;

/**
 * What the admission steps tell people, written into the outbox in the caller's transaction. Each
 * message is keyed by the case, the event and the person, so repeating a step never sends twice.
 */
@Component
class AdmissionNotices {

  private static final Set<RoleType> LEADERS =
      Set.of(RoleType.SECRETARY, RoleType.DEPUTY_SECRETARY);

  private final NotificationService notifications;
  private final OrganizationService organizations;

  AdmissionNotices(NotificationService notifications, OrganizationService organizations) {
    this.notifications = notifications;
    this.organizations = organizations;
  }

  void notEligible(AdmissionCase c, Organization branch, Member applicant, List<String> reasons) {
    tell(
        c,
        "not-eligible-" + c.eligibilityCheckedOn(),
        "Hồ sơ kết nạp " + applicant.fullName() + " chưa đủ điều kiện",
        "Hồ sơ " + c.id() + " cần bổ sung trước khi chi bộ xét:\n- " + String.join("\n- ", reasons),
        organizations.holders(branch.id(), LEADERS));
  }

  void decisionOverdue(AdmissionCase c, AdmissionService.Routing r, Member applicant) {
    Map<Long, Member> people = new LinkedHashMap<>();
    Organization competent = r.competent();
    if (competent.parentId() != null) {
      organizations.holders(competent.parentId(), LEADERS).forEach(p -> people.put(p.id(), p));
      organizations
          .holders(competent.parentId(), Set.of(RoleType.ORGANIZATION_BOARD_MEMBER))
          .forEach(p -> people.put(p.id(), p));
    }
    organizations.holders(competent.id(), LEADERS).forEach(p -> people.put(p.id(), p));
    tell(
        c,
        "decision-overdue",
        "Quá hạn quyết định kết nạp – " + applicant.fullName(),
        competent.name()
            + " chưa quyết định kết nạp "
            + applicant.fullName()
            + " ("
            + r.branch().name()
            + "); hạn là "
            + MeetingTexts.date(c.decisionDue())
            + ", "
            + "tính từ ngày chi bộ có nghị quyết đề nghị kết nạp.",
        people.values());
  }

  void outcome(AdmissionCase c, Organization branch, Member applicant) {
    String title;
    String text;
    switch (c.stage()) {
      case CEREMONY -> {
        title = "Đã có quyết định kết nạp " + applicant.fullName();
        text =
            "Quyết định số "
                + c.decisionNumber()
                + " ngày "
                + MeetingTexts.date(c.decisionDate())
                + ". Chi bộ tổ chức lễ kết nạp trước ngày "
                + MeetingTexts.date(c.ceremonyDue())
                + ".";
      }
      case REJECTED, NOT_ADMITTED, STOPPED -> {
        title = "Hồ sơ kết nạp " + applicant.fullName() + ": " + c.stage().label().toLowerCase();
        text = c.outcomeReason() + ". Quần chúng vẫn ở trong danh sách cảm tình của chi bộ.";
      }
      default -> {
        return;
      }
    }
    tell(
        c, "outcome-" + c.stage().name(), title, text, organizations.holders(branch.id(), LEADERS));
  }

  private void tell(
      AdmissionCase c, String what, String title, String text, Collection<Member> people) {
    for (Member p : people) {
      notifications.tell(
          new NotificationService.Addressee(p.username(), p.email(), p.fullName()),
          c.id() + "/" + what + "/" + p.id(),
          c.id(),
          title,
          text,
          "/admissions/" + c.id());
    }
  }
}
