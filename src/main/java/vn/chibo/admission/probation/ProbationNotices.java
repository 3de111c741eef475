package vn.chibo.admission.probation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleAssignment;
import vn.chibo.organization.RoleType;

/**
 * What the probation steps tell people, written into the outbox and the in-app notices in the
 * caller's transaction. Every message is keyed by the case, the step and the person, so a repeated
 * step never tells anyone twice.
 */
@Component
class ProbationNotices {

  static final String TASKLIST = "/camunda/app/tasklist/";

  private final NotificationService notifications;
  private final OrganizationService organizations;

  ProbationNotices(NotificationService notifications, OrganizationService organizations) {
    this.notifications = notifications;
    this.organizations = organizations;
  }

  /**
   * Probation is over: the member writes the self-review, the mentor the report, the branch votes.
   */
  void probationEnded(ProbationCase c, Member member, Organization branch, Member mentor) {
    String title = "Hết thời gian dự bị – đồng chí " + member.fullName();
    String common =
        ProbationTexts.summary(c, member, branch)
            + " Chi bộ xét công nhận đảng viên chính thức trước ngày "
            + ProbationTexts.date(c.voteDue())
            + ".";
    tell(
        c,
        "ended",
        title,
        common + " Đề nghị đồng chí viết bản tự kiểm điểm (mẫu 10-KNĐ) trong mục Công việc.",
        TASKLIST,
        Set.of(member));
    if (mentor != null) {
      tell(
          c,
          "ended",
          title,
          common
              + " Đề nghị đồng chí, là đảng viên giúp đỡ, viết bản nhận xét (mẫu 11-KNĐ) sau khi"
              + " đảng viên nộp bản tự kiểm điểm.",
          TASKLIST,
          Set.of(mentor));
    }
    tell(
        c,
        "ended",
        title,
        common
            + " Đề nghị chi ủy tổng hợp ý kiến nhận xét của đoàn thể và nơi cư trú (mẫu 12-KNĐ) và"
            + " đưa ra chi bộ biểu quyết.",
        TASKLIST,
        holders(branch.id(), Set.of(RoleType.SECRETARY, RoleType.DEPUTY_SECRETARY)).values());
  }

  /** The committee's decision, to the member, the mentor and the branch's leadership. */
  void decided(ProbationCase c, Member member, Organization branch, Member mentor) {
    boolean recognised = c.decision() == ProbationOutcome.RECOGNITION;
    String title =
        (recognised ? "Công nhận đảng viên chính thức" : "Xóa tên đảng viên dự bị")
            + " – đồng chí "
            + member.fullName();
    String text =
        ProbationTexts.summary(c, member, branch)
            + " Quyết định số "
            + c.decisionNumber()
            + " ngày "
            + ProbationTexts.date(c.decisionDate())
            + (recognised
                ? ": công nhận đảng viên chính thức kể từ ngày "
                    + ProbationTexts.date(c.probationEnd())
                    + "."
                : ": xóa tên trong danh sách đảng viên kể từ ngày "
                    + ProbationTexts.date(c.decisionDate())
                    + ".");
    Map<Long, Member> people =
        holders(
            branch.id(),
            Set.of(RoleType.SECRETARY, RoleType.DEPUTY_SECRETARY, RoleType.COMMITTEE_MEMBER));
    people.put(member.id(), member);
    if (mentor != null) {
      people.put(mentor.id(), mentor);
    }
    tell(c, "decision", title, text, "/members/" + member.code(), people.values());
  }

  private void tell(
      ProbationCase c,
      String what,
      String title,
      String text,
      String link,
      Collection<Member> people) {
    for (Member p : people) {
      notifications.tell(
          new NotificationService.Addressee(p.username(), p.email(), p.fullName()),
          c.id() + "/" + what + "/" + p.id(),
          c.id(),
          title,
          text,
          link);
    }
  }

  /** Members holding one of {@code roles} in an organisation today, by id. */
  Map<Long, Member> holders(long organizationId, Set<RoleType> roles) {
    Map<Long, Member> found = new LinkedHashMap<>();
    organizations.activeRolesIn(organizationId).stream()
        .filter(r -> roles.contains(r.role()))
        .map(RoleAssignment::memberId)
        .distinct()
        .map(organizations::member)
        .flatMap(Optional::stream)
        .forEach(m -> found.put(m.id(), m));
    return found;
  }
}
