package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chibo.meeting.MeetingTestSupport.agreement;
import static vn.chibo.meeting.MeetingTestSupport.preparation;
import static vn.chibo.meeting.MeetingTestSupport.scores;
import static vn.chibo.meeting.MeetingTestSupport.votes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrganizationService;
import vn.chibo.resolution.ActionItemStatus;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.resolution.ResolutionStatus;
import vn.chibo.resolution.process.ActionItemProcess;
import vn.chibo.support.ProcessDriver;
import vn.chibo.support.ProcessTest;
import vn.chibo.workflow.InvalidInputException;

/**
 * {@code BranchMeetingProcess}, path by path, on the demo branch MB01 (Chi bộ thôn Đồng Hương): 19
 * official members, 2 exempted, 2 probationary. Each test uses its own month so the meetings do not
 * meet.
 */
@ProcessTest
class BranchMeetingProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired MeetingService meetings;
  @Autowired ResolutionService resolutions;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired NotificationService notifications;

  ProcessDriver driver;
  MeetingTestSupport support;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver = new ProcessDriver(management, taskService, identity);
    support = new MeetingTestSupport(meetings, organizations, process, identity, driver);
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  @Test
  void theDemoLoginsOfTheReadmeAreThePeopleOfBranchMB01() {
    long mb01 = organizations.organization("MB01").orElseThrow().id();
    Map<String, String> readme =
        Map.of(
            "annv", "Nguyễn Văn An",
            "lanht", "Hà Thị Lan",
            "binhtv", "Triệu Văn Bình",
            "maibt", "Bùi Thị Mai");
    readme.forEach(
        (user, name) -> {
          Member m = organizations.memberByUsername(user).orElseThrow();
          assertThat(m.fullName()).as(user).isEqualTo(name);
          assertThat(m.branchId()).as(user).isEqualTo(mb01);
        });
  }

  @Test
  void runsAWholeMonthWhenTheCommitteeApprovesFirstTime() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2027, 1));
    String id = pi.getBusinessKey();
    assertThat(id).isEqualTo("MTG-MB01-2027-01");
    assertThat(pi).isWaitingAt(BranchMeetingProcess.PREPARE_CONTENT);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult())
        .isNotNull();
    assertThat(pi)
        .task(BranchMeetingProcess.PREPARE_CONTENT)
        .hasCandidateGroup("MB01-secretary")
        .hasDueDate(
            java.util.Date.from(
                LocalDateTime.of(2027, 1, 2, 8, 0)
                    .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toInstant()));

    support.complete("annv", pi.getId(), BranchMeetingProcess.PREPARE_CONTENT, preparation());
    assertThat(pi).task(BranchMeetingProcess.AGREE_CONTENT).hasCandidateGroup("MB01-committee");
    var agreeVars =
        taskService.getVariables(
            driver.task(pi.getId(), BranchMeetingProcess.AGREE_CONTENT).getId());
    assertThat((String) agreeVars.get("agendaSummary")).contains("Thu nộp đảng phí");

    support.complete("binhtv", pi.getId(), BranchMeetingProcess.AGREE_CONTENT, agreement(true, ""));
    assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.NOTICED);
    assertThat(pi).isWaitingAt(BranchMeetingProcess.SEND_NOTICE);
    driver.runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt(BranchMeetingProcess.RECORD_MEETING);
    assertThat(pi).task(BranchMeetingProcess.RECORD_MEETING).hasCandidateGroup("MB01-minutes");

    support.recordMeeting(pi, LocalDateTime.of(2027, 1, 3, 10, 30), List.of());
    Meeting held = meetings.meeting(id);
    assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(held.heldLate()).isFalse();
    assertThat(held.durationWarning()).isNull();
    assertThat(meetings.attendance(id)).hasSize(23);
    assertThat(pi).isWaitingAt(BranchMeetingProcess.RECORD_VOTE);

    // 21 official members convened (19 + 2 exempted), the 2 exempted absent: base 19, > 1/2 is 10.
    assertThat(meetings.votePreview(id).base()).isEqualTo(19);
    support.complete("maibt", pi.getId(), BranchMeetingProcess.RECORD_VOTE, votes(18, 0, 1));
    assertThat(resolutions.resolution(id).orElseThrow().status())
        .isEqualTo(ResolutionStatus.PASSED);

    assertThat(pi).isWaitingAt(BranchMeetingProcess.ASSESS_MEETING);
    var items = resolutions.actionItemsOf(id);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).status()).isEqualTo(ActionItemStatus.OPEN);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(ActionItemProcess.KEY)
                .processInstanceBusinessKey(items.get(0).businessKey())
                .count())
        .isEqualTo(1);

    support.complete(
        "binhtv",
        pi.getId(),
        BranchMeetingProcess.ASSESS_MEETING,
        scores(5, 5, 9, 27, 9, 5, 25, 5));
    Meeting closed = meetings.meeting(id);
    assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(closed.score()).isEqualTo(90);
    assertThat(closed.grade()).isEqualTo("GOOD");
    // The summary goes up: the commune committee's secretary and deputy (the deputy is also the
    // supervising member of MB01), written with the grade, sent by the retried step.
    assertThat(pi).hasPassed("ServiceTask_ReportToSuperior").isWaitingAt("ServiceTask_SendReport");
    for (String upper : List.of("huytq", "nhunglth")) {
      var report =
          notifications.inbox(upper, 50).stream()
              .filter(n -> n.reference().equals(id) && n.title().startsWith("Báo cáo"))
              .toList();
      assertThat(report).as(upper).hasSize(1);
      assertThat(report.get(0).title())
          .isEqualTo("Báo cáo sinh hoạt chi bộ tháng 01/2027 – Chi bộ thôn Đồng Hương");
      assertThat(report.get(0).body())
          .contains("Đã họp: 03/01/2027, 08:00–10:00 (120 phút)")
          .contains("có mặt")
          .contains(
              "Nghị quyết: đã thông qua – 18 tán thành, 0 không tán thành, 1 không biểu quyết;"
                  + " căn cứ 19, cần 10")
          .contains("Nhiệm vụ giao: 1")
          .contains("Chi bộ tự đánh giá: 90 điểm – Tốt");
    }
    driver.runDueJobs(pi.getId());
    assertThat(pi).isEnded();

    // The task the meeting assigned follows its own process: reminded, overdue, reported done.
    ProcessInstance task =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(items.get(0).businessKey())
            .singleResult();
    LocalDate due = items.get(0).dueDate();
    driver.advanceTo(due.plusDays(1).atTime(9, 0), task.getId());
    assertThat(task).hasPassed("ServiceTask_SendReminder", "ServiceTask_SendEscalation");
    support.complete(
        "lanht", task.getId(), "UserTask_ReportActionItem", Map.of("actionItemResult", "DONE"));
    assertThat(task).isEnded().hasPassed("EndEvent_ActionItemDone");
    // What people typed lives in the tables; the process kept ids, groups, dates and routing flags.
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .list()
                .stream()
                .filter(v -> pi.getId().equals(v.getActivityInstanceId()))
                .filter(v -> "CREATED".equals(v.getState()))
                .map(v -> v.getName()))
        .containsExactlyInAnyOrder(
            "meetingId",
            "secretaryGroup",
            "committeeGroup",
            "minutesGroup",
            "noticeDueAt",
            "meetingDayEnd",
            "missedAt",
            "assessmentDueAt",
            "thematicMissing",
            "contentApproved",
            "absenceReviewNeeded",
            "absenceReviewMemberIds",
            "votePassed");
  }

  @Test
  void loopsBackToPreparationWhenTheCommitteeSendsTheContentBack() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2027, 2));
    support.complete("annv", pi.getId(), BranchMeetingProcess.PREPARE_CONTENT, preparation());

    assertThatThrownBy(
            () ->
                support.complete(
                    "binhtv",
                    pi.getId(),
                    BranchMeetingProcess.AGREE_CONTENT,
                    agreement(false, " ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("agreementComment");
    assertThat(pi).isWaitingAt(BranchMeetingProcess.AGREE_CONTENT);

    support.complete(
        "lanht",
        pi.getId(),
        BranchMeetingProcess.AGREE_CONTENT,
        agreement(false, "Bổ sung nội dung phòng chống thiên tai"));
    assertThat(pi).isWaitingAt(BranchMeetingProcess.PREPARE_CONTENT);
    assertThat(meetings.meeting(pi.getBusinessKey()).status()).isEqualTo(MeetingStatus.PREPARING);
    Map<String, Object> shown =
        taskService.getVariables(
            driver.task(pi.getId(), BranchMeetingProcess.PREPARE_CONTENT).getId());
    assertThat(shown.get("agreementComment")).isEqualTo("Bổ sung nội dung phòng chống thiên tai");
    assertThat((String) shown.get("agendaPartyBuilding")).contains("Thu nộp đảng phí");

    Map<String, Object> revised = preparation();
    revised.put("agendaTasks", revised.get("agendaTasks") + "\nPhòng chống thiên tai mùa mưa bão");
    support.complete("annv", pi.getId(), BranchMeetingProcess.PREPARE_CONTENT, revised);
    support.complete(
        "binhtv", pi.getId(), BranchMeetingProcess.AGREE_CONTENT, agreement(true, null));
    driver.runDueJobs(pi.getId());
    assertThat(pi)
        .hasPassedInOrder(
            BranchMeetingProcess.PREPARE_CONTENT,
            BranchMeetingProcess.AGREE_CONTENT,
            BranchMeetingProcess.PREPARE_CONTENT,
            BranchMeetingProcess.AGREE_CONTENT,
            BranchMeetingProcess.SEND_NOTICE)
        .isWaitingAt(BranchMeetingProcess.RECORD_MEETING);
    assertThat(meetings.agenda(pi.getBusinessKey()))
        .extracting(AgendaItem::title)
        .contains("Phòng chống thiên tai mùa mưa bão");
  }

  @Test
  void refusesIncompletePreparationAndWritesNothing() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2027, 4));
    Map<String, Object> bad = preparation();
    bad.put("agendaPolitical", "  ");
    bad.put("meetingTime", "25:00");
    assertThatThrownBy(
            () -> support.complete("annv", pi.getId(), BranchMeetingProcess.PREPARE_CONTENT, bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("agendaPolitical")
        .hasMessageContaining("meetingTime");
    assertThat(pi).isWaitingAt(BranchMeetingProcess.PREPARE_CONTENT);
    assertThat(meetings.meeting(pi.getBusinessKey()).status()).isEqualTo(MeetingStatus.PREPARING);
    assertThat(meetings.agenda(pi.getBusinessKey())).isEmpty();
    assertThat(resolutions.resolution(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void warnsSecretaryAndSuperiorWhenTheContentIsNotAgreedInTimeForTheNotice() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2028, 1));
    support.complete("annv", pi.getId(), BranchMeetingProcess.PREPARE_CONTENT, preparation());
    // The notice is due one day before 08:00 on Monday 3 January 2028.
    driver.advanceTo(LocalDateTime.of(2028, 1, 2, 7, 59), pi.getId());
    assertThat(meetings.meeting(pi.getBusinessKey()).agreementLate()).isFalse();
    driver.advanceTo(LocalDateTime.of(2028, 1, 2, 8, 1), pi.getId());
    assertThat(meetings.meeting(pi.getBusinessKey()).agreementLate()).isTrue();
    assertThat(pi).hasPassed("ServiceTask_WarnLateAgreement", "ServiceTask_SendLateWarning");
    assertThat(pi).isWaitingAt(BranchMeetingProcess.AGREE_CONTENT);

    support.complete(
        "binhtv", pi.getId(), BranchMeetingProcess.AGREE_CONTENT, agreement(true, null));
    driver.runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt(BranchMeetingProcess.RECORD_MEETING);
  }

  @Test
  void revisesTheDraftAfterAFailedVoteAndPassesItTheSecondTime() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2027, 7));
    support.prepareAndAgree(pi);
    support.recordMeeting(pi, LocalDateTime.of(2027, 7, 3, 11, 0), List.of());

    support.complete("maibt", pi.getId(), BranchMeetingProcess.RECORD_VOTE, votes(9, 8, 2));
    assertThat(resolutions.resolution(pi.getBusinessKey()).orElseThrow().status())
        .isEqualTo(ResolutionStatus.FAILED);
    assertThat(pi).isWaitingAt(BranchMeetingProcess.REVISE_OR_CONCLUDE);

    Map<String, Object> revise = new HashMap<>();
    revise.put("failedVoteAction", "REVISE");
    revise.put("draftResolution", "Dự thảo đã sửa theo ý kiến đảng viên.");
    support.complete("annv", pi.getId(), BranchMeetingProcess.REVISE_OR_CONCLUDE, revise);
    assertThat(pi).isWaitingAt(BranchMeetingProcess.RECORD_VOTE);
    support.complete("maibt", pi.getId(), BranchMeetingProcess.RECORD_VOTE, votes(10, 7, 2));
    var resolution = resolutions.resolution(pi.getBusinessKey()).orElseThrow();
    assertThat(resolution.status()).isEqualTo(ResolutionStatus.PASSED);
    assertThat(resolution.revision()).isEqualTo(2);
    assertThat(resolution.draft()).isEqualTo("Dự thảo đã sửa theo ý kiến đảng viên.");
    assertThat(pi).isWaitingAt(BranchMeetingProcess.ASSESS_MEETING);
  }

  @Test
  void endsWithAConclusionOnlyWhenTheMeetingGivesUpTheResolution() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2027, 8));
    support.prepareAndAgree(pi);
    support.recordMeeting(pi, LocalDateTime.of(2027, 8, 3, 11, 0), List.of());
    support.complete("maibt", pi.getId(), BranchMeetingProcess.RECORD_VOTE, votes(5, 10, 4));
    support.complete(
        "annv",
        pi.getId(),
        BranchMeetingProcess.REVISE_OR_CONCLUDE,
        Map.of("failedVoteAction", "CONCLUDE"));
    assertThat(resolutions.resolution(pi.getBusinessKey()).orElseThrow().status())
        .isEqualTo(ResolutionStatus.CONCLUSION);
    assertThat(pi).isWaitingAt(BranchMeetingProcess.ASSESS_MEETING);
    var item = resolutions.actionItemsOf(pi.getBusinessKey()).get(0);
    assertThat(item.status()).isEqualTo(ActionItemStatus.OPEN);
    ProcessInstance task =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(item.businessKey())
            .singleResult();
    support.complete(
        "lanht",
        task.getId(),
        "UserTask_ReportActionItem",
        Map.of("actionItemResult", "NOT_DONE", "reportNote", "Chưa đủ kinh phí"));
    assertThat(task).isEnded().hasPassed("EndEvent_CarriedOver");

    // Next month the unfinished task is on the agenda, within its part, not after all of them.
    ProcessInstance next = support.open("MB01", YearMonth.of(2027, 9));
    support.complete("annv", next.getId(), BranchMeetingProcess.PREPARE_CONTENT, preparation());
    var agenda = meetings.agenda(next.getBusinessKey());
    assertThat(agenda)
        .anyMatch(a -> a.sourceActionItemId() != null && a.sourceActionItemId() == item.id());
    assertThat(agenda.stream().map(a -> a.section()).toList())
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
  }

  @Test
  void refusesMoreVotesThanTheBase() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2027, 10));
    support.prepareAndAgree(pi);
    support.recordMeeting(pi, LocalDateTime.of(2027, 10, 3, 11, 0), List.of());
    assertThatThrownBy(
            () ->
                support.complete(
                    "maibt", pi.getId(), BranchMeetingProcess.RECORD_VOTE, votes(19, 1, 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("votesFor");
    assertThat(pi).isWaitingAt(BranchMeetingProcess.RECORD_VOTE);
    assertThat(resolutions.resolution(pi.getBusinessKey()).orElseThrow().isVoted()).isFalse();
  }

  @Test
  void marksTheMeetingMissedAndStillAcceptsALateRecord() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2027, 11));
    support.prepareAndAgree(pi);
    // Wednesday 3 November 2027; missed after the end of the day plus one day of grace.
    driver.advanceTo(LocalDateTime.of(2027, 11, 4, 23, 59), pi.getId());
    assertThat(meetings.meeting(pi.getBusinessKey()).status()).isEqualTo(MeetingStatus.NOTICED);
    driver.advanceTo(LocalDateTime.of(2027, 11, 5, 0, 1), pi.getId());
    assertThat(meetings.meeting(pi.getBusinessKey()).status()).isEqualTo(MeetingStatus.MISSED);
    assertThat(pi)
        .hasPassed("ServiceTask_MarkMissed")
        .isWaitingAt(BranchMeetingProcess.RECORD_MEETING);

    ProcessDriver.clockAt(LocalDateTime.of(2027, 11, 8, 20, 0));
    String record = support.record(pi.getBusinessKey(), LocalDate.of(2027, 11, 7), List.of());
    support.complete(
        "annv", pi.getId(), BranchMeetingProcess.RECORD_MEETING, Map.of("meetingRecord", record));
    Meeting late = meetings.meeting(pi.getBusinessKey());
    assertThat(late.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(late.heldLate()).isTrue();
    assertThat(pi).isWaitingAt(BranchMeetingProcess.RECORD_VOTE);
  }

  @Test
  void asksForAThematicMeetingWhenTheLastMonthOfAQuarterOpensWithoutOne() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2028, 3));
    driver.runDueJobs(pi.getId());
    assertThat(pi).hasPassed("ServiceTask_WarnThematicMissing", "ServiceTask_SendThematicWarning");
    assertThat(pi)
        .isWaitingAt(BranchMeetingProcess.PLAN_THEMATIC, BranchMeetingProcess.PREPARE_CONTENT);
    assertThat(pi).task(BranchMeetingProcess.PLAN_THEMATIC).hasCandidateGroup("MB01-secretary");

    Map<String, Object> plan = new HashMap<>();
    plan.put("thematicPlacement", "SEPARATE");
    plan.put("thematicTopic", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    plan.put("thematicDate", "2028-03-20");
    support.complete("annv", pi.getId(), BranchMeetingProcess.PLAN_THEMATIC, plan);
    var thematic = meetings.findMeeting("MTG-MB01-2028-03-CD1").orElseThrow();
    assertThat(thematic.kind()).isEqualTo(MeetingKind.THEMATIC);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(thematic.id())
                .processDefinitionKey(BranchMeetingProcess.KEY)
                .count())
        .isEqualTo(1);
    // The next quarter-end month opens with that thematic meeting counted for its own quarter only.
    assertThat(meetings.thematicMissing(pi.getBusinessKey())).isFalse();
  }

  @Test
  void doesNotAskForAThematicMeetingOutsideTheLastMonthOfAQuarter() {
    ProcessInstance pi = support.open("MB01", YearMonth.of(2028, 2));
    assertThat(pi).hasPassed("EndEvent_ThematicNotNeeded");
    assertThat(pi).isWaitingAt(BranchMeetingProcess.PREPARE_CONTENT);
  }

  @Test
  void putsAMemberWithThreeUnexcusedAbsencesBeforeTheCommittee() {
    Member absentee =
        meetings
            .rollOf(meetings.meeting(support.open("MB01", YearMonth.of(2028, 5)).getBusinessKey()))
            .stream()
            .filter(
                m ->
                    m.status() == vn.chibo.organization.MemberStatus.OFFICIAL
                        && !List.of("annv", "lanht", "binhtv", "maibt").contains(m.username()))
            .findFirst()
            .orElseThrow();
    ProcessInstance may =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey("MTG-MB01-2028-05")
            .singleResult();
    support.prepareAndAgree(may);
    support.recordMeeting(may, LocalDateTime.of(2028, 5, 3, 11, 0), List.of(absentee.code()));
    assertThat(may).isWaitingAt(BranchMeetingProcess.RECORD_VOTE);

    for (int month : new int[] {7, 8}) {
      ProcessInstance pi = support.open("MB01", YearMonth.of(2028, month));
      support.prepareAndAgree(pi);
      support.recordMeeting(pi, LocalDateTime.of(2028, month, 3, 11, 0), List.of(absentee.code()));
      if (month == 7) {
        assertThat(pi).isWaitingAt(BranchMeetingProcess.RECORD_VOTE);
        assertThat(driver.task(pi.getId(), BranchMeetingProcess.REVIEW_ABSENCE)).isNull();
      } else {
        assertThat(pi)
            .isWaitingAt(BranchMeetingProcess.RECORD_VOTE, BranchMeetingProcess.REVIEW_ABSENCE);
        assertThat(pi)
            .task(BranchMeetingProcess.REVIEW_ABSENCE)
            .hasCandidateGroup("MB01-committee");
        var shown =
            taskService.getVariables(
                driver.task(pi.getId(), BranchMeetingProcess.REVIEW_ABSENCE).getId());
        assertThat((String) shown.get("absenceSummary")).contains(absentee.fullName());
        support.complete(
            "annv",
            pi.getId(),
            BranchMeetingProcess.REVIEW_ABSENCE,
            Map.of(
                "absenceDecision", "PROPOSE_REMOVAL",
                "absenceReviewNote", "Vắng 3 lần liên tiếp không lý do, đã nhắc nhở"));
        assertThat(pi).hasPassed("EndEvent_AbsenceReviewed");
      }
    }
  }
}
