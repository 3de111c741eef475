package vn.chibo.document.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.admission.AdmissionService;
import vn.chibo.admission.AdmissionTestSupport;
import vn.chibo.admission.probation.ProbationPagesFixture;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.MeetingTestSupport;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.meeting.process.MeetingTaskActions;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.Http;
import vn.chibo.support.ProcessDriver;

/**
 * The attachments section on the meeting, admission and probation pages and on a task's page, as
 * the people of MB01 and of MB02 use it. Same context as the browser tests.
 */
@org.springframework.boot.test.context.SpringBootTest(
    webEnvironment =
        org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
class AttachmentPagesTest {

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired MeetingTaskActions meetingTasks;
  @Autowired BranchMeetingProcess meetingProcess;
  @Autowired AdmissionService admissions;
  @Autowired MemberAdmissionProcess admissionProcess;
  @Autowired OrganizationService organizations;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ApplicationContext context;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  @Test
  void theSecretaryAttachesAFileOnTheMeetingPageAndARefusedOneIsExplainedByField() {
    String id = extraordinaryMeeting();
    String page = "/meetings/" + id;
    var annv = http.login("annv", DEMO_PASSWORD);
    String before = annv.get(page).body();
    assertThat(before)
        .contains(
            "id=\"tep-dinh-kem\"",
            "Tệp đính kèm",
            "Chưa có tệp đính kèm nào.",
            "action=\"/cases/" + id + "/attachments\"",
            "enctype=\"multipart/form-data\"",
            "name=\"returnTo\" value=\"" + page + "\"",
            "tối đa 10 MB");

    // A text file named .pdf: back on the page with the reason, the field named, nothing stored.
    HttpResponse<String> refused =
        annv.upload(
            page,
            "/cases/" + id + "/attachments",
            Map.of("returnTo", page, "description", "Biên bản"),
            "file",
            "bien-ban.pdf",
            "application/pdf",
            AttachmentFiles.TEXT);
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location").orElseThrow())
        .endsWith(page + "#tep-dinh-kem");
    String explained = annv.get(page).body();
    assertThat(explained)
        .contains(
            "Chưa đính kèm được, không có gì được lưu:",
            "Tệp: chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc văn bản Word (.docx)",
            "href=\"#attachment-file\"",
            "aria-invalid=\"true\"",
            ">Biên bản</textarea>",
            "Chưa có tệp đính kèm nào.");
    assertThat(annv.get(page).body()).doesNotContain("Chưa đính kèm được");

    HttpResponse<String> added =
        annv.upload(
            page,
            "/cases/" + id + "/attachments",
            Map.of("returnTo", page, "description", "Bản ký của bí thư"),
            "file",
            "Biên bản họp bất thường.pdf",
            "application/pdf",
            AttachmentFiles.PDF);
    assertThat(added.statusCode()).isEqualTo(302);
    String after = annv.get(page).body();
    long fileId = newestAttachment(id);
    assertThat(after)
        .contains(
            "Đã đính kèm tệp Biên bản họp bất thường.pdf.",
            "href=\"/attachments/" + fileId + "\"",
            ">Biên bản họp bất thường.pdf</a>",
            "PDF",
            "Nguyễn Văn An thêm lúc",
            "Bản ký của bí thư");
    assertThat(annv.getBytes("/attachments/" + fileId).body()).isEqualTo(AttachmentFiles.PDF);

    // A plain member sees the list without the form and is refused if he posts anyway.
    var plain = http.login(plainMemberOfMb01(), DEMO_PASSWORD);
    String seen = plain.get(page).body();
    assertThat(seen)
        .contains(">Biên bản họp bất thường.pdf</a>", "mới đính kèm được tệp.")
        .doesNotContain("action=\"/cases/" + id + "/attachments\"");
    assertThat(
            plain
                .upload(
                    "/",
                    "/cases/" + id + "/attachments",
                    Map.of(),
                    "file",
                    "x.pdf",
                    "application/pdf",
                    AttachmentFiles.PDF)
                .statusCode())
        .isEqualTo(403);

    // MB02's secretary: neither the page, the file nor the form exist for him.
    var tailv = http.login("tailv", DEMO_PASSWORD);
    assertThat(tailv.get(page).statusCode()).isEqualTo(404);
    assertThat(tailv.getBytes("/attachments/" + fileId).statusCode()).isEqualTo(404);
    assertThat(
            tailv
                .upload(
                    "/",
                    "/cases/" + id + "/attachments",
                    Map.of(),
                    "file",
                    "x.pdf",
                    "application/pdf",
                    AttachmentFiles.PDF)
                .statusCode())
        .isEqualTo(404);
    assertThat(newestAttachment(id)).isEqualTo(fileId);
  }

  @Test
  void aFileAddedFromTheTaskPageIsRecordedWithTheTaskAndListedOnTheCasePage() {
    AdmissionTestSupport support =
        new AdmissionTestSupport(
            admissions,
            admissionProcess,
            organizations,
            identity,
            new ProcessDriver(management, tasks, identity),
            jdbc);
    long candidate = support.candidate("MB01", "Lý Thị Hoa", LocalDate.of(2002, 6, 1));
    String caseId = admissionProcess.open(candidate, "annv").id();
    Task task = admissionProcess.openTasks(caseId).get(0);
    String taskPage = "/admissions/task?taskId=" + task.getId();
    var annv = http.login("annv", DEMO_PASSWORD);
    String form = annv.get(taskPage).body();
    assertThat(form)
        .contains(
            "Tệp sẽ được ghi là thêm từ công việc: " + task.getName(),
            "name=\"taskId\" value=\"" + task.getId() + "\"",
            "name=\"returnTo\" value=\"" + taskPage + "\"");

    HttpResponse<String> added =
        annv.upload(
            taskPage,
            "/cases/" + caseId + "/attachments",
            Map.of("returnTo", taskPage, "taskId", task.getId()),
            "file",
            "Sơ yếu lý lịch.docx",
            "application/octet-stream",
            AttachmentFiles.docx());
    assertThat(added.headers().firstValue("Location").orElseThrow())
        .endsWith(taskPage + "#tep-dinh-kem");
    assertThat(annv.get(taskPage).body())
        .contains(
            "Đã đính kèm tệp Sơ yếu lý lịch.docx.",
            "Văn bản Word",
            "Thêm từ công việc: " + task.getName());
    assertThat(annv.get("/admissions/" + caseId).body())
        .contains(
            ">Sơ yếu lý lịch.docx</a>",
            "Thêm từ công việc: " + task.getName(),
            "href=\"/attachments/" + newestAttachment(caseId) + "\"");
    // An address of another site given as the way back is not followed.
    HttpResponse<String> elsewhere =
        annv.upload(
            "/admissions/" + caseId,
            "/cases/" + caseId + "/attachments",
            Map.of("returnTo", "https://example.com/"),
            "file",
            "anh.png",
            "image/png",
            AttachmentFiles.PNG);
    assertThat(elsewhere.headers().firstValue("Location").orElseThrow())
        .endsWith("/admissions/" + caseId + "#tep-dinh-kem");

    assertThat(http.login("tailv", DEMO_PASSWORD).get("/admissions/" + caseId).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theMinuteTakerAttachesFromTheRecordPageAndTheFileIsRecordedWithTheRecordTask() {
    YearMonth month = YearMonth.of(2031, 2);
    ProcessDriver.clockAt(month.minusMonths(1).atDay(25).atTime(6, 0));
    Meeting m =
        meetings.openRegular(organizations.organization("MB01").orElseThrow(), month).orElseThrow();
    ProcessInstance pi = meetingProcess.start(m);
    ProcessDriver driver = new ProcessDriver(management, tasks, identity);
    new MeetingTestSupport(meetings, organizations, meetingProcess, identity, driver)
        .prepareAndAgree(pi);
    ProcessDriver.clockAt(LocalDateTime.of(2031, 2, 3, 11, 0));
    Task record = driver.task(pi.getId(), BranchMeetingProcess.RECORD_MEETING);
    String recordPage = "/meetings/record?taskId=" + record.getId();

    // maibt is neither secretary nor committee: the record task is what lets her add files.
    var maibt = http.login("maibt", DEMO_PASSWORD);
    assertThat(maibt.get(recordPage).body())
        .contains("Tệp đính kèm", "Tệp sẽ được ghi là thêm từ công việc: " + record.getName());
    HttpResponse<String> added =
        maibt.upload(
            recordPage,
            "/cases/" + m.id() + "/attachments",
            Map.of("returnTo", recordPage, "taskId", record.getId()),
            "file",
            "danh-sach-ky.jpg",
            "image/jpeg",
            AttachmentFiles.JPEG);
    assertThat(added.headers().firstValue("Location").orElseThrow())
        .endsWith(recordPage + "#tep-dinh-kem");
    assertThat(maibt.get("/meetings/" + m.id()).body())
        .contains(
            ">danh-sach-ky.jpg</a>",
            "Ảnh JPEG",
            "Bùi Thị Mai thêm lúc",
            "Thêm từ công việc: " + record.getName());
  }

  @Test
  void theProbationPageShowsItsFilesToTheCommuneAbove() {
    var c = ProbationPagesFixture.of(context).justEnded(61);
    var huytq = http.login("huytq", DEMO_PASSWORD);
    String page = huytq.get("/probations/" + c.caseId()).body();
    assertThat(page).contains("id=\"tep-dinh-kem\"", "Chưa có tệp đính kèm nào.");
    assertThat(page).contains("mới đính kèm được tệp.");
  }

  // ------------------------------------------------------------------

  /** A new extraordinary meeting of MB01, months ahead so that no other page test counts it. */
  @Test
  void aFileLargerThanTheServerTakesSendsThePersonBackToThePageWithTheReason() {
    String id = extraordinaryMeeting();
    String page = "/meetings/" + id;
    var annv = http.login("annv", DEMO_PASSWORD);
    var csrf =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
            .matcher(annv.get(page).body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> refused =
        http.postMultipart(
            "/cases/" + id + "/attachments",
            Map.of("_csrf", csrf.group(1), "returnTo", page),
            "file",
            "bien-ban-quet.pdf",
            "application/pdf",
            new byte[13 * 1024 * 1024],
            "Cookie",
            annv.cookie(),
            "Referer",
            "http://localhost:" + port + page);
    assertThat(refused.statusCode()).isEqualTo(303);
    assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(page);
    String shown = annv.get(page).body();
    assertThat(shown)
        .contains(
            "role=\"alert\"",
            "Chưa lưu được: tệp tải lên lớn quá giới hạn của hệ thống (12 MB)",
            "Chưa có tệp đính kèm nào.");
    assertThat(annv.get(page).body()).doesNotContain("lớn quá giới hạn của hệ thống");

    // The same file through the API: a problem naming the field, not a page.
    HttpResponse<String> api =
        http.postMultipart(
            "/api/cases/" + id + "/attachments",
            Map.of(),
            "file",
            "bien-ban-quet.pdf",
            "application/pdf",
            new byte[13 * 1024 * 1024],
            vn.chibo.support.Http.basic("annv", DEMO_PASSWORD));
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    assertThat(api.body()).contains("Tệp quá lớn", "\"field\":\"file\"");
  }

  private String extraordinaryMeeting() {
    Meeting m =
        meetings.openExtra(
            organizations.organization("MB01").orElseThrow(),
            MeetingKind.EXTRAORDINARY,
            LocalDate.now(clock).plusMonths(5).withDayOfMonth(12).toString(),
            "08:00",
            "Hội trường thôn",
            null,
            "annv");
    meetingTasks.start(m);
    return m.id();
  }

  private long newestAttachment(String caseKey) {
    return jdbc.sql("select max(id) from attachment where case_key = ?")
        .param(caseKey)
        .query(Long.class)
        .single();
  }

  private String plainMemberOfMb01() {
    long mb01 = organizations.organization("MB01").orElseThrow().id();
    return organizations.membersOf(mb01).stream()
        .filter(m -> m.username() != null && m.status() == MemberStatus.OFFICIAL)
        .filter(m -> organizations.activeRolesOf(m.id()).isEmpty())
        .findFirst()
        .orElseThrow()
        .username();
  }
}
