package vn.chibo.admission.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chibo.admission.probation.ProbationTestSupport.decision;
import static vn.chibo.admission.probation.ProbationTestSupport.vote;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.admission.probation.process.ProbationProcess;
import vn.chibo.notification.Notice;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;

/**
 * The path every probation should take, against the database of the subclass: the timer twelve
 * months after the ceremony, the review, a branch vote that reaches two thirds, the standing
 * committee's recognition with effect from the day probation ended. Branch PT01 (under the commune
 * committee of Mỹ Bằng, which is its competent committee) has six official members.
 */
abstract class ProbationScenarios {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired OrganizationService organizations;
  @Autowired ProbationService probation;
  @Autowired NotificationService notifications;
  @Autowired JdbcClient jdbc;

  ProbationTestSupport support;
  ProcessDriver driver;

  @BeforeEach
  void setUpSupport() {
    AbstractAssertions.init(engine);
    support =
        new ProbationTestSupport(
            jdbc, organizations, probation, runtime, identity, taskService, management);
    driver = support.driver;
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(VN).toInstant());
  }

  static Date at(LocalDateTime t) {
    return Date.from(t.atZone(VN).toInstant());
  }

  @Test
  void recognisesOnTimeWithEffectFromTheDayProbationEnded() {
    LocalDate ceremony = LocalDate.of(2026, 1, 12);
    ProcessDriver.clockAt(ceremony.atTime(10, 0));
    var branch = support.branch(1, "MB", 6);
    long memberId = support.probationary(branch, 6, ceremony);
    long mentorId = branch.officials().get(1);
    String memberUser = support.user(memberId);
    String mentorUser = support.user(mentorId);

    String caseId = probation.open(memberId, ceremony, mentorId, branch.secretary());
    assertThat(caseId).isEqualTo("PRB-PT01-1");
    assertThat(probation.open(memberId, ceremony, mentorId, branch.secretary()))
        .as("opening again is the same case")
        .isEqualTo(caseId);
    ProbationCase opened = probation.probationCase(caseId);
    assertThat(opened.probationEnd()).isEqualTo(LocalDate.of(2027, 1, 12));
    // 30 working days after Tuesday 12/01/2027 with the Tết Đinh Mùi days off in between.
    assertThat(opened.voteDue()).isEqualTo(LocalDate.of(2027, 3, 2));
    ProcessInstance pi = support.instance(caseId);
    assertThat(pi).isWaitingAt(ProbationProcess.PROBATION_ENDED);

    driver.advanceTo(LocalDateTime.of(2027, 1, 12, 6, 59), pi.getId());
    assertThat(pi).isWaitingAt(ProbationProcess.PROBATION_ENDED);
    driver.advanceTo(LocalDateTime.of(2027, 1, 12, 7, 1), pi.getId());
    assertThat(pi)
        .hasPassed(ProbationProcess.SEND_PROBATION_END_NOTICE)
        .isWaitingAt(ProbationProcess.WRITE_SELF_REVIEW);
    assertThat(pi)
        .task(ProbationProcess.WRITE_SELF_REVIEW)
        .hasCandidateUser(memberUser)
        .hasDueDate(endOfDay(LocalDate.of(2027, 3, 2)));
    assertThat(support.candidateGroups(pi, ProbationProcess.WRITE_SELF_REVIEW)).isEmpty();
    for (String told : new String[] {memberUser, mentorUser, branch.secretary()}) {
      assertThat(notifications.inbox(told, 20))
          .as(told)
          .filteredOn(n -> caseId.equals(n.reference()))
          .extracting(Notice::title)
          .containsExactly("Hết thời gian dự bị – đồng chí " + support.fullName(memberId));
    }
    assertThat(notifications.inbox(memberUser, 20).get(0).body())
        .contains("trước ngày 02/03/2027")
        .contains("10-KNĐ");

    support.reviewUpToTheVote(
        pi, memberUser, mentorUser, branch.secretary(), LocalDate.of(2027, 1, 14));
    assertThat(pi)
        .task(ProbationProcess.RECORD_VOTE)
        .hasCandidateGroup("PT01-secretary")
        .hasDueDate(endOfDay(LocalDate.of(2027, 3, 2)));
    var shown =
        taskService.getVariables(driver.task(pi.getId(), ProbationProcess.RECORD_VOTE).getId());
    assertThat((String) shown.get("voteSummary"))
        .contains("6 đảng viên chính thức")
        .contains("ít nhất 4 phiếu");
    assertThat((String) shown.get("reviewText")).contains("Công đoàn và Đoàn Thanh niên");

    ProcessDriver.clockAt(LocalDateTime.of(2027, 1, 25, 20, 0));
    support.complete(
        branch.secretary(),
        pi,
        ProbationProcess.RECORD_VOTE,
        vote(LocalDate.of(2027, 1, 25), 5, 1));
    assertThat(probation.votes(caseId))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.base()).isEqualTo(6);
              assertThat(v.required()).isEqualTo(4);
              assertThat(v.result()).isEqualTo(ProbationVote.Result.RECOGNITION);
            });
    assertThat(pi)
        .task(ProbationProcess.DECIDE)
        .hasCandidateGroup("MB-standing")
        .hasDueDate(endOfDay(LocalDate.of(2027, 3, 15)));

    ProcessDriver.clockAt(LocalDateTime.of(2027, 2, 22, 9, 0));
    support.complete(
        "nhunglth",
        pi,
        ProbationProcess.DECIDE,
        decision("RECOGNITION", "125-QĐ/ĐU", LocalDate.of(2027, 2, 22)));
    Member official = organizations.member(memberId).orElseThrow();
    assertThat(official.status()).isEqualTo(MemberStatus.OFFICIAL);
    assertThat(official.statusSince()).isEqualTo(LocalDate.of(2027, 1, 12));
    assertThat(official.recognitionDate()).isEqualTo(LocalDate.of(2027, 1, 12));
    assertThat(probation.probationCase(caseId).status()).isEqualTo(ProbationStatus.RECOGNISED);
    assertThat(probation.openCaseOf(memberId)).isEmpty();
    assertThat(pi)
        .hasPassed(ProbationProcess.RECOGNISE_MEMBER)
        .isWaitingAt(ProbationProcess.SEND_RECOGNITION_NOTICE);
    driver.runDueJobs(pi.getId());
    assertThat(pi).isEnded().hasPassed(ProbationProcess.RECOGNISED);
    assertThat(notifications.inbox(branch.secretary(), 20))
        .filteredOn(n -> caseId.equals(n.reference()))
        .extracting(Notice::body)
        .anySatisfy(
            body ->
                assertThat(body)
                    .contains("Quyết định số 125-QĐ/ĐU ngày 22/02/2027")
                    .contains("công nhận đảng viên chính thức kể từ ngày 12/01/2027"));
    // What people wrote lives in the tables; the process kept ids, candidates, dates and flags.
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .list()
                .stream()
                .filter(v -> pi.getId().equals(v.getActivityInstanceId()))
                .map(v -> v.getName()))
        .containsExactlyInAnyOrder(
            "memberId",
            "probationEndsAt",
            "voteDueAt",
            "secretaryGroup",
            "superiorGroup",
            "decisionGroup",
            "selfReviewUsers",
            "selfReviewGroups",
            "mentorReportUsers",
            "mentorReportGroups",
            "voteConclusive",
            "superiorReviewNeeded",
            "decisionDueAt",
            "decisionExtended",
            "recognised");
  }
}
