package vn.chibo.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.Http;
import vn.chibo.support.ProcessDriver;

/**
 * The admission pages as the people of Chi bộ thôn Đồng Hương (MB01) use them — annv its secretary,
 * binhtv a committee member — with huytq, secretary of the commune committee above, and tailv,
 * secretary of another branch (MB02). Same context as the browser tests.
 */
@org.springframework.boot.test.context.SpringBootTest(
    webEnvironment =
        org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
class AdmissionPagesTest {

  @LocalServerPort int port;
  @Autowired AdmissionService admissions;
  @Autowired MemberAdmissionProcess process;
  @Autowired OrganizationService organizations;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired vn.chibo.calendar.WorkingDayCalendar calendar;

  Http http;
  AdmissionTestSupport support;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    support =
        new AdmissionTestSupport(
            admissions,
            process,
            organizations,
            identity,
            new ProcessDriver(management, tasks, identity),
            jdbc);
  }

  @Test
  void aSecretaryOpensACaseThatItsBranchAndTheCommuneSeeAndAnotherBranchDoesNot() {
    long applicant = support.candidate("MB01", "Đinh Thị Thu Trang", LocalDate.of(2001, 4, 9));
    var annv = http.login("annv", DEMO_PASSWORD);
    assertThat(annv.get("/admissions").body()).contains("Mở hồ sơ kết nạp");
    assertThat(annv.get("/admissions/new").body())
        .contains("Đinh Thị Thu Trang (sinh 09/04/2001)", "Chi bộ thôn Đồng Hương");

    var refused = annv.submit("/admissions/new", "/admissions/new", Map.of("memberId", ""));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Chưa mở được hồ sơ", "chưa chọn quần chúng");

    var opened =
        annv.submit(
            "/admissions/new", "/admissions/new", Map.of("memberId", Long.toString(applicant)));
    assertThat(opened.statusCode()).isEqualTo(302);
    String location = opened.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/admissions/ADM-MB01-\\d+\\?opened");
    String id = location.replaceAll(".*/admissions/([^?]+).*", "$1");
    assertThat(admissions.admissionCase(id).memberId()).isEqualTo(applicant);
    assertThat(process.openTasks(id))
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly(MemberAdmissionProcess.ASSIGN_MENTOR);

    // A second case for the same person is a conflict, shown on the page with the open one.
    var twice =
        annv.submit(
            "/admissions/new", "/admissions/new", Map.of("memberId", Long.toString(applicant)));
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains("Đã có hồ sơ kết nạp đang mở", "Xem hồ sơ " + id);

    String board = annv.get("/admissions").body();
    assertThat(board)
        .contains(id, "Đinh Thị Thu Trang", "Phân công đảng viên giúp đỡ", "Hoàn thiện hồ sơ");
    assertThat(annv.get("/admissions?stage=MENTOR").body()).contains(id);
    assertThat(annv.get("/admissions?stage=DOSSIER").body()).doesNotContain(id);
    assertThat(annv.get("/admissions?branch=MB01&stage=MENTOR").body()).contains(id);
    assertThat(annv.get("/admissions?stage=NOPE").statusCode()).isEqualTo(400);

    String page = annv.get("/admissions/" + id).body();
    assertThat(page)
        .contains(
            "Hồ sơ kết nạp: <span>Đinh Thị Thu Trang</span>",
            "Việc tiếp theo của đồng chí",
            "href=\"/admissions/task?taskId=",
            "Hồ sơ trên sơ đồ quy trình",
            "<svg",
            "data-element-id=\"UserTask_AssignMentor\"",
            "Còn thiếu 5 tài liệu bắt buộc",
            "Tải lên tài liệu",
            "Mở hồ sơ kết nạp Đinh Thị Thu Trang");

    // The commune committee above sees the case; another branch's secretary does not.
    var huytq = http.login("huytq", DEMO_PASSWORD);
    assertThat(huytq.get("/admissions").body()).contains(id, "Đinh Thị Thu Trang");
    assertThat(huytq.get("/admissions/" + id).statusCode()).isEqualTo(200);
    assertThat(huytq.get("/admissions/" + id).body())
        .doesNotContain("Tải lên tài liệu")
        .contains("Hiện đồng chí không có việc cần làm ở hồ sơ này");
    var tailv = http.login("tailv", DEMO_PASSWORD);
    assertThat(tailv.get("/admissions").body()).doesNotContain(id, "Đinh Thị Thu Trang");
    assertThat(tailv.get("/admissions/" + id).statusCode()).isEqualTo(404);
    assertThat(tailv.get("/admissions/new").body()).doesNotContain("Đinh Thị Thu Trang");
    var foreign =
        tailv.submit(
            "/admissions/new", "/admissions/new", Map.of("memberId", Long.toString(applicant)));
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.body()).contains("không thuộc chi bộ của đồng chí");

    // A committee member who is not secretary or deputy opens no cases.
    assertThat(http.login("binhtv", DEMO_PASSWORD).get("/admissions/new").statusCode())
        .isEqualTo(403);
  }

  @Test
  void anUploadThatIsNoPdfOrImageIsRefusedWithTheReasonAndNothingStored() {
    String id = openCase("Đinh Văn Hiếu");
    var annv = http.login("annv", DEMO_PASSWORD);
    String today = LocalDate.now(clock).toString();
    byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);

    var refused =
        annv.upload(
            "/admissions/" + id,
            "/admissions/" + id + "/documents",
            Map.of("kind", "CERTIFICATE", "documentDate", today),
            "file",
            "giay-chung-nhan.pdf",
            "application/pdf",
            gif);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Chưa tải lên được, không có gì được lưu", "chỉ nhận tệp PDF, JPEG hoặc PNG");
    assertThat(admissions.documents(id)).isEmpty();

    var noDate =
        annv.upload(
            "/admissions/" + id,
            "/admissions/" + id + "/documents",
            Map.of("kind", "CERTIFICATE", "documentDate", ""),
            "file",
            "giay-chung-nhan.pdf",
            "application/pdf",
            AdmissionTestSupport.PDF);
    assertThat(noDate.statusCode()).isEqualTo(400);
    assertThat(noDate.body()).contains("chưa nhập ngày của tài liệu");
    assertThat(admissions.documents(id)).isEmpty();

    // A committee member of the branch sees the case but does not keep its dossier.
    var binhtv = http.login("binhtv", DEMO_PASSWORD);
    assertThat(binhtv.get("/admissions/" + id).body()).doesNotContain("Tải lên tài liệu");
    assertThat(
            binhtv
                .upload(
                    "/admissions/" + id,
                    "/admissions/" + id + "/documents",
                    Map.of("kind", "CERTIFICATE", "documentDate", today),
                    "file",
                    "a.pdf",
                    "application/pdf",
                    AdmissionTestSupport.PDF)
                .statusCode())
        .isEqualTo(403);
    assertThat(admissions.documents(id)).isEmpty();
  }

  @Test
  void aDocumentDownloadsAsTheBytesUploadedAndOnlyForThoseWhoSeeTheCase() {
    String id = openCase("Đinh Văn Lực");
    var annv = http.login("annv", DEMO_PASSWORD);
    String today = LocalDate.now(clock).toString();
    var uploaded =
        annv.upload(
            "/admissions/" + id,
            "/admissions/" + id + "/documents",
            Map.of("kind", "APPLICATION", "documentDate", today),
            "file",
            "Đơn xin vào Đảng.pdf",
            "application/pdf",
            AdmissionTestSupport.PDF);
    assertThat(uploaded.statusCode()).isEqualTo(302);
    assertThat(uploaded.headers().firstValue("Location").orElse(""))
        .contains("/admissions/" + id + "?uploaded=");
    DossierDocument first = admissions.documents(id).get(0);
    assertThat(first.fileName()).isEqualTo("Đơn xin vào Đảng.pdf");

    var file = annv.getBytes("/admissions/" + id + "/documents/" + first.id());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(AdmissionTestSupport.PDF);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''");
    assertThat(file.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");

    // A newer version counts; the older one is kept and can still be read.
    byte[] second =
        (new String(AdmissionTestSupport.PDF, StandardCharsets.ISO_8859_1) + "% bản 2\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    annv.upload(
        "/admissions/" + id,
        "/admissions/" + id + "/documents",
        Map.of("kind", "APPLICATION", "documentDate", today),
        "file",
        "don-ban-2.pdf",
        "application/pdf",
        second);
    String page = annv.get("/admissions/" + id).body();
    assertThat(page).contains("don-ban-2.pdf", "Bản đang dùng", "Bản cũ, không tính");
    assertThat(page.indexOf("don-ban-2.pdf")).isLessThan(page.indexOf("Đơn xin vào Đảng.pdf"));

    assertThat(
            http.login("huytq", DEMO_PASSWORD)
                .getBytes("/admissions/" + id + "/documents/" + first.id())
                .statusCode())
        .isEqualTo(200);
    var tailv = http.login("tailv", DEMO_PASSWORD);
    assertThat(tailv.getBytes("/admissions/" + id + "/documents/" + first.id()).statusCode())
        .isEqualTo(404);
    // a document of another case is not reachable through this one
    String other = openCase("Đinh Văn Mạnh");
    assertThat(annv.getBytes("/admissions/" + other + "/documents/" + first.id()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theTaskPageAssignsTheMentorAndReturnsToTheTasklist() {
    String id = openCase("Đinh Văn Nghĩa");
    Task task = process.openTasks(id).get(0);
    String callback =
        "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId();
    String page = "/admissions/task?taskId=" + task.getId() + "&callbackUrl=" + enc(callback);

    var annv = http.login("annv", DEMO_PASSWORD);
    var form = annv.get(page);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("Phân công đảng viên giúp đỡ", "Triệu Văn Bình", "Kết nạp Đinh Văn Nghĩa");
    assertThat(http.login("tailv", DEMO_PASSWORD).get(page).statusCode()).isEqualTo(404);
    assertThat(http.login("binhtv", DEMO_PASSWORD).get(page).statusCode()).isEqualTo(404);

    Map<String, String> none = new HashMap<>();
    none.put("taskId", task.getId());
    none.put("callbackUrl", callback);
    none.put("mentorMemberId", "");
    var refused = annv.submit(page, "/admissions/task", none);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Chưa lưu được", "chưa chọn đảng viên giúp đỡ");
    assertThat(admissions.admissionCase(id).stage()).isEqualTo(AdmissionStage.MENTOR);

    Map<String, String> mentor = new HashMap<>(none);
    mentor.put("mentorMemberId", Long.toString(support.memberId("binhtv")));
    var done = annv.submit(page, "/admissions/task", mentor);
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElse(""))
        .isIn(
            "/camunda/app/tasklist/default/#/?task=" + task.getId(),
            "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    AdmissionCase c = admissions.admissionCase(id);
    assertThat(c.stage()).isEqualTo(AdmissionStage.DOSSIER);
    assertThat(c.mentorMemberId()).isEqualTo(support.memberId("binhtv"));
    assertThat(annv.get("/admissions/" + id).body()).contains("Triệu Văn Bình");

    // The Tasklist may still link to the finished task: a conflict, said in words.
    var again = annv.submit("/admissions/" + id, "/admissions/task", mentor);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Công việc này đã được hoàn thành hoặc không còn");
  }

  @Test
  void theDossierPageListsEveryMissingDocumentAndCompletesOnceAllAreThere() {
    String id = openCase("Đinh Văn Phong");
    String instance = process.openTasks(id).get(0).getProcessInstanceId();
    support.complete(
        "annv",
        instance,
        MemberAdmissionProcess.ASSIGN_MENTOR,
        Map.of("mentorMemberId", (int) support.memberId("binhtv")));
    Task task = process.openTasks(id).get(0);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(MemberAdmissionProcess.COMPILE_DOSSIER);
    String page = "/admissions/task?taskId=" + task.getId();
    var annv = http.login("annv", DEMO_PASSWORD);
    assertThat(annv.get(page).body())
        .contains(
            "Hoàn thiện hồ sơ kết nạp",
            "Còn thiếu 5 tài liệu bắt buộc",
            "Tải lên tài liệu",
            "Trung học phổ thông",
            "Người giới thiệu thứ hai",
            "Hà Thị Lan");

    Map<String, String> dossier = new HashMap<>();
    dossier.put("taskId", task.getId());
    dossier.put("callbackUrl", "https://evil.example/steal");
    dossier.put("education", "UPPER_SECONDARY");
    dossier.put("introducer1MemberId", Long.toString(support.memberId("lanht")));
    dossier.put("introducer1Months", "24");
    dossier.put("introducer2MemberId", Long.toString(support.memberId("maibt")));
    dossier.put("introducer2Months", "18");
    dossier.put("fatherName", "Đinh Văn Cường");
    dossier.put("motherName", "Lê Thị Hoa");
    var refused = annv.submit(page, "/admissions/task", dossier);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "Hồ sơ chưa đủ tài liệu",
            "hồ sơ còn thiếu: Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng",
            "hồ sơ còn thiếu: Đơn xin vào Đảng (mẫu 1-KNĐ)",
            "hồ sơ còn thiếu: Lý lịch của người xin vào Đảng (mẫu 2-KNĐ)",
            "hồ sơ còn thiếu: Giấy giới thiệu người vào Đảng (mẫu 3-KNĐ)",
            "hồ sơ còn thiếu: Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú (mẫu"
                + " 5-KNĐ)",
            // what was typed stays on the page
            "value=\"Đinh Văn Cường\"");
    assertThat(admissions.admissionCase(id).stage()).isEqualTo(AdmissionStage.DOSSIER);
    assertThat(admissions.verifications(id)).isEmpty();

    // Uploaded from the dossier's page, the person comes back to it.
    String today = LocalDate.now(clock).toString();
    var uploaded =
        annv.upload(
            page,
            "/admissions/" + id + "/documents",
            Map.of("kind", "CERTIFICATE", "documentDate", today, "taskId", task.getId()),
            "file",
            "chung-nhan.pdf",
            "application/pdf",
            AdmissionTestSupport.PDF);
    assertThat(uploaded.statusCode()).isEqualTo(302);
    assertThat(uploaded.headers().firstValue("Location").orElse(""))
        .contains("/admissions/task?taskId=" + task.getId() + "&uploaded=");
    var badFromTask =
        annv.upload(
            page,
            "/admissions/" + id + "/documents",
            Map.of("kind", "", "documentDate", today, "taskId", task.getId()),
            "file",
            "x.pdf",
            "application/pdf",
            AdmissionTestSupport.PDF);
    assertThat(badFromTask.statusCode()).isEqualTo(400);
    assertThat(badFromTask.body()).contains("chưa chọn loại tài liệu", "Thông tin hồ sơ");
    assertThat(annv.get(page).body()).contains("Còn thiếu 4 tài liệu bắt buộc", "chung-nhan.pdf");

    support.uploadDossier(id, LocalDate.now(clock), "annv");
    dossier.remove("introducer2MemberId");
    var oneIntroducer = annv.submit(page, "/admissions/task", dossier);
    assertThat(oneIntroducer.statusCode()).isEqualTo(400);
    assertThat(oneIntroducer.body()).contains("cần hai đảng viên chính thức giới thiệu");

    dossier.put("introducer2MemberId", Long.toString(support.memberId("maibt")));
    var done = annv.submit(page, "/admissions/task", dossier);
    assertThat(done.statusCode()).isEqualTo(302);
    // a callback to another site is not followed
    assertThat(done.headers().firstValue("Location").orElse(""))
        .endsWith("/admissions/" + id + "?done")
        .doesNotContain("evil");
    assertThat(admissions.admissionCase(id).stage()).isEqualTo(AdmissionStage.VERIFICATION);
    assertThat(admissions.verifications(id)).hasSize(3);
    String after = annv.get("/admissions/" + id).body();
    assertThat(after)
        .contains(
            "Thẩm tra lý lịch",
            "Cha: Đinh Văn Cường",
            "Chưa có kết quả",
            "Hà Thị Lan",
            "Hồ sơ đã qua bước hoàn thiện",
            // the diagram from the history: waiting at the verification, the way there taken,
            // the loop back to the dossier not
            "class=\"bpmn-shape bpmn-task is-active\" data-element-id=\"UserTask_VerifyBackground\"",
            "class=\"bpmn-shape bpmn-task is-passed\" data-element-id=\"UserTask_CompileDossier\"",
            "class=\"bpmn-edge is-passed\" data-element-id=\"Flow_CompileDossierToVerifyBackground\"",
            "class=\"bpmn-edge is-ahead\" data-element-id=\"Flow_EligibleToCompileDossier\"");
  }

  @Test
  void theBoardCountsWorkingDaysToTheDecisionAndSaysInWordsWhenOneIsOverdue() {
    LocalDate today = LocalDate.now(clock);
    LocalDate longAgo = calendar.previousWorkingDay(today.minusMonths(6));
    String late =
        support.toDecision(
            support.candidate("MB01", "Đinh Văn Quang", LocalDate.of(1998, 2, 3)), longAgo);
    String onTime =
        support.toDecision(
            support.candidate("MB01", "Đinh Văn Sáng", LocalDate.of(1998, 2, 3)), today);
    LocalDate lateDue = admissions.admissionCase(late).decisionDue();
    assertThat(lateDue).isBefore(today);
    assertThat(admissions.admissionCase(onTime).decisionDue())
        .isEqualTo(calendar.addWorkingDays(today, 60));

    var huytq = http.login("huytq", DEMO_PASSWORD);
    String board = huytq.get("/admissions?stage=DECISION").body();
    String overdue = "Quá hạn " + calendar.workingDaysBetween(lateDue, today) + " ngày làm việc";
    assertThat(board)
        .contains(
            "Cấp ủy có thẩm quyền quyết định",
            "Đinh Văn Quang",
            overdue,
            "Đinh Văn Sáng",
            "Còn 60 ngày làm việc",
            lateDue.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    // the late card is marked for the eye as well as in words
    String lateCard = board.substring(board.lastIndexOf("<li", board.indexOf("Đinh Văn Quang")));
    assertThat(lateCard.substring(0, lateCard.indexOf("</li>"))).contains("is-overdue", overdue);
    String onTimeCard = board.substring(board.lastIndexOf("<li", board.indexOf("Đinh Văn Sáng")));
    assertThat(onTimeCard.substring(0, onTimeCard.indexOf("</li>"))).doesNotContain("is-overdue");

    // The commune committee decides: its next action on the case page is the Tasklist's task.
    String page = huytq.get("/admissions/" + late).body();
    assertThat(page)
        .contains(
            "Hạn bước hiện tại",
            overdue,
            "Quyết định kết nạp đảng viên",
            "href=\"/camunda/app/tasklist/default/#/?task=",
            "18/21 đảng viên chính thức tán thành (cần 14)");
    assertThat(http.login("annv", DEMO_PASSWORD).get("/admissions/" + late).body())
        .contains(
            "Hiện đồng chí không có việc cần làm ở hồ sơ này", "Ban Chấp hành Đảng bộ xã Mỹ Bằng");
  }

  private String openCase(String name) {
    long applicant = support.candidate("MB01", name, LocalDate.of(2000, 6, 15));
    return process.open(applicant, "annv").id();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
