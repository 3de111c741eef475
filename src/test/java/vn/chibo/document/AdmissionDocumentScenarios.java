package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;
import static vn.chibo.support.Http.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.chibo.admission.AdmissionCase;
import vn.chibo.admission.AdmissionService;
import vn.chibo.admission.AdmissionTestSupport;
import vn.chibo.admission.probation.ProbationCase;
import vn.chibo.admission.probation.ProbationService;
import vn.chibo.admission.probation.process.ProbationProcess;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.Http;
import vn.chibo.support.ProcessDriver;

/**
 * The admission forms as the system writes them: one candidate of MB01 (Chi bộ thôn Đồng Hương,
 * under Đảng bộ xã Mỹ Bằng, which decides itself) from the branch vote (6-KNĐ) to the commune
 * committee's decision (9-KNĐ) and, a year after the ceremony, the branch's proposal to recognise
 * the member (13-KNĐ); and one candidate of MXXM2, whose proposal goes through the cement company's
 * grassroots committee (8-KNĐ) before Minh Xuân decides. Each form: not draftable before its step
 * (404), draftable but not issuable until the step went the admission's way (409), issued only by a
 * secretary of its issuing body (403 otherwise), read back from the PDF; another branch's secretary
 * finds none of it (404).
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
abstract class AdmissionDocumentScenarios {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired AdmissionService admissions;
  @Autowired MemberAdmissionProcess process;
  @Autowired ProbationService probations;
  @Autowired OrganizationService organizations;
  @Autowired DocumentService documents;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  private ProcessDriver driver() {
    return new ProcessDriver(management, tasks, identity);
  }

  private AdmissionTestSupport support() {
    return new AdmissionTestSupport(admissions, process, organizations, identity, driver(), jdbc);
  }

  private Http http() {
    return new Http(port);
  }

  private HttpResponse<String> issue(DocumentType type, String subject, String user) {
    return http()
        .postJson(
            "/api/documents",
            "{\"type\":\"" + type.name() + "\",\"subject\":\"" + subject + "\"}",
            basic(user, DEMO_PASSWORD));
  }

  private int draftStatus(DocumentType type, String subject, String user) {
    return http()
        .getBytes(
            "/documents/" + subject + "/" + type.name() + "/draft.pdf", basic(user, DEMO_PASSWORD))
        .statusCode();
  }

  private String draftText(DocumentType type, String subject, String user) {
    HttpResponse<byte[]> r =
        http()
            .getBytes(
                "/documents/" + subject + "/" + type.name() + "/draft.pdf",
                basic(user, DEMO_PASSWORD));
    assertThat(r.statusCode()).as("draft of " + type).isEqualTo(200);
    return PdfText.of(r.body());
  }

  /** Issues as {@code user}, expecting 201; the issued document. */
  private OfficialDocument issued(DocumentType type, String subject, String user) throws Exception {
    HttpResponse<String> r = issue(type, subject, user);
    assertThat(r.statusCode()).as(type + " by " + user + ": " + r.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(r.body());
    return documents.find(body.get("id").asLong()).orElseThrow();
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private void complete(String user, String instance, String key, Map<String, Object> vars) {
    Task task = driver().task(instance, key);
    assertThat(task).as("open task " + key).isNotNull();
    driver().completeAs(user, groupsOf(user), task.getId(), vars);
  }

  private void verifyAll(String caseId, String user) {
    for (Task t : process.openTasks(caseId)) {
      driver().completeAs(user, groupsOf(user), t.getId(), Map.of("verificationResult", "CLEAR"));
    }
  }

  private static String instanceOf(List<Task> open) {
    return open.get(0).getProcessInstanceId();
  }

  @Test
  void theBranchProposesTheCommuneDecidesAndAYearLaterTheBranchProposesRecognition()
      throws Exception {
    AdmissionTestSupport support = support();
    LocalDate voteDay = LocalDate.of(2026, 3, 2);
    ProcessDriver.clockAt(voteDay.atTime(9, 0));
    long applicant = support.candidate("MB01", "Đặng Văn Quyết", LocalDate.of(1998, 4, 4));
    AdmissionCase c = process.open(applicant, "annv");
    String id = c.id();
    String instance = instanceOf(process.openTasks(id));

    // Before the vote step none of the forms can be drafted or issued.
    assertThat(documents.available(id)).isEmpty();
    assertThat(draftStatus(DocumentType.ADMISSION_PROPOSAL, id, "annv")).isEqualTo(404);
    assertThat(draftStatus(DocumentType.ADMISSION_DECISION, id, "annv")).isEqualTo(404);
    assertThat(issue(DocumentType.ADMISSION_PROPOSAL, id, "annv").statusCode()).isEqualTo(409);

    complete(
        "annv",
        instance,
        MemberAdmissionProcess.ASSIGN_MENTOR,
        Map.of("mentorMemberId", (int) support.memberId("binhtv")));
    support.uploadDossier(id, voteDay, "annv");
    complete(
        "annv",
        instance,
        MemberAdmissionProcess.COMPILE_DOSSIER,
        support.dossier(support.memberId("lanht"), support.memberId("maibt")));
    verifyAll(id, "binhtv");

    // At the vote the secretary drafts the resolution; it is not issued before the vote.
    assertThat(documents.available(id)).containsExactly(DocumentType.ADMISSION_PROPOSAL);
    assertThat(draftText(DocumentType.ADMISSION_PROPOSAL, id, "annv"))
        .contains(
            "DỰ THẢO",
            "Số -NQ/CB",
            "Mẫu 6-KNĐ",
            "Đặng Văn Quyết",
            "Số đảng viên chính thức tán thành: ..../");
    HttpResponse<String> early = issue(DocumentType.ADMISSION_PROPOSAL, id, "annv");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("chi bộ chưa biểu quyết");

    complete(
        "maibt",
        instance,
        MemberAdmissionProcess.RECORD_BRANCH_VOTE,
        AdmissionTestSupport.vote(voteDay, 18, 2, 1));
    c = admissions.admissionCase(id);
    assertThat(documents.available(id))
        .containsExactly(DocumentType.ADMISSION_PROPOSAL, DocumentType.ADMISSION_DECISION);
    assertThat(draftStatus(DocumentType.ADMISSION_REVIEW, id, "annv"))
        .as("a branch under the deciding committee has no grassroots review")
        .isEqualTo(404);

    // 6-KNĐ: a committee member who is not a secretary may not issue; the secretary does.
    assertThat(issue(DocumentType.ADMISSION_PROPOSAL, id, "binhtv").statusCode()).isEqualTo(403);
    OfficialDocument proposal = issued(DocumentType.ADMISSION_PROPOSAL, id, "annv");
    assertThat(proposal.reference()).isEqualTo("01-NQ/CB");
    byte[] proposalPdf = documents.content(proposal.id());
    PdfText.firstPage(proposalPdf, "6-KND-" + id);
    assertThat(PdfText.of(proposalPdf))
        .contains(
            "Mẫu 6-KNĐ",
            "ĐẢNG BỘ XÃ MỸ BẰNG",
            "CHI BỘ THÔN ĐỒNG HƯƠNG",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 01-NQ/CB",
            "Mỹ Bằng, ngày 02 tháng 3 năm 2026",
            "NGHỊ QUYẾT",
            "Về việc đề nghị kết nạp đảng viên",
            "Ngày 02 tháng 3 năm 2026, Chi bộ thôn Đồng Hương họp xét đề nghị kết nạp quần chúng"
                + " Đặng Văn Quyết",
            "số đảng viên chính thức tính biểu quyết: " + c.voteBase() + " đồng chí",
            "giới tính: Nam; sinh ngày 04 tháng 4 năm 1998",
            "trình độ giáo dục phổ thông: Trung học phổ thông",
            "Người giới thiệu: đồng chí Hà Thị Lan và đồng chí Bùi Thị Mai; đảng viên giúp đỡ:"
                + " đồng chí Triệu Văn Bình",
            "Số đảng viên chính thức tán thành: 18/" + c.voteBase(),
            "(" + MeetingDocuments.percent(18, c.voteBase()) + ")",
            "không tán thành: 2",
            "không biểu quyết: 1",
            "cần ít nhất " + c.voteRequired() + " đồng chí",
            "CHI BỘ QUYẾT NGHỊ",
            "Đề nghị Đảng ủy xã Mỹ Bằng xem xét, quyết định kết nạp quần chúng Đặng Văn Quyết",
            "T/M CHI BỘ",
            "BÍ THƯ",
            "Nguyễn Văn An",
            "- Đảng ủy xã Mỹ Bằng (để xem xét),")
        .doesNotContain("DỰ THẢO");

    // 9-KNĐ: drafted while the committee decides, issued once it admitted, by its secretary.
    assertThat(draftText(DocumentType.ADMISSION_DECISION, id, "huytq"))
        .contains("DỰ THẢO", "Số -QĐ/ĐU", "..../.... đồng chí tán thành");
    assertThat(issue(DocumentType.ADMISSION_DECISION, id, "huytq").statusCode()).isEqualTo(409);
    LocalDate decisionDay = LocalDate.of(2026, 3, 10);
    ProcessDriver.clockAt(decisionDay.atTime(14, 0));
    complete(
        "huytq",
        instance,
        MemberAdmissionProcess.DECIDE_ADMISSION,
        AdmissionTestSupport.approve("300-QĐ/ĐU", decisionDay, 3));
    driver().runDueJobs(instance);
    assertThat(issue(DocumentType.ADMISSION_DECISION, id, "annv").statusCode())
        .as("the branch's secretary does not sign for the commune")
        .isEqualTo(403);
    OfficialDocument decision = issued(DocumentType.ADMISSION_DECISION, id, "nhunglth");
    assertThat(decision.reference()).isEqualTo("01-QĐ/ĐU");
    byte[] decisionPdf = documents.content(decision.id());
    PdfText.firstPage(decisionPdf, "9-KND-" + id);
    assertThat(PdfText.of(decisionPdf))
        .contains(
            "Mẫu 9-KNĐ",
            "ĐẢNG BỘ TỈNH TUYÊN QUANG",
            "ĐẢNG ỦY XÃ MỸ BẰNG",
            "Số 01-QĐ/ĐU",
            "Mỹ Bằng, ngày 10 tháng 3 năm 2026",
            "QUYẾT ĐỊNH",
            "Về việc kết nạp đảng viên",
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam",
            "Xét Nghị quyết của Chi bộ thôn Đồng Hương họp ngày 02 tháng 3 năm 2026",
            "Căn cứ kết quả biểu quyết của Đảng ủy xã Mỹ Bằng: 3/3 đồng chí tán thành (100,00%)",
            "Điều 1. Kết nạp quần chúng Đặng Văn Quyết, sinh ngày 04 tháng 4 năm 1998",
            "vào Đảng Cộng sản Việt Nam",
            "Điều 2. Thời gian dự bị của đồng chí Đặng Văn Quyết là 12 tháng",
            "Điều 3. Chi bộ thôn Đồng Hương",
            "T/M ĐẢNG ỦY",
            "Trần Quang Huy",
            "- Như Điều 3,",
            "Quyết định được ghi vào hồ sơ " + id + " với số 300-QĐ/ĐU.");
    assertThat(documents.available(id))
        .containsExactly(DocumentType.ADMISSION_PROPOSAL, DocumentType.ADMISSION_DECISION);
    String page = http().login("annv", DEMO_PASSWORD).get("/admissions/" + id).body();
    assertThat(page).contains("Số 01-NQ/CB", "Số 01-QĐ/ĐU");

    // Another branch's secretary finds neither the case's documents nor their drafts.
    for (String path :
        List.of(
            "/documents/issued/" + proposal.id(),
            "/api/documents/" + decision.id() + "/content",
            "/api/documents?subject=" + id,
            "/documents/" + id + "/ADMISSION_PROPOSAL/draft.pdf",
            "/documents/" + id + "/ADMISSION_DECISION.pdf")) {
      assertThat(http().getBytes(path, basic("tailv", DEMO_PASSWORD)).statusCode())
          .as(path)
          .isEqualTo(404);
    }
    assertThat(issue(DocumentType.ADMISSION_DECISION, id, "tailv").statusCode()).isEqualTo(404);

    // The ceremony opens the probation; its form waits for the vote a year later.
    LocalDate ceremony = LocalDate.of(2026, 3, 20);
    ProcessDriver.clockAt(ceremony.atTime(15, 0));
    complete(
        "annv",
        instance,
        MemberAdmissionProcess.HOLD_CEREMONY,
        Map.of("ceremonyDate", ceremony.toString()));
    ProbationCase p = probations.openCaseOf(applicant).orElseThrow();
    String prb = p.id();
    assertThat(prb).startsWith("PRB-");
    assertThat(documents.available(prb)).isEmpty();
    assertThat(draftStatus(DocumentType.RECOGNITION_PROPOSAL, prb, "annv")).isEqualTo(404);
    assertThat(issue(DocumentType.RECOGNITION_PROPOSAL, prb, "annv").statusCode()).isEqualTo(409);

    ProcessInstance pi =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(ProbationProcess.KEY)
            .processInstanceBusinessKey(prb)
            .singleResult();
    driver().advanceTo(LocalDateTime.of(2027, 3, 20, 7, 5), pi.getId());
    ProcessDriver.clockAt(LocalDateTime.of(2027, 3, 22, 9, 0));
    Map<String, Object> self = new HashMap<>();
    self.put("selfReviewStrengths", "Chấp hành nghiêm chủ trương của Đảng, gương mẫu ở thôn.");
    self.put("selfReviewShortcomings", "Đôi khi chưa mạnh dạn phát biểu trong sinh hoạt.");
    // The member writes it with their own login; without one, the secretaries enter it.
    String memberUser = organizations.member(applicant).map(Member::username).orElse(null);
    complete(
        memberUser == null || memberUser.isBlank() ? "annv" : memberUser,
        pi.getId(),
        ProbationProcess.WRITE_SELF_REVIEW,
        self);
    complete(
        "binhtv",
        pi.getId(),
        ProbationProcess.WRITE_MENTOR_REPORT,
        Map.of(
            "mentorAssessment",
            "Đồng chí tích cực, gần gũi quần chúng.",
            "mentorRecommendation",
            "RECOGNITION"));
    complete(
        "annv",
        pi.getId(),
        ProbationProcess.COLLECT_OPINIONS,
        Map.of(
            "workplaceOpinion", "Đoàn Thanh niên thôn nhất trí đề nghị.",
            "residenceOpinion", "Chi hội nơi cư trú nhận xét đồng chí gương mẫu."));
    assertThat(documents.available(prb)).containsExactly(DocumentType.RECOGNITION_PROPOSAL);
    assertThat(draftText(DocumentType.RECOGNITION_PROPOSAL, prb, "annv"))
        .contains("DỰ THẢO", "Mẫu 13-KNĐ", "Đặng Văn Quyết");
    assertThat(issue(DocumentType.RECOGNITION_PROPOSAL, prb, "annv").statusCode()).isEqualTo(409);

    LocalDate recognitionVote = LocalDate.of(2027, 3, 23);
    ProcessDriver.clockAt(recognitionVote.atTime(20, 0));
    ProbationService.VoteBase base = probations.voteBase(prb, recognitionVote);
    int forRecognition = base.base() - 1;
    complete(
        "annv",
        pi.getId(),
        ProbationProcess.RECORD_VOTE,
        Map.of(
            "voteDate",
            recognitionVote.toString(),
            "votesForRecognition",
            forRecognition,
            "votesForRemoval",
            0));
    assertThat(issue(DocumentType.RECOGNITION_PROPOSAL, prb, "binhtv").statusCode()).isEqualTo(403);
    OfficialDocument recognition = issued(DocumentType.RECOGNITION_PROPOSAL, prb, "annv");
    assertThat(recognition.reference())
        .as("the branch's resolutions count again from 1 in 2027")
        .isEqualTo("01-NQ/CB");
    byte[] recognitionPdf = documents.content(recognition.id());
    PdfText.firstPage(recognitionPdf, "13-KND-" + prb);
    assertThat(PdfText.of(recognitionPdf))
        .contains(
            "Mẫu 13-KNĐ",
            "ĐẢNG BỘ XÃ MỸ BẰNG",
            "CHI BỘ THÔN ĐỒNG HƯƠNG",
            "Số 01-NQ/CB",
            "Mỹ Bằng, ngày 23 tháng 3 năm 2027",
            "Về việc đề nghị công nhận đảng viên chính thức",
            "đồng chí Đặng Văn Quyết",
            "được kết nạp vào Đảng ngày 20 tháng 3 năm 2026 theo quyết định kết nạp ngày 10 tháng 3"
                + " năm 2026",
            "thời gian dự bị 12 tháng, hết ngày 20 tháng 3 năm 2027",
            "Chấp hành nghiêm chủ trương của Đảng, gương mẫu ở thôn.",
            "Nhận xét của đảng viên giúp đỡ (đồng chí Triệu Văn Bình)",
            "Đoàn Thanh niên thôn nhất trí đề nghị.",
            "số đảng viên chính thức tính biểu quyết: " + base.base() + " đồng chí",
            "tán thành công nhận đảng viên chính thức: " + forRecognition + "/" + base.base(),
            "(" + MeetingDocuments.percent(forRecognition, base.base()) + ")",
            "đề nghị xóa tên: 0",
            "Đề nghị Đảng ủy xã Mỹ Bằng xem xét, quyết định công nhận đồng chí Đặng Văn Quyết là"
                + " đảng viên chính thức kể từ ngày 20 tháng 3 năm 2027",
            "T/M CHI BỘ",
            "Nguyễn Văn An");
    String probationPage = http().login("annv", DEMO_PASSWORD).get("/probations/" + prb).body();
    assertThat(probationPage)
        .contains("Nghị quyết đề nghị công nhận đảng viên chính thức", "Số 01-NQ/CB");
    assertThat(
            http()
                .getBytes("/documents/issued/" + recognition.id(), basic("tailv", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aSubordinateBranchsProposalGoesThroughTheGrassrootsCommitteesResolution() throws Exception {
    AdmissionTestSupport support = support();
    LocalDate day = LocalDate.of(2026, 10, 5);
    ProcessDriver.clockAt(day.atTime(9, 0));
    long applicant = support.candidate("MXXM2", "Tạ Quang Tuyến", LocalDate.of(1997, 4, 4));
    String secretary = support.secretaryOf("MXXM2");
    AdmissionCase c = process.open(applicant, secretary);
    String id = c.id();
    String instance = instanceOf(process.openTasks(id));
    List<Member> official = admissions.officialMembers(c);
    complete(
        secretary,
        instance,
        MemberAdmissionProcess.ASSIGN_MENTOR,
        Map.of("mentorMemberId", (int) official.get(1).id()));
    support.uploadDossier(id, day.minusDays(4), secretary);
    complete(
        secretary,
        instance,
        MemberAdmissionProcess.COMPILE_DOSSIER,
        support.dossier(official.get(1).id(), official.get(2).id()));
    verifyAll(id, secretary);
    complete(
        secretary,
        instance,
        MemberAdmissionProcess.RECORD_BRANCH_VOTE,
        AdmissionTestSupport.vote(day, official.size(), 0, 0));

    // The branch's proposal goes to the grassroots committee, whose resolution waits for its
    // review.
    assertThat(documents.available(id))
        .containsExactly(DocumentType.ADMISSION_PROPOSAL, DocumentType.ADMISSION_REVIEW);
    OfficialDocument proposal = issued(DocumentType.ADMISSION_PROPOSAL, id, secretary);
    PdfText.firstPage(documents.content(proposal.id()), "6-KND-" + id);
    assertThat(PdfText.of(documents.content(proposal.id())))
        .contains(
            // The superior's long name is broken between words into even lines.
            "ĐẢNG BỘ CÔNG TY CỔ PHẦN",
            "XI MĂNG TÂN QUANG",
            "CHI BỘ PHÒNG KỸ THUẬT",
            "Số 01-NQ/CB",
            "Minh Xuân, ngày 05 tháng 10 năm 2026",
            "Đề nghị Đảng ủy Công ty Cổ phần Xi măng Tân Quang xem xét, đề nghị Đảng ủy phường"
                + " Minh Xuân quyết định kết nạp quần chúng Tạ Quang Tuyến");
    assertThat(draftText(DocumentType.ADMISSION_REVIEW, id, "tuandm"))
        .contains("DỰ THẢO", "Mẫu 8-KNĐ", "Số -NQ/ĐU", "Tạ Quang Tuyến");
    HttpResponse<String> early = issue(DocumentType.ADMISSION_REVIEW, id, "tuandm");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("đảng ủy cơ sở chưa xem xét");

    ProcessDriver.clockAt(LocalDate.of(2026, 10, 8).atTime(10, 0));
    complete(
        "tuandm",
        instance,
        MemberAdmissionProcess.REVIEW_ADMISSION,
        Map.of(
            "reviewDecision",
            "APPROVE",
            "reviewNote",
            "Hồ sơ đầy đủ; chi bộ xét đúng nguyên tắc, quần chúng đủ tiêu chuẩn."));
    assertThat(issue(DocumentType.ADMISSION_REVIEW, id, secretary).statusCode())
        .as("the branch's secretary does not sign for the grassroots committee")
        .isEqualTo(403);
    OfficialDocument review = issued(DocumentType.ADMISSION_REVIEW, id, "tuandm");
    assertThat(review.reference()).isEqualTo("01-NQ/ĐU");
    byte[] reviewPdf = documents.content(review.id());
    PdfText.firstPage(reviewPdf, "8-KND-" + id);
    assertThat(PdfText.of(reviewPdf))
        .contains(
            "Mẫu 8-KNĐ",
            "ĐẢNG BỘ PHƯỜNG MINH XUÂN",
            "ĐẢNG ỦY CÔNG TY CỔ PHẦN XI MĂNG TÂN QUANG",
            "Số 01-NQ/ĐU",
            "Minh Xuân, ngày 08 tháng 10 năm 2026",
            "Về việc đề nghị kết nạp đảng viên",
            "Ngày 08 tháng 10 năm 2026, Đảng ủy Công ty Cổ phần Xi măng Tân Quang xem xét Nghị quyết"
                + " của Chi bộ Phòng Kỹ thuật họp ngày 05 tháng 10 năm 2026",
            "("
                + official.size()
                + "/"
                + official.size()
                + " đảng viên chính thức tán thành, 100,00%)",
            "Hồ sơ đầy đủ; chi bộ xét đúng nguyên tắc, quần chúng đủ tiêu chuẩn.",
            "QUYẾT NGHỊ",
            "đề nghị Đảng ủy phường Minh Xuân xem xét, quyết định kết nạp quần chúng Tạ Quang Tuyến",
            "T/M ĐẢNG ỦY",
            "Dương Minh Tuấn",
            "- Đảng ủy phường Minh Xuân (để",
            "- Chi bộ Phòng Kỹ thuật,");
    assertThat(documents.available(id))
        .containsExactly(
            DocumentType.ADMISSION_PROPOSAL,
            DocumentType.ADMISSION_REVIEW,
            DocumentType.ADMISSION_DECISION);
    assertThat(draftText(DocumentType.ADMISSION_DECISION, id, "khainv"))
        .contains(
            "ĐẢNG ỦY PHƯỜNG MINH XUÂN",
            "và Nghị quyết của Đảng ủy Công ty Cổ phần Xi măng Tân Quang ngày 08 tháng 10 năm 2026");
    assertThat(
            http()
                .getBytes("/documents/issued/" + review.id(), basic("tailv", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(404);

    // The ward's committee decides without a number of its own: the step issues the decision
    // from its register, and the case records that number.
    ProcessDriver.clockAt(LocalDate.of(2026, 10, 12).atTime(9, 0));
    int members = admissions.committeeSize(admissions.routing(c).competent());
    Map<String, Object> decision = new java.util.HashMap<>();
    decision.put("admissionDecision", "APPROVE");
    decision.put("decisionDate", "12/10/2026");
    decision.put("committeeVotesFor", members);
    complete("khainv", instance, MemberAdmissionProcess.DECIDE_ADMISSION, decision);
    OfficialDocument issuedByStep =
        documents.latest(DocumentType.ADMISSION_DECISION, id).orElseThrow();
    assertThat(issuedByStep.reference()).isEqualTo("01-QĐ/ĐU");
    assertThat(issuedByStep.issuedBy()).isEqualTo("khainv");
    assertThat(admissions.admissionCase(id).decisionNumber()).isEqualTo("01-QĐ/ĐU");
    assertThat(PdfText.of(documents.content(issuedByStep.id())))
        .contains(
            "ĐẢNG ỦY PHƯỜNG MINH XUÂN",
            "Số 01-QĐ/ĐU",
            "Minh Xuân, ngày 12 tháng 10 năm 2026",
            "Kết nạp quần chúng Tạ Quang Tuyến")
        .doesNotContain("Quyết định được ghi vào hồ sơ");
    assertThat(issue(DocumentType.ADMISSION_DECISION, id, "khainv").statusCode()).isEqualTo(409);
  }
}
