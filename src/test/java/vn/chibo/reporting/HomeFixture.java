package vn.chibo.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.admission.AdmissionService;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.notification.InAppNotice;
import vn.chibo.notification.Notice;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleAssignment;
import vn.chibo.resolution.NewActionItem;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.support.ProcessDriver;

/**
 * A commune on the morning of 02/03/2027, the day before every branch meets: the notice deadline
 * (08:00) has just passed. Thôn Đồng Hương (MB01) has opened its March meeting, which still waits
 * at its preparation; it owes two resolution tasks, one of them overdue; three members missed
 * meetings without reason since December, one of them three times; two admission cases wait for a
 * decision (due in three days) and a ceremony (overdue), a third for its mentor. The commune office
 * branch (MBCQ) sent its notice in time and held a thematic meeting in February. Yên Thượng (MB02)
 * has opened nothing. A plain member of MB01 has six notices, two of them read.
 *
 * <p>Seeded once per database through the modules' own services where they offer the step, and with
 * plain updates for what only a whole process run would reach (a held meeting, a case at its
 * decision).
 */
public final class HomeFixture {

  public static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 2, 10, 0);
  public static final YearMonth MONTH = YearMonth.of(2027, 3);
  public static final String MB01_MEETING = "MTG-MB01-2027-03";
  public static final String OVERDUE_ITEM = "Vận động các hộ gia đình tham gia ngày Chủ nhật xanh";
  public static final String OPEN_ITEM = "Hoàn thành thu đảng phí quý I năm 2027";
  public static final String THEMATIC_TOPIC =
      "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";

  /** What the fixture made, by the names the tests look for. */
  public record Seeded(
      Member plainMember,
      Member absentThrice,
      Member absentOnce,
      Member excused,
      String decisionCase,
      String ceremonyCase,
      String mentorCase,
      String prepareTaskId,
      List<String> noticeTitles) {}

  private static Seeded seeded;

  private HomeFixture() {}

  public static synchronized Seeded seed(ApplicationContext context) {
    if (seeded == null
        || !context.getBean(MeetingService.class).findMeeting(MB01_MEETING).isPresent()) {
      seeded = new Builder(context).build();
    }
    ProcessDriver.clockAt(NOW);
    return seeded;
  }

  private static final class Builder {

    final MeetingService meetings;
    final BranchMeetingProcess meetingProcess;
    final ResolutionService resolutions;
    final AdmissionService admissions;
    final OrganizationService organizations;
    final NotificationService notifications;
    final TaskService tasks;
    final JdbcClient jdbc;

    Builder(ApplicationContext c) {
      meetings = c.getBean(MeetingService.class);
      meetingProcess = c.getBean(BranchMeetingProcess.class);
      resolutions = c.getBean(ResolutionService.class);
      admissions = c.getBean(AdmissionService.class);
      organizations = c.getBean(OrganizationService.class);
      notifications = c.getBean(NotificationService.class);
      tasks = c.getBean(TaskService.class);
      jdbc = c.getBean(JdbcClient.class);
    }

    Seeded build() {
      Organization mb01 = organizations.organization("MB01").orElseThrow();
      Organization mbcq = organizations.organization("MBCQ").orElseThrow();
      Set<Long> withRoles =
          organizations.activeRolesIn(mb01.id()).stream()
              .map(RoleAssignment::memberId)
              .collect(Collectors.toSet());
      List<Member> plain =
          organizations.membersOf(mb01.id()).stream()
              .filter(m -> m.status() == MemberStatus.OFFICIAL && m.username() != null)
              .filter(m -> !withRoles.contains(m.id()))
              .sorted(java.util.Comparator.comparing(Member::code))
              .toList();
      Member member = plain.get(0);
      Member thrice = plain.get(1);
      Member once = plain.get(2);
      Member excused = plain.get(3);

      // Three meetings since December, held; the roll call is what counts the absences.
      ProcessDriver.clockAt(LocalDateTime.of(2026, 11, 25, 6, 0));
      List<String> past = List.of("2026-12", "2027-01", "2027-02");
      for (String month : past) {
        meetings.openRegular(mb01, YearMonth.parse(month));
        String id = "MTG-MB01-" + month;
        held(id);
        present(id, member);
        absent(id, thrice, "ABSENT_UNEXCUSED");
      }
      absent("MTG-MB01-2027-01", once, "ABSENT_UNEXCUSED");
      absent("MTG-MB01-2027-02", excused, "ABSENT_EXCUSED");

      // January's resolution gave the plain member two tasks.
      Set<Long> memberIds =
          organizations.membersOf(mb01.id()).stream().map(Member::id).collect(Collectors.toSet());
      resolutions.planActionItems(
          "MTG-MB01-2027-01",
          mb01.id(),
          LocalDate.of(2027, 1, 3),
          List.of(
              new NewActionItem(OVERDUE_ITEM, member.id(), LocalDate.of(2027, 2, 15)),
              new NewActionItem(OPEN_ITEM, member.id(), LocalDate.of(2027, 3, 31))),
          memberIds);
      resolutions.startActionItems("MTG-MB01-2027-01");

      // March: opened by the schedule on the 25th, still being prepared.
      ProcessDriver.clockAt(LocalDateTime.of(2027, 2, 25, 6, 0));
      Meeting march = meetings.openRegular(mb01, MONTH).orElseThrow();
      String instance = meetingProcess.start(march).getId();

      // The commune office: a thematic meeting in February, March's notice out in time.
      ProcessDriver.clockAt(LocalDateTime.of(2027, 2, 10, 9, 0));
      Meeting thematic =
          meetings.openExtra(
              mbcq,
              MeetingKind.THEMATIC,
              "2027-02-20",
              "14:00",
              "Hội trường Đảng ủy xã",
              THEMATIC_TOPIC,
              "huytq");
      held(thematic.id());
      meetings.openRegular(mbcq, MONTH);
      jdbc.sql("update meeting set status = 'NOTICED', notice_sent_at = ? where id = ?")
          .params(LocalDateTime.of(2027, 3, 1, 15, 0), "MTG-MBCQ-2027-03")
          .update();

      // Admission: a decision due on Friday, a ceremony overdue, a case waiting for its mentor.
      ProcessDriver.clockAt(NOW.minusDays(1));
      List<Member> candidates =
          organizations.membersOf(mb01.id()).stream()
              .filter(m -> m.status() == MemberStatus.CANDIDATE)
              .sorted(java.util.Comparator.comparing(Member::code))
              .toList();
      long third = newCandidate(mb01, "Nông Thị Thu Trang", LocalDate.of(2001, 5, 14));
      String decision = admissions.open(candidates.get(0).id(), "annv").id();
      String ceremony = admissions.open(candidates.get(1).id(), "annv").id();
      String mentor = admissions.open(third, "annv").id();
      jdbc.sql("update admission_case set stage = 'DECISION', decision_due = ? where id = ?")
          .params(LocalDate.of(2027, 3, 5), decision)
          .update();
      jdbc.sql(
              "update admission_case set stage = 'CEREMONY', decision_approved = true,"
                  + " ceremony_due = ? where id = ?")
          .params(LocalDate.of(2027, 2, 20), ceremony)
          .update();

      // Six notices over the last days, the two oldest read.
      List<String> titles =
          List.of(
              "Kết quả sinh hoạt chi bộ tháng 12/2026",
              "Thông báo sinh hoạt chi bộ tháng 01/2027",
              "Nhắc việc: vận động ngày Chủ nhật xanh",
              "Nhiệm vụ quá hạn: vận động ngày Chủ nhật xanh",
              "Thông báo sinh hoạt chi bộ tháng 02/2027",
              "Lịch sinh hoạt chi bộ tháng 03/2027");
      for (int i = 0; i < titles.size(); i++) {
        ProcessDriver.clockAt(NOW.minusHours(60 - 10L * i));
        notifications.notify(
            new InAppNotice(
                "home-fixture/" + i,
                member.username(),
                titles.get(i),
                null,
                i == titles.size() - 1 ? "/meetings/" + MB01_MEETING : null,
                null));
      }
      ProcessDriver.clockAt(NOW);
      List<Notice> inbox = notifications.inbox(member.username(), 10);
      for (Notice n : inbox) {
        if (n.title().equals(titles.get(0)) || n.title().equals(titles.get(1))) {
          notifications.markRead(member.username(), n.id());
        }
      }

      Task prepare =
          tasks
              .createTaskQuery()
              .processInstanceId(instance)
              .taskDefinitionKey(BranchMeetingProcess.PREPARE_CONTENT)
              .singleResult();
      return new Seeded(
          member, thrice, once, excused, decision, ceremony, mentor, prepare.getId(), titles);
    }

    private void held(String meetingId) {
      jdbc.sql("update meeting set status = 'CLOSED', notice_sent_at = opened_at where id = ?")
          .param(meetingId)
          .update();
    }

    private void present(String meetingId, Member m) {
      attendance(meetingId, m, "PRESENT");
    }

    private void absent(String meetingId, Member m, String presence) {
      attendance(meetingId, m, presence);
    }

    private void attendance(String meetingId, Member m, String presence) {
      jdbc.sql(
              "insert into attendance (meeting_id, member_id, member_status, presence, reason)"
                  + " values (?, ?, ?, ?, ?)")
          .params(
              meetingId,
              m.id(),
              m.status().name(),
              presence,
              presence.equals("ABSENT_EXCUSED") ? "Đi công tác" : null)
          .update();
    }

    private long newCandidate(Organization branch, String name, LocalDate birth) {
      String code = "QCHOME1";
      jdbc.sql(
              "insert into party_member (code, full_name, search_name, birth_date, gender,"
                  + " branch_id, status, status_since) values (?, ?, ?, ?, 'FEMALE', ?,"
                  + " 'CANDIDATE', ?)")
          .params(
              code,
              name,
              name.toLowerCase(java.util.Locale.ROOT),
              birth,
              branch.id(),
              LocalDate.of(2026, 6, 1))
          .update();
      return organizations.member(code).orElseThrow().id();
    }
  }
}
