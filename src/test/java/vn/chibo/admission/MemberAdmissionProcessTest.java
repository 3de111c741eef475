package vn.chibo.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.StepConflictException;

/**
 * {@code MemberAdmissionProcess}, path by path. Cases of Chi bộ thôn Đồng Hương (MB01) go straight
 * to the commune committee, which decides; cases of Chi bộ Phòng Kỹ thuật (MXXM2) go through the
 * cement company's grassroots committee first. MB01 has 21 official members (2 of them exempted):
 * two thirds is 14. The probation a ceremony starts is measured by its own test class.
 */
@org.springframework.boot.test.context.SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:admission-process;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "chibo.test.coverage-exclude=ProbationProcess"
    })
@org.springframework.context.annotation.Import(vn.chibo.support.ProcessCoverage.class)
class MemberAdmissionProcessTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired AdmissionService admissions;
  @Autowired MemberAdmissionProcess process;
  @Autowired OrganizationService organizations;
  @Autowired NotificationService notifications;
  @Autowired JdbcClient jdbc;

  ProcessDriver driver;
  AdmissionTestSupport support;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver = new ProcessDriver(management, taskService, identity);
    support = new AdmissionTestSupport(admissions, process, organizations, identity, driver, jdbc);
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  @Test
  void admitsACandidateStepByStepWithDeadlinesInWorkingDaysAcrossTet() {
    ProcessDriver.clockAt(LocalDateTime.of(2026, 1, 5, 9, 0));
    long applicant = support.candidate("MB01", "Đinh Văn Khoa", LocalDate.of(2000, 5, 20));
    AdmissionCase c = process.open(applicant, "annv");
    assertThat(c.id()).startsWith("ADM-MB01-");
    assertThat(organizations.member(applicant).orElseThrow().status())
        .isEqualTo(MemberStatus.APPLICANT);
    ProcessInstance pi = instance(c.id());
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.ASSIGN_MENTOR);
    assertThat(pi).task().hasCandidateGroup("MB01-secretary");

    support.complete(
        "annv",
        pi.getId(),
        MemberAdmissionProcess.ASSIGN_MENTOR,
        Map.of("mentorMemberId", (int) support.memberId("binhtv")));
    assertThat(admissions.admissionCase(c.id()).mentorMemberId())
        .isEqualTo(support.memberId("binhtv"));
    support.uploadDossier(c.id(), LocalDate.of(2026, 1, 5), "annv");
    support.complete(
        "annv",
        pi.getId(),
        MemberAdmissionProcess.COMPILE_DOSSIER,
        support.dossier(support.memberId("lanht"), support.memberId("maibt")));

    // The applicant, the father and the mother, each verified by the branch committee.
    var verifications =
        taskService
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(MemberAdmissionProcess.VERIFY_BACKGROUND)
            .list();
    assertThat(verifications).hasSize(3);
    assertThat(pi)
        .task(taskService.createTaskQuery().taskId(verifications.get(0).getId()))
        .hasCandidateGroup("MB01-committee");
    verifyAll(pi, "binhtv");

    assertThat(pi)
        .hasPassed("ServiceTask_CheckEligibility")
        .isWaitingAt(MemberAdmissionProcess.RECORD_BRANCH_VOTE);
    AdmissionCase eligible = admissions.admissionCase(c.id());
    assertThat(eligible.stage()).isEqualTo(AdmissionStage.BRANCH_VOTE);
    assertThat(eligible.eligibilityRuleSet()).contains("294-QĐ/TW");

    ProcessDriver.clockAt(LocalDateTime.of(2026, 1, 15, 20, 0));
    support.complete(
        "maibt",
        pi.getId(),
        MemberAdmissionProcess.RECORD_BRANCH_VOTE,
        AdmissionTestSupport.vote(LocalDate.of(2026, 1, 15), 14, 5, 2));
    AdmissionCase voted = admissions.admissionCase(c.id());
    assertThat(voted.voteBase()).isEqualTo(21);
    assertThat(voted.voteRequired()).isEqualTo(14);
    // 60 working days from 15/1/2026, Tết Bính Ngọ (16–20/2) not counted: 16/4, not 9/4.
    assertThat(voted.decisionDue()).isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(pi)
        .hasPassed("ExclusiveGateway_ReviewNeeded")
        .isWaitingAt(MemberAdmissionProcess.DECIDE_ADMISSION);
    assertThat(pi).task().hasCandidateGroup("MB-committee").hasDueDate(endOfDay(2026, 4, 16));

    ProcessDriver.clockAt(LocalDateTime.of(2026, 3, 2, 9, 0));
    support.complete(
        "huytq",
        pi.getId(),
        MemberAdmissionProcess.DECIDE_ADMISSION,
        AdmissionTestSupport.approve("125-QĐ/ĐU", LocalDate.of(2026, 2, 27)));
    AdmissionCase decided = admissions.admissionCase(c.id());
    assertThat(decided.stage()).isEqualTo(AdmissionStage.CEREMONY);
    assertThat(decided.decisionReceived()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(decided.ceremonyDue()).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(pi).isWaitingAt("ServiceTask_SendOutcome");
    assertThat(notifications.inbox("annv", 50))
        .anyMatch(
            n -> n.reference().equals(c.id()) && n.title().startsWith("Đã có quyết định kết nạp"));
    driver.runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.HOLD_CEREMONY);
    assertThat(pi).task().hasCandidateGroup("MB01-secretary").hasDueDate(endOfDay(2026, 4, 13));

    ProcessDriver.clockAt(LocalDateTime.of(2026, 3, 20, 9, 0));
    support.complete(
        "annv",
        pi.getId(),
        MemberAdmissionProcess.HOLD_CEREMONY,
        Map.of("ceremonyDate", "2026-03-19"));
    Member admitted = organizations.member(applicant).orElseThrow();
    assertThat(admitted.status()).isEqualTo(MemberStatus.PROBATIONARY);
    assertThat(admitted.statusSince()).isEqualTo(LocalDate.of(2026, 3, 19));
    assertThat(admitted.ceremonyDate()).isEqualTo(LocalDate.of(2026, 3, 19));
    assertThat(admitted.admissionDecisionDate()).isEqualTo(LocalDate.of(2026, 2, 27));
    // Probation starts with the ceremony, with the same mentor.
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("ProbationProcess")
                .variableValueEquals("memberId", applicant)
                .count())
        .isEqualTo(1);
    assertThat(pi)
        .task()
        .hasDueDate(
            Date.from(
                admissions
                    .admissionCase(c.id())
                    .memberFileDue()
                    .atTime(23, 59, 59)
                    .atZone(VN)
                    .toInstant()));

    support.complete(
        "annv",
        pi.getId(),
        MemberAdmissionProcess.COMPLETE_MEMBER_FILE,
        Map.of("memberFileCompleted", "2026-03-20"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Admitted");
    AdmissionCase closed = admissions.admissionCase(c.id());
    assertThat(closed.stage()).isEqualTo(AdmissionStage.ADMITTED);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(admissions.timeline(c.id())).hasSizeGreaterThanOrEqualTo(10);
    // The case data is in the tables; the process kept ids, groups, dates and routing flags.
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .list()
                .stream()
                .filter(v -> pi.getId().equals(v.getActivityInstanceId()))
                .map(v -> v.getName()))
        .containsExactlyInAnyOrder(
            "caseId",
            "secretaryGroup",
            "committeeGroup",
            "minutesGroup",
            "reviewNeeded",
            "reviewGroup",
            "decisionGroup",
            "superiorGroup",
            "verificationIds",
            "eligible",
            "branchVotePassed",
            "decisionDueAt",
            "decisionExtended",
            "admitted",
            "ceremonyDueAt",
            "memberFileDueAt");
  }

  @Test
  void sendsTheDossierBackWithEveryReasonWhenNotEligibleAndAcceptsItWhenFixed() {
    ProcessDriver.clockAt(LocalDateTime.of(2026, 9, 1, 9, 0));
    long applicant = support.candidate("MB01", "Hà Văn Lợi", LocalDate.of(1999, 2, 2));
    AdmissionCase c = openWithMentor(applicant);
    ProcessInstance pi = instance(c.id());
    support.uploadDossier(c.id(), LocalDate.of(2026, 8, 20), "annv");
    // A certificate from 2021 is more than 60 months old on 1/9/2026.
    admissions.upload(
        c.id(), "CERTIFICATE", "2021-06-15", "chung-nhan-cu.pdf", AdmissionTestSupport.PDF, "annv");
    support.complete(
        "annv",
        pi.getId(),
        MemberAdmissionProcess.COMPILE_DOSSIER,
        support.dossier(support.memberId("lanht"), support.memberId("maibt")));
    verifyAll(pi, "binhtv");

    assertThat(pi)
        .hasPassed("ServiceTask_CheckEligibility")
        .isWaitingAt(MemberAdmissionProcess.COMPILE_DOSSIER);
    AdmissionCase back = admissions.admissionCase(c.id());
    assertThat(back.stage()).isEqualTo(AdmissionStage.DOSSIER);
    assertThat(back.eligibilityReasons()).contains("60 tháng");
    assertThat(notifications.inbox("annv", 50))
        .anyMatch(n -> n.reference().equals(c.id()) && n.title().contains("chưa đủ điều kiện"));

    admissions.upload(
        c.id(),
        "CERTIFICATE",
        "2026-08-25",
        "chung-nhan-moi.pdf",
        AdmissionTestSupport.PDF,
        "annv");
    support.complete(
        "annv",
        pi.getId(),
        MemberAdmissionProcess.COMPILE_DOSSIER,
        support.dossier(support.memberId("lanht"), support.memberId("maibt")));
    verifyAll(pi, "binhtv");
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.RECORD_BRANCH_VOTE);
    assertThat(admissions.admissionCase(c.id()).eligibilityReasons()).isNull();
  }

  @Test
  void treatsABackgroundConcernAsAReasonToCompleteTheDossier() {
    ProcessDriver.clockAt(LocalDateTime.of(2026, 9, 2, 9, 0));
    long applicant = support.candidate("MB01", "Hà Văn Tùng", LocalDate.of(1999, 2, 2));
    AdmissionCase c = openWithMentor(applicant);
    ProcessInstance pi = instance(c.id());
    support.uploadDossier(c.id(), LocalDate.of(2026, 8, 20), "annv");
    support.complete(
        "annv",
        pi.getId(),
        MemberAdmissionProcess.COMPILE_DOSSIER,
        support.dossier(support.memberId("lanht"), support.memberId("maibt")));
    var tasks =
        taskService
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(MemberAdmissionProcess.VERIFY_BACKGROUND)
            .list();
    // A concern without saying what must be cleared is refused.
    assertThatThrownBy(
            () ->
                driver.completeAs(
                    "binhtv",
                    support.groupsOf("binhtv"),
                    tasks.get(0).getId(),
                    Map.of("verificationResult", "CONCERN")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("verificationNote");
    driver.completeAs(
        "binhtv",
        support.groupsOf("binhtv"),
        tasks.get(0).getId(),
        Map.of("verificationResult", "CONCERN", "verificationNote", "Chưa xác minh nơi cư trú"));
    for (var t : tasks.subList(1, tasks.size())) {
      driver.completeAs(
          "binhtv", support.groupsOf("binhtv"), t.getId(), Map.of("verificationResult", "CLEAR"));
    }
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.COMPILE_DOSSIER);
    assertThat(admissions.admissionCase(c.id()).eligibilityReasons())
        .contains("Chưa xác minh nơi cư trú");
  }

  @Test
  void closesTheCaseAndKeepsTheCandidateWhenFewerThanTwoThirdsOfOfficialMembersAgree() {
    ProcessDriver.clockAt(LocalDateTime.of(2026, 10, 1, 9, 0));
    long applicant = support.candidate("MB01", "Lý Văn Nam", LocalDate.of(1998, 3, 3));
    ProcessInstance pi = toBranchVote(applicant);
    // 13 of 21 is below two thirds, however many were present.
    support.complete(
        "maibt",
        pi.getId(),
        MemberAdmissionProcess.RECORD_BRANCH_VOTE,
        AdmissionTestSupport.vote(LocalDate.of(2026, 10, 1), 13, 0, 0));
    assertThat(pi).isEnded().hasPassed("EndEvent_NotAdmitted");
    AdmissionCase c = admissions.admissionCase(pi.getBusinessKey());
    assertThat(c.stage()).isEqualTo(AdmissionStage.NOT_ADMITTED);
    assertThat(c.outcomeReason()).contains("13/21").contains("cần 14");
    assertThat(organizations.member(applicant).orElseThrow().status())
        .isEqualTo(MemberStatus.CANDIDATE);
    // The candidate may be proposed again later: a new case, a new number.
    AdmissionCase again = process.open(applicant, "annv");
    assertThat(again.id()).isNotEqualTo(c.id());
  }

  @Test
  void refusesAnIncompleteDossierABadFileAndASecondOpenCaseWritingNothing() {
    ProcessDriver.clockAt(LocalDateTime.of(2026, 10, 2, 9, 0));
    long applicant = support.candidate("MB01", "Vi Văn Đạt", LocalDate.of(1998, 3, 3));
    AdmissionCase c = openWithMentor(applicant);
    ProcessInstance pi = instance(c.id());
    assertThatThrownBy(() -> process.open(applicant, "annv"))
        .isInstanceOf(StepConflictException.class)
        .hasMessageContaining("Đã có hồ sơ kết nạp đang mở");
    assertThatThrownBy(
            () ->
                admissions.upload(
                    c.id(),
                    "APPLICATION",
                    "2026-10-01",
                    "don.exe",
                    "MZ not a pdf".getBytes(),
                    "annv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("file: chỉ nhận tệp PDF, JPEG hoặc PNG");
    assertThatThrownBy(
            () ->
                admissions.upload(
                    c.id(),
                    "APPLICATION",
                    "2030-01-01",
                    "don.pdf",
                    AdmissionTestSupport.PDF,
                    "annv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("documentDate");
    assertThat(admissions.documents(c.id())).isEmpty();
    Map<String, Object> dossier =
        support.dossier(support.memberId("lanht"), support.memberId("lanht"));
    dossier.remove("education");
    assertThatThrownBy(
            () ->
                support.complete(
                    "annv", pi.getId(), MemberAdmissionProcess.COMPILE_DOSSIER, dossier))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("education: chưa chọn trình độ học vấn")
        .hasMessageContaining("introducer2MemberId: một người chỉ giới thiệu một lần")
        .hasMessageContaining("documents: hồ sơ còn thiếu: Đơn xin vào Đảng (mẫu 1-KNĐ)");
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.COMPILE_DOSSIER);
    assertThat(admissions.admissionCase(c.id()).stage()).isEqualTo(AdmissionStage.DOSSIER);
    assertThat(admissions.introducers(c.id())).isEmpty();
  }

  @Test
  void aSubordinateBranchGoesThroughItsGrassrootsCommitteeBeforeTheCompetentOneDecides() {
    ProcessInstance pi = toGrassrootsReview("Tạ Văn Hùng", LocalDate.of(2026, 10, 5));
    AdmissionCase c = admissions.admissionCase(pi.getBusinessKey());
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.REVIEW_ADMISSION);
    assertThat(pi).task().hasCandidateGroup("MXXM-committee");
    assertThat(admissions.admissionCase(c.id()).stage()).isEqualTo(AdmissionStage.REVIEW);
    support.complete(
        "tuandm",
        pi.getId(),
        MemberAdmissionProcess.REVIEW_ADMISSION,
        Map.of("reviewDecision", "APPROVE", "reviewNote", "Đủ tiêu chuẩn"));
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.DECIDE_ADMISSION);
    assertThat(pi).task().hasCandidateGroup("MX-committee");
    support.complete(
        "khainv",
        pi.getId(),
        MemberAdmissionProcess.DECIDE_ADMISSION,
        AdmissionTestSupport.approve("12-QĐ/ĐU", LocalDate.of(2026, 10, 5), 1));
    driver.runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.HOLD_CEREMONY);
  }

  @Test
  void endsTheCaseWhenTheGrassrootsCommitteeDisagreesAndTellsTheBranchWhy() {
    ProcessInstance pi = toGrassrootsReview("Tạ Văn Bảo", LocalDate.of(2026, 10, 6));
    AdmissionCase c = admissions.admissionCase(pi.getBusinessKey());
    String secretary = support.secretaryOf("MXXM2");
    assertThatThrownBy(
            () ->
                support.complete(
                    "tuandm",
                    pi.getId(),
                    MemberAdmissionProcess.REVIEW_ADMISSION,
                    Map.of("reviewDecision", "REJECT")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reviewNote");
    support.complete(
        "tuandm",
        pi.getId(),
        MemberAdmissionProcess.REVIEW_ADMISSION,
        Map.of("reviewDecision", "REJECT", "reviewNote", "Chưa rõ quá trình công tác"));
    driver.runDueJobs(pi.getId());
    assertThat(pi).isEnded().hasPassed("ServiceTask_TellBranch", "EndEvent_Rejected");
    assertThat(admissions.admissionCase(c.id()).stage()).isEqualTo(AdmissionStage.REJECTED);
    assertThat(notifications.inbox(secretary, 50))
        .anyMatch(
            n -> n.reference().equals(c.id()) && n.body().contains("Chưa rõ quá trình công tác"));
  }

  @Test
  void theCommitteeMayRejectWithAReasonAndTheCandidateStaysOnTheList() {
    ProcessDriver.clockAt(LocalDateTime.of(2026, 10, 7, 9, 0));
    long applicant = support.candidate("MB01", "Lò Văn Sơn", LocalDate.of(1998, 3, 3));
    ProcessInstance pi = toDecision(applicant, LocalDate.of(2026, 10, 7));
    support.complete(
        "huytq",
        pi.getId(),
        MemberAdmissionProcess.DECIDE_ADMISSION,
        Map.of("admissionDecision", "REJECT", "decisionReason", "Chưa đạt yêu cầu về lý lịch"));
    driver.runDueJobs(pi.getId());
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected");
    assertThat(organizations.member(applicant).orElseThrow().status())
        .isEqualTo(MemberStatus.CANDIDATE);
    assertThat(notifications.inbox("annv", 50))
        .anyMatch(
            n ->
                n.reference().equals(pi.getBusinessKey())
                    && n.body().contains("Chưa đạt yêu cầu về lý lịch"));
  }

  @Test
  void escalatesALateDecisionToTheCommitteeAboveAndAllowsOneExtensionOnly() {
    ProcessDriver.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
    long applicant = support.candidate("MB01", "Lò Văn Tâm", LocalDate.of(1998, 3, 3));
    ProcessInstance pi = toDecision(applicant, LocalDate.of(2026, 6, 1));
    AdmissionCase c = admissions.admissionCase(pi.getBusinessKey());
    LocalDate due = c.decisionDue();
    driver.advanceTo(due.plusDays(1).atTime(9, 0), pi.getId());
    assertThat(pi)
        .hasPassed(
            "ServiceTask_EscalateDecision",
            "ServiceTask_SendEscalation",
            "EndEvent_DecisionEscalated");
    // The province's organisation board hears of it.
    assertThat(notifications.inbox("hahtt", 50))
        .anyMatch(
            n ->
                n.reference().equals(c.id()) && n.title().startsWith("Quá hạn quyết định kết nạp"));

    support.complete(
        "huytq",
        pi.getId(),
        MemberAdmissionProcess.DECIDE_ADMISSION,
        Map.of(
            "admissionDecision",
            "EXTEND",
            "extensionDays",
            20,
            "decisionReason",
            "Chờ kết quả thẩm tra bổ sung"));
    AdmissionCase extended = admissions.admissionCase(c.id());
    assertThat(extended.decisionExtensionDays()).isEqualTo(20);
    assertThat(extended.decisionDue()).isAfter(due);
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.DECIDE_ADMISSION);
    assertThat(pi).task().hasDueDate(endOfDay(extended.decisionDue()));
    assertThatThrownBy(
            () ->
                support.complete(
                    "huytq",
                    pi.getId(),
                    MemberAdmissionProcess.DECIDE_ADMISSION,
                    Map.of(
                        "admissionDecision",
                        "EXTEND",
                        "extensionDays",
                        5,
                        "decisionReason",
                        "Lần nữa")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("đã được gia hạn một lần");
    // The commune committee has three members: two thirds is two.
    assertThatThrownBy(
            () ->
                support.complete(
                    "huytq",
                    pi.getId(),
                    MemberAdmissionProcess.DECIDE_ADMISSION,
                    AdmissionTestSupport.approve("201-QĐ/ĐU", due.plusDays(1), 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "committeeVotesFor: quyết định kết nạp cần ít nhất 2/3 cấp ủy viên tán thành");
    assertThatThrownBy(
            () ->
                support.complete(
                    "huytq",
                    pi.getId(),
                    MemberAdmissionProcess.DECIDE_ADMISSION,
                    Map.of("admissionDecision", "APPROVE")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("decisionDate")
        .hasMessageContaining("committeeVotesFor")
        .hasMessageNotContaining("decisionNumber");
    support.complete(
        "huytq",
        pi.getId(),
        MemberAdmissionProcess.DECIDE_ADMISSION,
        AdmissionTestSupport.approve("201-QĐ/ĐU", due.plusDays(1)));
    driver.runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.HOLD_CEREMONY);
  }

  @Test
  void aLateCeremonyNeedsTheDirectSuperiorsApprovalFirst() {
    ProcessDriver.clockAt(LocalDateTime.of(2026, 4, 1, 9, 0));
    long applicant = support.candidate("MB01", "Lò Văn Hải", LocalDate.of(1998, 3, 3));
    ProcessInstance pi = toCeremony(applicant, LocalDate.of(2026, 4, 1));
    AdmissionCase c = admissions.admissionCase(pi.getBusinessKey());
    LocalDate late = c.ceremonyDue().plusDays(3);
    driver.advanceTo(late.atTime(9, 0), pi.getId());
    assertThat(pi)
        .isWaitingAt(
            MemberAdmissionProcess.HOLD_CEREMONY, MemberAdmissionProcess.APPROVE_LATE_CEREMONY);
    assertThatThrownBy(
            () ->
                support.complete(
                    "annv",
                    pi.getId(),
                    MemberAdmissionProcess.HOLD_CEREMONY,
                    Map.of("ceremonyDate", late.toString())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cần cấp ủy cấp trên trực tiếp đồng ý");
    assertThat(pi)
        .task(MemberAdmissionProcess.APPROVE_LATE_CEREMONY)
        .hasCandidateGroup("MB-committee");
    support.complete(
        "nhunglth",
        pi.getId(),
        MemberAdmissionProcess.APPROVE_LATE_CEREMONY,
        Map.of("lateCeremonyDecision", "APPROVE", "lateCeremonyNote", "Đồng ý, do mùa mưa bão"));
    support.complete(
        "annv",
        pi.getId(),
        MemberAdmissionProcess.HOLD_CEREMONY,
        Map.of("ceremonyDate", late.toString()));
    assertThat(pi)
        .hasPassed("EndEvent_LateCeremonyApproved")
        .isWaitingAt(MemberAdmissionProcess.COMPLETE_MEMBER_FILE);
    assertThat(organizations.member(applicant).orElseThrow().ceremonyDate()).isEqualTo(late);
  }

  @Test
  void stopsTheCaseWhenTheDirectSuperiorRefusesALateCeremony() {
    ProcessDriver.clockAt(LocalDateTime.of(2026, 4, 2, 9, 0));
    long applicant = support.candidate("MB01", "Lò Văn Phúc", LocalDate.of(1998, 3, 3));
    ProcessInstance pi = toCeremony(applicant, LocalDate.of(2026, 4, 2));
    AdmissionCase c = admissions.admissionCase(pi.getBusinessKey());
    driver.advanceTo(c.ceremonyDue().plusDays(1).atTime(9, 0), pi.getId());
    support.complete(
        "nhunglth",
        pi.getId(),
        MemberAdmissionProcess.APPROVE_LATE_CEREMONY,
        Map.of("lateCeremonyDecision", "REFUSE", "lateCeremonyNote", "Quá hạn không có lý do"));
    driver.runDueJobs(pi.getId());
    assertThat(pi)
        .isEnded()
        .hasPassed("ServiceTask_TellStopped", "ServiceTask_SendStopped", "EndEvent_CaseStopped");
    assertThat(admissions.admissionCase(c.id()).stage()).isEqualTo(AdmissionStage.STOPPED);
    assertThat(organizations.member(applicant).orElseThrow().status())
        .isEqualTo(MemberStatus.CANDIDATE);
  }

  // --- helpers -------------------------------------------------------------------------------

  private ProcessInstance instance(String caseId) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseId)
        .processDefinitionKey(MemberAdmissionProcess.KEY)
        .singleResult();
  }

  private AdmissionCase openWithMentor(long applicant) {
    AdmissionCase c = process.open(applicant, "annv");
    support.complete(
        "annv",
        instance(c.id()).getId(),
        MemberAdmissionProcess.ASSIGN_MENTOR,
        Map.of("mentorMemberId", (int) support.memberId("binhtv")));
    return c;
  }

  private void verifyAll(ProcessInstance pi, String user) {
    for (var t :
        taskService
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(MemberAdmissionProcess.VERIFY_BACKGROUND)
            .list()) {
      driver.completeAs(
          user, support.groupsOf(user), t.getId(), Map.of("verificationResult", "CLEAR"));
    }
  }

  private ProcessInstance toBranchVote(long applicant) {
    AdmissionCase c = openWithMentor(applicant);
    ProcessInstance pi = instance(c.id());
    LocalDate today =
        LocalDate.ofInstant(
            org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), VN);
    support.uploadDossier(c.id(), today, "annv");
    support.complete(
        "annv",
        pi.getId(),
        MemberAdmissionProcess.COMPILE_DOSSIER,
        support.dossier(support.memberId("lanht"), support.memberId("maibt")));
    verifyAll(pi, "binhtv");
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.RECORD_BRANCH_VOTE);
    return pi;
  }

  /** A case of MXXM2 (under the cement company's committee) voted by every official member. */
  private ProcessInstance toGrassrootsReview(String name, LocalDate day) {
    ProcessDriver.clockAt(day.atTime(9, 0));
    long applicant = support.candidate("MXXM2", name, LocalDate.of(1997, 4, 4));
    String secretary = support.secretaryOf("MXXM2");
    AdmissionCase c = process.open(applicant, secretary);
    ProcessInstance pi = instance(c.id());
    List<Member> official = admissions.officialMembers(c);
    support.complete(
        secretary,
        pi.getId(),
        MemberAdmissionProcess.ASSIGN_MENTOR,
        Map.of("mentorMemberId", (int) official.get(1).id()));
    support.uploadDossier(c.id(), day.minusDays(4), secretary);
    support.complete(
        secretary,
        pi.getId(),
        MemberAdmissionProcess.COMPILE_DOSSIER,
        support.dossier(official.get(1).id(), official.get(2).id()));
    verifyAll(pi, secretary);
    support.complete(
        secretary,
        pi.getId(),
        MemberAdmissionProcess.RECORD_BRANCH_VOTE,
        AdmissionTestSupport.vote(day, official.size(), 0, 0));
    return pi;
  }

  private ProcessInstance toDecision(long applicant, LocalDate voteDay) {
    ProcessInstance pi = toBranchVote(applicant);
    support.complete(
        "maibt",
        pi.getId(),
        MemberAdmissionProcess.RECORD_BRANCH_VOTE,
        AdmissionTestSupport.vote(voteDay, 18, 2, 1));
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.DECIDE_ADMISSION);
    return pi;
  }

  private ProcessInstance toCeremony(long applicant, LocalDate day) {
    ProcessInstance pi = toDecision(applicant, day);
    support.complete(
        "huytq",
        pi.getId(),
        MemberAdmissionProcess.DECIDE_ADMISSION,
        AdmissionTestSupport.approve("300-QĐ/ĐU", day));
    driver.runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt(MemberAdmissionProcess.HOLD_CEREMONY);
    return pi;
  }

  private static Date endOfDay(int y, int m, int d) {
    return endOfDay(LocalDate.of(y, m, d));
  }

  private static Date endOfDay(LocalDate d) {
    return Date.from(d.atTime(23, 59, 59).atZone(VN).toInstant());
  }
}
