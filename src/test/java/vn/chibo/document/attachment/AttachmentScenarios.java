package vn.chibo.document.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;
import static vn.chibo.support.Http.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.chibo.admission.AdmissionService;
import vn.chibo.admission.AdmissionTestSupport;
import vn.chibo.admission.probation.ProbationService;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.Http;
import vn.chibo.support.ProcessDriver;
import vn.chibo.workflow.UploadedFiles;

/**
 * Files attached to the cases of branch MB01 through the API, as the demo users with authorization
 * on: annv its secretary, binhtv a committee member, maibt its minute-taker, one of its plain
 * members, huytq the commune secretary above, tailv the secretary of MB02 — against the database of
 * the subclass. The limit is lowered to 1 MB so that the oversize case stays small.
 */
@TestPropertySource(
    properties = {"camunda.bpm.job-execution.enabled=false", "chibo.attachments.max-bytes=1MB"})
abstract class AttachmentScenarios {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired BranchMeetingProcess meetingProcess;
  @Autowired AdmissionService admissions;
  @Autowired MemberAdmissionProcess admissionProcess;
  @Autowired ProbationService probations;
  @Autowired OrganizationService organizations;
  @Autowired ManagementService management;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  private Http http() {
    return new Http(port);
  }

  @Test
  void theSecretaryAttachesEachAcceptedTypeAndEveryoneWhoSeesTheCaseGetsTheSameBytesBack()
      throws Exception {
    String key = meeting(YearMonth.of(2027, 3));
    Map<String, byte[]> files = new HashMap<>();
    files.put("Biên bản họp chi ủy.pdf", AttachmentFiles.PDF);
    files.put("anh-hop.jpg", AttachmentFiles.JPEG);
    files.put("so-do.png", AttachmentFiles.PNG);
    files.put("Dự thảo nghị quyết.docx", AttachmentFiles.docx());
    Map<String, String> types =
        Map.of(
            "Biên bản họp chi ủy.pdf", UploadedFiles.PDF,
            "anh-hop.jpg", UploadedFiles.JPEG,
            "so-do.png", UploadedFiles.PNG,
            "Dự thảo nghị quyết.docx", UploadedFiles.DOCX);
    Map<String, Long> ids = new HashMap<>();
    for (var f : files.entrySet()) {
      HttpResponse<String> added =
          add(key, "annv", f.getKey(), f.getValue(), Map.of("description", "Tài liệu họp"));
      assertThat(added.statusCode()).as(f.getKey()).isEqualTo(201);
      JsonNode a = json(added);
      assertThat(a.get("contentType").asText()).isEqualTo(types.get(f.getKey()));
      assertThat(a.get("fileName").asText()).isEqualTo(f.getKey());
      assertThat(a.get("sizeBytes").asInt()).isEqualTo(f.getValue().length);
      assertThat(a.get("sha256").asText()).isEqualTo(UploadedFiles.sha256(f.getValue()));
      assertThat(a.get("uploadedBy").asText()).isEqualTo("annv");
      assertThat(a.get("taskId").isNull()).isTrue();
      assertThat(added.headers().firstValue("Location").orElseThrow())
          .endsWith("/attachments/" + a.get("id").asLong());
      ids.put(f.getKey(), a.get("id").asLong());
    }

    // The branch, its committee and the commune above list the four files and download each.
    for (String user :
        new String[] {"annv", "binhtv", "maibt", plainMember().username(), "huytq"}) {
      HttpResponse<String> list =
          http().get("/api/cases/" + key + "/attachments", basic(user, DEMO_PASSWORD));
      assertThat(list.statusCode()).as(user).isEqualTo(200);
      assertThat(json(list).size()).as(user).isEqualTo(4);
      assertThat(json(list).get(0).get("id").asLong())
          .as("newest first")
          .isEqualTo(ids.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    }
    for (var f : files.entrySet()) {
      HttpResponse<byte[]> file =
          http().getBytes("/attachments/" + ids.get(f.getKey()), basic("huytq", DEMO_PASSWORD));
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.body()).isEqualTo(f.getValue());
      assertThat(UploadedFiles.sha256(file.body())).isEqualTo(UploadedFiles.sha256(f.getValue()));
      assertThat(file.headers().firstValue("Content-Type").orElseThrow())
          .startsWith(types.get(f.getKey()));
      assertThat(file.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
      assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment;")
          .contains("filename*=UTF-8''");
    }
  }

  @Test
  void aFileOfAnotherTypeOrOverTheLimitIsRefusedNamingTheFieldAndNothingIsStored()
      throws Exception {
    String key = meeting(YearMonth.of(2027, 4));
    Map<String, byte[]> refused = new java.util.LinkedHashMap<>();
    refused.put("setup.exe", AttachmentFiles.EXE);
    refused.put("bien-ban.pdf", AttachmentFiles.TEXT);
    refused.put("du-thao.docx", AttachmentFiles.zipWithoutDocument());
    for (var f : refused.entrySet()) {
      HttpResponse<String> r = add(key, "annv", f.getKey(), f.getValue(), Map.of());
      assertThat(r.statusCode()).as(f.getKey()).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("file");
      assertThat(json(r).get("detail").asText())
          .contains("Tệp: chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc văn bản Word (.docx)");
    }
    HttpResponse<String> macros =
        add(key, "annv", "nghi-quyet.docx", AttachmentFiles.docm(), Map.of());
    assertThat(macros.statusCode()).isEqualTo(400);
    assertThat(json(macros).get("detail").asText()).contains("tệp Word có macro không được nhận");

    // One byte over the limit: 413, the field named with the limit; exactly the limit is taken.
    HttpResponse<String> large =
        add(key, "annv", "ban-quet.pdf", AttachmentFiles.pdfOf(1024 * 1024 + 1), Map.of());
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(json(large).get("errors").get(0).get("field").asText()).isEqualTo("file");
    assertThat(json(large).get("detail").asText()).contains("tệp lớn quá giới hạn 1 MB");

    HttpResponse<String> noFile =
        http()
            .postMultipart(
                "/api/cases/" + key + "/attachments",
                Map.of("description", "Quên chọn tệp"),
                null,
                null,
                null,
                basic("annv", DEMO_PASSWORD));
    assertThat(noFile.statusCode()).isEqualTo(400);
    assertThat(json(noFile).get("errors").get(0).get("field").asText()).isEqualTo("file");

    HttpResponse<String> longNote =
        add(key, "annv", "a.pdf", AttachmentFiles.PDF, Map.of("description", "x".repeat(1001)));
    assertThat(longNote.statusCode()).isEqualTo(400);
    assertThat(json(longNote).get("errors").get(0).get("field").asText()).isEqualTo("description");

    HttpResponse<String> badTask =
        add(key, "annv", "a.pdf", AttachmentFiles.PDF, Map.of("taskId", "khong-co"));
    assertThat(badTask.statusCode()).isEqualTo(400);
    assertThat(json(badTask).get("errors").get(0).get("field").asText()).isEqualTo("taskId");

    assertThat(rows(key)).isZero();

    HttpResponse<String> atLimit =
        add(key, "annv", "ban-quet.pdf", AttachmentFiles.pdfOf(1024 * 1024), Map.of());
    assertThat(atLimit.statusCode()).isEqualTo(201);
    HttpResponse<byte[]> back =
        http().getBytes(json(atLimit).get("href").asText(), basic("annv", DEMO_PASSWORD));
    assertThat(back.body()).isEqualTo(AttachmentFiles.pdfOf(1024 * 1024));
    assertThat(rows(key)).isEqualTo(1);
  }

  @Test
  void anotherBranchFindsNothingAndAPlainMemberSeesButAddsOnlyWhileWorkingATaskOfTheCase()
      throws Exception {
    String key = meeting(YearMonth.of(2027, 5));
    HttpResponse<String> added = add(key, "annv", "bien-ban.pdf", AttachmentFiles.PDF, Map.of());
    long id = json(added).get("id").asLong();

    // MB02's secretary: neither the case nor its files exist for him.
    assertThat(http().get("/api/cases/" + key + "/attachments", basic("tailv", DEMO_PASSWORD)))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(404));
    assertThat(http().getBytes("/attachments/" + id, basic("tailv", DEMO_PASSWORD)).statusCode())
        .isEqualTo(404);
    HttpResponse<String> foreign = add(key, "tailv", "x.pdf", AttachmentFiles.PDF, Map.of());
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(
            http()
                .get("/api/cases/MTG-MB01-1999-01/attachments", basic("annv", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            http()
                .get("/api/cases/khong%20co/attachments", basic("annv", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(404);

    // The committee adds; the commune above and the minute-taker see but have no task here yet.
    assertThat(add(key, "binhtv", "y-kien.pdf", AttachmentFiles.PDF, Map.of()).statusCode())
        .isEqualTo(201);
    assertThat(add(key, "huytq", "chi-dao.pdf", AttachmentFiles.PDF, Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(add(key, "maibt", "ghi-chu.pdf", AttachmentFiles.PDF, Map.of()).statusCode())
        .isEqualTo(403);

    Member plain = plainMember();
    String user = plain.username();
    assertThat(
            http()
                .get("/api/cases/" + key + "/attachments", basic(user, DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(200);
    assertThat(http().getBytes("/attachments/" + id, basic(user, DEMO_PASSWORD)).body())
        .isEqualTo(AttachmentFiles.PDF);
    HttpResponse<String> notYet = add(key, user, "bao-cao.pdf", AttachmentFiles.PDF, Map.of());
    assertThat(notYet.statusCode()).isEqualTo(403);
    assertThat(json(notYet).get("detail").asText()).contains("công việc của hồ sơ này");

    // Given the preparation to do, the member adds files, recorded as added from that task.
    Task prepare = taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult();
    assertThat(prepare.getTaskDefinitionKey()).isEqualTo(BranchMeetingProcess.PREPARE_CONTENT);
    taskService.setAssignee(prepare.getId(), user);
    HttpResponse<String> fromTask =
        add(key, user, "bao-cao.docx", AttachmentFiles.docx(), Map.of("taskId", prepare.getId()));
    assertThat(fromTask.statusCode()).isEqualTo(201);
    assertThat(json(fromTask).get("taskId").asText()).isEqualTo(prepare.getId());
    assertThat(json(fromTask).get("taskName").asText()).isEqualTo(prepare.getName());
    // The secretary cannot claim to add from a task that is now someone else's.
    HttpResponse<String> notHers =
        add(key, "annv", "x.pdf", AttachmentFiles.PDF, Map.of("taskId", prepare.getId()));
    assertThat(notHers.statusCode()).isEqualTo(400);
    assertThat(json(notHers).get("errors").get(0).get("field").asText()).isEqualTo("taskId");

    taskService.setAssignee(prepare.getId(), null);
    assertThat(add(key, user, "them.pdf", AttachmentFiles.PDF, Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(rows(key)).isEqualTo(3);
  }

  @Test
  void admissionAndProbationCasesHaveTheirFilesForTheirBranchOnly() throws Exception {
    AdmissionTestSupport support =
        new AdmissionTestSupport(
            admissions,
            admissionProcess,
            organizations,
            identity,
            new ProcessDriver(management, taskService, identity),
            jdbc);
    long candidate = support.candidate("MB01", "Hoàng Văn Đính", LocalDate.of(2000, 2, 14));
    String admission = admissionProcess.open(candidate, "annv").id();
    Member probationary =
        probations.probationaryWithoutCase(mb01()).stream().findFirst().orElseThrow();
    String probation = probations.openFromRegistry(probationary.id(), "annv");

    for (String key : new String[] {admission, probation}) {
      HttpResponse<String> added = add(key, "annv", "don.pdf", AttachmentFiles.PDF, Map.of());
      assertThat(added.statusCode()).as(key).isEqualTo(201);
      long id = json(added).get("id").asLong();
      assertThat(
              http()
                  .get("/api/cases/" + key + "/attachments", basic("huytq", DEMO_PASSWORD))
                  .statusCode())
          .isEqualTo(200);
      assertThat(
              http()
                  .get("/api/cases/" + key + "/attachments", basic("tailv", DEMO_PASSWORD))
                  .statusCode())
          .as(key)
          .isEqualTo(404);
      assertThat(http().getBytes("/attachments/" + id, basic("tailv", DEMO_PASSWORD)).statusCode())
          .isEqualTo(404);
      assertThat(add(key, "tailv", "x.pdf", AttachmentFiles.PDF, Map.of()).statusCode())
          .isEqualTo(404);
    }
  }

  // ------------------------------------------------------------------

  /** MB01's regular meeting of the month, opened and started once. */
  private String meeting(YearMonth month) {
    var branch = organizations.organization("MB01").orElseThrow();
    meetings.openRegular(branch, month).ifPresent(meetingProcess::start);
    Meeting m = meetings.findMeeting("MTG-MB01-" + month).orElseThrow();
    return m.id();
  }

  private long mb01() {
    return organizations.organization("MB01").orElseThrow().id();
  }

  /** An official member of MB01 with a login and no role. */
  private Member plainMember() {
    return organizations.membersOf(mb01()).stream()
        .filter(m -> m.username() != null && m.status() == MemberStatus.OFFICIAL)
        .filter(m -> organizations.activeRolesOf(m.id()).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> add(
      String key, String user, String name, byte[] content, Map<String, String> fields) {
    return http()
        .postMultipart(
            "/api/cases/" + key + "/attachments",
            fields,
            "file",
            name,
            content,
            basic(user, DEMO_PASSWORD));
  }

  private int rows(String key) {
    return jdbc.sql("select count(*) from attachment where case_key = ?")
        .param(key)
        .query(Integer.class)
        .single();
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }
}
