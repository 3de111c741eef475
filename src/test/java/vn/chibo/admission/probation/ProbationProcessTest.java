package vn.chibo.admission.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chibo.admission.probation.ProbationTestSupport.decision;
import static vn.chibo.admission.probation.ProbationTestSupport.extension;
import static vn.chibo.admission.probation.ProbationTestSupport.mentorReport;
import static vn.chibo.admission.probation.ProbationTestSupport.opinions;
import static vn.chibo.admission.probation.ProbationTestSupport.selfReview;
import static vn.chibo.admission.probation.ProbationTestSupport.vote;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.chibo.admission.probation.process.ProbationProcess;
import vn.chibo.notification.Notice;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.StatusChange;
import vn.chibo.support.ProcessDriver;
import vn.chibo.support.ProcessTest;
import vn.chibo.workflow.InvalidInputException;

/**
 * {@code ProbationProcess}, path by path, on H2. Each test has a branch of its own (PT01 – PT10)
 * under a demo committee: six official members unless said otherwise, so a proposal needs four
 * votes. Branches under Mỹ Bằng have its standing committee decide (huytq, nhunglth) and its
 * committee review; PT07 hangs under Minh Xuân (khainv, phuongdtm).
 */
@ProcessTest
class ProbationProcessTest extends ProbationScenarios {

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  /** Opens a case on the ceremony day and runs the timer on the day probation ends. */
  private ProcessInstance openAndEndProbation(long memberId, LocalDate ceremony, Long mentorId) {
    ProcessDriver.clockAt(ceremony.atTime(15, 0));
    String caseId = probation.open(memberId, ceremony, mentorId, "test");
    ProcessInstance pi = support.instance(caseId);
    driver.advanceTo(ceremony.plusMonths(12).atTime(7, 5), pi.getId());
    assertThat(pi).isWaitingAt(ProbationProcess.WRITE_SELF_REVIEW);
    return pi;
  }

  @Test
  void recognisesALateCaseWithEffectFromTheDayProbationEnded() {
    LocalDate ceremony = LocalDate.of(2026, 2, 2);
    ProcessDriver.clockAt(ceremony.atTime(9, 0));
    var branch = support.branch(2, "MB", 6);
    long memberId = support.probationary(branch, 6, ceremony);
    long mentorId = branch.officials().get(2);
    ProcessInstance pi = openAndEndProbation(memberId, ceremony, mentorId);
    String caseId = pi.getBusinessKey();
    assertThat(probation.probationCase(caseId).voteDue()).isEqualTo(LocalDate.of(2027, 3, 23));

    support.reviewUpToTheVote(
        pi,
        support.user(memberId),
        support.user(mentorId),
        branch.secretary(),
        LocalDate.of(2027, 3, 1));
    // The branch votes four weeks after its deadline, and the committee decides late too.
    ProcessDriver.clockAt(LocalDateTime.of(2027, 4, 21, 8, 0));
    support.complete(
        branch.secretary(),
        pi,
        ProbationProcess.RECORD_VOTE,
        vote(LocalDate.of(2027, 4, 20), 6, 0));
    assertThat(pi).task(ProbationProcess.DECIDE).hasDueDate(endOfDay(LocalDate.of(2027, 6, 3)));
    // The decision form links to the case page's documents (the branch's 13-KNĐ) and attachments.
    assertThat(driver.formVariables(driver.task(pi.getId(), ProbationProcess.DECIDE).getId()))
        .containsEntry("caseLink", "/probations/" + pi.getBusinessKey() + "#tai-lieu");
    ProcessDriver.clockAt(LocalDateTime.of(2027, 6, 21, 8, 0));
    support.complete(
        "huytq",
        pi,
        ProbationProcess.DECIDE,
        decision("RECOGNITION", "210-QĐ/ĐU", LocalDate.of(2027, 6, 18)));

    Member official = organizations.member(memberId).orElseThrow();
    assertThat(official.status()).isEqualTo(MemberStatus.OFFICIAL);
    assertThat(official.statusSince()).isEqualTo(LocalDate.of(2027, 2, 2));
    assertThat(official.recognitionDate()).isEqualTo(LocalDate.of(2027, 2, 2));
    assertThat(organizations.statusHistory(memberId))
        .last()
        .extracting(StatusChange::status, StatusChange::validFrom)
        .containsExactly(MemberStatus.OFFICIAL, LocalDate.of(2027, 2, 2));
    driver.runDueJobs(pi.getId());
    assertThat(pi).isEnded().hasPassed(ProbationProcess.RECOGNISED);
  }

  @Test
  void removesTheMemberWhenTwoThirdsVoteForRemovalAndTheCommitteeAgrees() {
    LocalDate ceremony = LocalDate.of(2026, 3, 2);
    ProcessDriver.clockAt(ceremony.atTime(9, 0));
    var branch = support.branch(3, "MB", 6);
    long memberId = support.probationary(branch, 6, ceremony);
    long mentorId = branch.officials().get(1);
    ProcessInstance pi = openAndEndProbation(memberId, ceremony, mentorId);
    String caseId = pi.getBusinessKey();

    ProcessDriver.clockAt(LocalDateTime.of(2027, 3, 5, 9, 0));
    support.complete(support.user(memberId), pi, ProbationProcess.WRITE_SELF_REVIEW, selfReview());
    support.complete(
        support.user(mentorId), pi, ProbationProcess.WRITE_MENTOR_REPORT, mentorReport("REMOVAL"));
    support.complete(branch.secretary(), pi, ProbationProcess.COLLECT_OPINIONS, opinions());
    ProcessDriver.clockAt(LocalDateTime.of(2027, 3, 10, 20, 0));
    support.complete(
        branch.secretary(),
        pi,
        ProbationProcess.RECORD_VOTE,
        vote(LocalDate.of(2027, 3, 10), 1, 5));
    ProbationCase proposed = probation.probationCase(caseId);
    assertThat(proposed.proposal()).isEqualTo(ProbationOutcome.REMOVAL);
    assertThat(proposed.mentorRecommendation()).isEqualTo(ProbationOutcome.REMOVAL);

    ProcessDriver.clockAt(LocalDateTime.of(2027, 3, 22, 9, 0));
    support.complete(
        "nhunglth",
        pi,
        ProbationProcess.DECIDE,
        decision("REMOVAL", "31-QĐ/ĐU", LocalDate.of(2027, 3, 20)));
    Member removed = organizations.member(memberId).orElseThrow();
    assertThat(removed.status()).isEqualTo(MemberStatus.REMOVED);
    assertThat(removed.statusSince()).isEqualTo(LocalDate.of(2027, 3, 20));
    assertThat(probation.probationCase(caseId).status()).isEqualTo(ProbationStatus.REMOVED);
    assertThat(pi)
        .hasPassed(ProbationProcess.REMOVE_MEMBER)
        .hasNotPassed(ProbationProcess.RECOGNISE_MEMBER);
    assertThat(notifications.inbox(branch.secretary(), 20))
        .filteredOn(n -> caseId.equals(n.reference()))
        .extracting(Notice::title)
        .contains("Xóa tên đảng viên dự bị – đồng chí " + support.fullName(memberId));
    driver.runDueJobs(pi.getId());
    assertThat(pi).isEnded().hasPassed(ProbationProcess.REMOVED);
  }

  @Test
  void sendsTheCaseToTheSuperiorCommitteeAfterThreeVotesThatReachTwoThirdsNeitherWay() {
    LocalDate ceremony = LocalDate.of(2026, 3, 15);
    ProcessDriver.clockAt(ceremony.atTime(9, 0));
    var branch = support.branch(4, "MB", 6);
    long memberId = support.probationary(branch, 6, ceremony);
    ProcessDriver.clockAt(ceremony.atTime(15, 0));
    // No mentor named, and by the end of probation no login: both papers fall to the secretaries.
    String caseId = probation.open(memberId, ceremony, null, "test");
    ProcessInstance pi = support.instance(caseId);
    support.dropLogin(memberId);
    driver.advanceTo(LocalDateTime.of(2027, 3, 15, 7, 5), pi.getId());
    assertThat(pi).task(ProbationProcess.WRITE_SELF_REVIEW).hasCandidateGroup("PT04-secretary");
    String secretary = branch.secretary();
    support.complete(secretary, pi, ProbationProcess.WRITE_SELF_REVIEW, selfReview());
    assertThat(pi).task(ProbationProcess.WRITE_MENTOR_REPORT).hasCandidateGroup("PT04-secretary");
    support.complete(
        secretary, pi, ProbationProcess.WRITE_MENTOR_REPORT, mentorReport("RECOGNITION"));
    support.complete(secretary, pi, ProbationProcess.COLLECT_OPINIONS, opinions());

    ProcessDriver.clockAt(LocalDateTime.of(2027, 4, 6, 8, 0));
    support.complete(
        secretary, pi, ProbationProcess.RECORD_VOTE, vote(LocalDate.of(2027, 3, 22), 3, 3));
    assertThat(pi).isWaitingAt(ProbationProcess.RECORD_VOTE);
    support.complete(
        secretary, pi, ProbationProcess.RECORD_VOTE, vote(LocalDate.of(2027, 3, 29), 3, 2));
    assertThat(pi).isWaitingAt(ProbationProcess.RECORD_VOTE);
    support.complete(
        secretary, pi, ProbationProcess.RECORD_VOTE, vote(LocalDate.of(2027, 4, 5), 2, 2));
    assertThat(probation.votes(caseId))
        .extracting(ProbationVote::result)
        .containsOnly(ProbationVote.Result.INCONCLUSIVE)
        .hasSize(3);
    assertThat(probation.probationCase(caseId).status()).isEqualTo(ProbationStatus.SUPERIOR_REVIEW);
    // 30 working days after Monday 05/04/2027, over Giỗ Tổ and the 30/4 – 1/5 days off.
    assertThat(pi)
        .task(ProbationProcess.REVIEW_AT_SUPERIOR)
        .hasCandidateGroup("MB-committee")
        .hasDueDate(endOfDay(LocalDate.of(2027, 5, 20)));

    Map<String, Object> conclusion =
        Map.of(
            "superiorConclusion",
            "RECOGNITION",
            "superiorNote",
            "Đảng ủy xã xem xét hồ sơ, đồng chí đủ tiêu chuẩn đảng viên chính thức.");
    support.complete("longpd", pi, ProbationProcess.REVIEW_AT_SUPERIOR, conclusion);
    ProbationCase proposed = probation.probationCase(caseId);
    assertThat(proposed.proposal()).isEqualTo(ProbationOutcome.RECOGNITION);
    assertThat(proposed.proposalSource()).isEqualTo(ProbationCase.FROM_SUPERIOR);
    assertThat(pi).task(ProbationProcess.DECIDE).hasCandidateGroup("MB-standing");
    support.complete(
        "huytq",
        pi,
        ProbationProcess.DECIDE,
        decision("RECOGNITION", "88-QĐ/ĐU", LocalDate.of(2027, 4, 6)));
    assertThat(organizations.member(memberId).orElseThrow().statusSince())
        .isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(pi)
        .hasPassedInOrder(
            ProbationProcess.RECORD_VOTE,
            ProbationProcess.RECORD_VOTE,
            ProbationProcess.RECORD_VOTE,
            ProbationProcess.REVIEW_AT_SUPERIOR,
            ProbationProcess.DECIDE,
            ProbationProcess.RECOGNISE_MEMBER);
  }

  @Test
  void extendsTheDecisionOnceAndRefusesASecondExtension() {
    LocalDate ceremony = LocalDate.of(2026, 4, 1);
    ProcessDriver.clockAt(ceremony.atTime(9, 0));
    var branch = support.branch(5, "MB", 6);
    long memberId = support.probationary(branch, 6, ceremony);
    long mentorId = branch.officials().get(3);
    ProcessInstance pi = openAndEndProbation(memberId, ceremony, mentorId);
    String caseId = pi.getBusinessKey();
    support.reviewUpToTheVote(
        pi,
        support.user(memberId),
        support.user(mentorId),
        branch.secretary(),
        LocalDate.of(2027, 4, 5));
    ProcessDriver.clockAt(LocalDateTime.of(2027, 4, 8, 20, 0));
    support.complete(
        branch.secretary(), pi, ProbationProcess.RECORD_VOTE, vote(LocalDate.of(2027, 4, 8), 5, 0));
    assertThat(pi).task(ProbationProcess.DECIDE).hasDueDate(endOfDay(LocalDate.of(2027, 5, 25)));

    ProcessDriver.clockAt(LocalDateTime.of(2027, 5, 20, 9, 0));
    support.complete(
        "nhunglth",
        pi,
        ProbationProcess.DECIDE,
        extension(20, "Chờ ý kiến thẩm tra bổ sung của Ủy ban Kiểm tra Đảng ủy."));
    assertThat(pi).task(ProbationProcess.DECIDE).hasDueDate(endOfDay(LocalDate.of(2027, 6, 22)));
    ProbationCase extended = probation.probationCase(caseId);
    assertThat(extended.extensions()).isEqualTo(1);
    assertThat(extended.decisionDue()).isEqualTo(LocalDate.of(2027, 6, 22));
    assertThat(
            (String)
                taskService
                    .getVariables(driver.task(pi.getId(), ProbationProcess.DECIDE).getId())
                    .get("decisionSummary"))
        .contains("đã gia hạn 1 lần (Chờ ý kiến thẩm tra bổ sung");

    assertThatThrownBy(
            () ->
                support.complete(
                    "nhunglth", pi, ProbationProcess.DECIDE, extension(10, "Cần thêm thời gian.")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("committeeDecision")
        .hasMessageContaining("không được gia hạn thêm");
    assertThat(pi).isWaitingAt(ProbationProcess.DECIDE);
    assertThat(probation.probationCase(caseId).extensions()).isEqualTo(1);
    assertThat(probation.probationCase(caseId).decisionDue()).isEqualTo(LocalDate.of(2027, 6, 22));

    support.complete(
        "nhunglth",
        pi,
        ProbationProcess.DECIDE,
        decision("RECOGNITION", "140-QĐ/ĐU", LocalDate.of(2027, 5, 20)));
    assertThat(pi)
        .hasPassedInOrder(
            ProbationProcess.DECIDE, ProbationProcess.DECIDE, ProbationProcess.RECOGNISE_MEMBER);
    assertThat(organizations.member(memberId).orElseThrow().status())
        .isEqualTo(MemberStatus.OFFICIAL);
  }

  @Test
  void keepsTheCaseWhenTheMemberTransfersAndGivesItsTasksToTheNewBranch() {
    LocalDate ceremony = LocalDate.of(2026, 5, 4);
    ProcessDriver.clockAt(ceremony.atTime(9, 0));
    var from = support.branch(6, "MB", 6);
    var to = support.branch(7, "MX", 7);
    long memberId = support.probationary(from, 6, ceremony);
    ProcessInstance pi = openAndEndProbation(memberId, ceremony, null);
    String caseId = pi.getBusinessKey();
    support.complete(support.user(memberId), pi, ProbationProcess.WRITE_SELF_REVIEW, selfReview());
    assertThat(support.candidateGroups(pi, ProbationProcess.WRITE_MENTOR_REPORT))
        .containsExactly("PT06-secretary");

    support.moveInRegistry(memberId, to);
    assertThat(probation.memberTransferred(memberId, "admin")).isTrue();
    assertThat(probation.memberTransferred(memberId, "admin")).as("already moved").isFalse();
    assertThat(pi)
        .hasPassed("ServiceTask_FollowMember", ProbationProcess.CASE_MOVED)
        .isWaitingAt(ProbationProcess.WRITE_MENTOR_REPORT);
    assertThat(support.candidateGroups(pi, ProbationProcess.WRITE_MENTOR_REPORT))
        .containsExactly("PT07-secretary");
    ProbationCase moved = probation.probationCase(caseId);
    assertThat(moved.id()).isEqualTo("PRB-PT06-1");
    assertThat(moved.branchId()).isEqualTo(to.id());
    assertThat(runtime.getVariable(pi.getId(), "superiorGroup")).isEqualTo("MX-committee");
    assertThat(runtime.getVariable(pi.getId(), "decisionGroup")).isEqualTo("MX-standing");

    assertThatThrownBy(
            () ->
                support.complete(
                    from.secretary(),
                    pi,
                    ProbationProcess.WRITE_MENTOR_REPORT,
                    mentorReport("RECOGNITION")))
        .as("the old branch no longer works the case")
        .isInstanceOf(AuthorizationException.class);
    support.complete(
        to.secretary(), pi, ProbationProcess.WRITE_MENTOR_REPORT, mentorReport("RECOGNITION"));
    assertThat(support.candidateGroups(pi, ProbationProcess.COLLECT_OPINIONS))
        .containsExactly("PT07-secretary");
    support.complete(to.secretary(), pi, ProbationProcess.COLLECT_OPINIONS, opinions());
    assertThat(pi).task(ProbationProcess.RECORD_VOTE).hasCandidateGroup("PT07-secretary");
    ProcessDriver.clockAt(LocalDateTime.of(2027, 5, 12, 20, 0));
    // Seven official members in the new branch: five votes are two thirds.
    support.complete(
        to.secretary(), pi, ProbationProcess.RECORD_VOTE, vote(LocalDate.of(2027, 5, 12), 5, 2));
    assertThat(probation.votes(caseId).get(0).base()).isEqualTo(7);
    assertThat(support.candidateGroups(pi, ProbationProcess.DECIDE)).containsExactly("MX-standing");
    support.complete(
        "phuongdtm",
        pi,
        ProbationProcess.DECIDE,
        decision("RECOGNITION", "52-QĐ/ĐU", LocalDate.of(2027, 5, 12)));
    Member official = organizations.member(memberId).orElseThrow();
    assertThat(official.status()).isEqualTo(MemberStatus.OFFICIAL);
    assertThat(official.branchId()).isEqualTo(to.id());
  }

  @Test
  void anImportThatMovesTheMemberToAnotherBranchTakesTheCaseAlong() {
    LocalDate ceremony = LocalDate.of(2026, 5, 11);
    ProcessDriver.clockAt(ceremony.atTime(9, 0));
    var from = support.branch(13, "MB", 6);
    var to = support.branch(14, "MX", 6);
    long memberId = support.probationary(from, 6, ceremony);
    ProcessInstance pi = openAndEndProbation(memberId, ceremony, null);
    // the import's codes are letters and digits only
    jdbc.sql("update party_member set code = 'PT13M6' where id = ?").param(memberId).update();
    Member m = organizations.member(memberId).orElseThrow();
    String csv =
        "ma,ho_ten,ngay_sinh,gioi_tinh,ma_chi_bo,trang_thai,ngay_trang_thai\n"
            + String.join(
                ",",
                m.code(),
                m.fullName(),
                m.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "Nam",
                to.code(),
                "Đảng viên dự bị",
                ceremony.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
            + "\n";
    var imported =
        new vn.chibo.support.Http(port)
            .postMultipart(
                "/api/import/members",
                java.util.Map.of(),
                "file",
                "dang-vien.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                vn.chibo.support.Http.basic("admin", vn.chibo.support.Http.DEMO_PASSWORD));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    // The import alone moved the case: no one had to tell the probation.
    assertThat(pi).hasPassed(ProbationProcess.CASE_MOVED);
    assertThat(probation.probationCase(pi.getBusinessKey()).branchId()).isEqualTo(to.id());
    assertThat(runtime.getVariable(pi.getId(), "secretaryGroup")).isEqualTo(to.secretaryGroup());
    assertThat(runtime.getVariable(pi.getId(), "superiorGroup")).isEqualTo("MX-committee");
  }

  @Test
  void endsTheCaseWhenTheMemberIsExpelled() {
    LocalDate ceremony = LocalDate.of(2026, 6, 1);
    ProcessDriver.clockAt(ceremony.atTime(9, 0));
    var branch = support.branch(8, "MB", 6);
    long memberId = support.probationary(branch, 6, ceremony);
    ProcessInstance pi = openAndEndProbation(memberId, ceremony, branch.officials().get(1));
    String caseId = pi.getBusinessKey();

    ProcessDriver.clockAt(LocalDateTime.of(2027, 6, 10, 9, 0));
    // The registry's change alone ends the case, in the same transaction.
    organizations.changeStatus(
        memberId, MemberStatus.EXPELLED, LocalDate.of(2027, 6, 10), "Khai trừ");
    assertThat(pi).isEnded().hasPassed(ProbationProcess.CASE_ENDED);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    ProbationCase ended = probation.probationCase(caseId);
    assertThat(ended.status()).isEqualTo(ProbationStatus.ENDED);
    assertThat(ended.endReason()).isEqualTo("Sổ đảng viên ghi: Đã khai trừ");
    assertThat(probation.openCaseOf(memberId)).isEmpty();
    assertThat(probation.memberLeft(memberId, "Khai trừ", "admin")).as("nothing open").isFalse();
  }

  @Test
  void refusesBadInputNamingTheFieldAndWritesNothing() {
    LocalDate ceremony = LocalDate.of(2026, 7, 1);
    ProcessDriver.clockAt(ceremony.atTime(9, 0));
    var branch = support.branch(9, "MB", 6);
    long memberId = support.probationary(branch, 6, ceremony);
    assertThatThrownBy(() -> probation.open(branch.officials().get(1), ceremony, null, "test"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("memberId: đồng chí")
        .hasMessageContaining("không phải đảng viên dự bị");
    assertThatThrownBy(() -> probation.open(memberId, ceremony.plusDays(1), null, "test"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ceremonyDate: ngày kết nạp không được ở tương lai");
    long mentorId = branch.officials().get(1);
    ProcessInstance pi = openAndEndProbation(memberId, ceremony, mentorId);
    String caseId = pi.getBusinessKey();
    String memberUser = support.user(memberId);

    Map<String, Object> bad = selfReview();
    bad.put("selfReviewStrengths", "   ");
    bad.put("selfReviewShortcomings", "x".repeat(4001));
    assertThatThrownBy(
            () -> support.complete(memberUser, pi, ProbationProcess.WRITE_SELF_REVIEW, bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("selfReviewStrengths: chưa nhập ưu điểm")
        .hasMessageContaining("selfReviewShortcomings: khuyết điểm, hạn chế dài quá 4000 ký tự");
    assertThat(pi).isWaitingAt(ProbationProcess.WRITE_SELF_REVIEW);
    ProbationCase untouched = probation.probationCase(caseId);
    assertThat(untouched.status()).isEqualTo(ProbationStatus.SELF_REVIEW);
    assertThat(untouched.selfReviewStrengths()).isNull();
    assertThat(untouched.selfReviewShortcomings()).isNull();

    support.complete(memberUser, pi, ProbationProcess.WRITE_SELF_REVIEW, selfReview());
    assertThatThrownBy(
            () ->
                support.complete(
                    support.user(mentorId),
                    pi,
                    ProbationProcess.WRITE_MENTOR_REPORT,
                    mentorReport("MAYBE")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mentorRecommendation");
    support.complete(
        support.user(mentorId),
        pi,
        ProbationProcess.WRITE_MENTOR_REPORT,
        mentorReport("RECOGNITION"));
    support.complete(branch.secretary(), pi, ProbationProcess.COLLECT_OPINIONS, opinions());

    ProcessDriver.clockAt(LocalDateTime.of(2027, 7, 8, 20, 0));
    assertThatThrownBy(
            () ->
                support.complete(
                    branch.secretary(),
                    pi,
                    ProbationProcess.RECORD_VOTE,
                    vote(LocalDate.of(2027, 6, 30), 5, 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "voteDate: ngày biểu quyết phải từ ngày hết thời gian dự bị (01/07/2027)");
    assertThatThrownBy(
            () ->
                support.complete(
                    branch.secretary(),
                    pi,
                    ProbationProcess.RECORD_VOTE,
                    vote(LocalDate.of(2027, 7, 8), 5, 2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("votesForRecognition")
        .hasMessageContaining("vượt quá số đảng viên chính thức tính biểu quyết (6)");
    Map<String, Object> missing = vote(LocalDate.of(2027, 7, 8), 5, 0);
    missing.remove("votesForRemoval");
    assertThatThrownBy(
            () -> support.complete(branch.secretary(), pi, ProbationProcess.RECORD_VOTE, missing))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("votesForRemoval: chưa nhập số phiếu đề nghị xóa tên");
    assertThat(probation.votes(caseId)).isEmpty();
    assertThat(pi).isWaitingAt(ProbationProcess.RECORD_VOTE);

    support.complete(
        branch.secretary(), pi, ProbationProcess.RECORD_VOTE, vote(LocalDate.of(2027, 7, 8), 5, 0));
    assertThatThrownBy(
            () ->
                support.complete(
                    "nhunglth", pi, ProbationProcess.DECIDE, extension(31, "Cần thẩm tra thêm.")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("extensionWorkingDays: số ngày gia hạn phải từ 1 đến 30");
    Map<String, Object> undated = decision("RECOGNITION", " ", LocalDate.of(2027, 7, 1));
    assertThatThrownBy(() -> support.complete("nhunglth", pi, ProbationProcess.DECIDE, undated))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("decisionNumber: chưa nhập số quyết định")
        .hasMessageContaining("decisionDate: ngày quyết định không được trước ngày đề nghị");
    ProbationCase still = probation.probationCase(caseId);
    assertThat(still.extensions()).isZero();
    assertThat(still.decision()).isNull();
    assertThat(organizations.member(memberId).orElseThrow().status())
        .isEqualTo(MemberStatus.PROBATIONARY);
    assertThat(pi).isWaitingAt(ProbationProcess.DECIDE);
  }

  @Test
  void letsTheSecretaryOpenTheCaseOfAMemberAlreadyProbationaryWithTheRegistrysMentor() {
    LocalDate ceremony = LocalDate.of(2026, 8, 3);
    ProcessDriver.clockAt(ceremony.atTime(9, 0));
    var branch = support.branch(10, "MB", 6);
    long memberId = support.probationary(branch, 6, ceremony);
    long mentorId = branch.officials().get(4);
    support.mentorRole(branch, mentorId, memberId);
    ProcessDriver.clockAt(LocalDateTime.of(2026, 12, 1, 9, 0));

    assertThatThrownBy(
            () -> probation.openFromRegistry(memberId, support.user(branch.officials().get(2))))
        .isInstanceOf(AccessDeniedException.class);
    String caseId = probation.openFromRegistry(memberId, branch.secretary());
    ProbationCase opened = probation.probationCase(caseId);
    assertThat(opened.ceremonyDate()).isEqualTo(ceremony);
    assertThat(opened.mentorMemberId()).isEqualTo(mentorId);
    assertThat(support.instance(caseId)).isWaitingAt(ProbationProcess.PROBATION_ENDED);
    assertThat(runtime.getVariable(support.instance(caseId).getId(), "mentorReportUsers"))
        .isEqualTo(java.util.List.of(support.user(mentorId)));
  }
}
