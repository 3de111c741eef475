package vn.chibo.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;
import static vn.chibo.support.Http.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.notification.TestSmtp;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.Http;
import vn.chibo.support.ProcessDriver;

/**
 * One admission case of branch MB01 through the admission API and {@code /engine-rest}, as the demo
 * users with authorization on: the secretary opens it and keeps the dossier, a committee member
 * verifies, the minute-taker records the vote, the commune secretary decides; the branch is told by
 * mail through a real SMTP server — against the database of the subclass.
 */
@TestPropertySource(
    properties = {
      "chibo.mail.transport=smtp",
      "spring.mail.host=127.0.0.1",
      "camunda.bpm.job-execution.enabled=false"
    })
abstract class AdmissionScenarios {

  static final ObjectMapper JSON = new ObjectMapper();
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired AdmissionService admissions;
  @Autowired MemberAdmissionProcess process;
  @Autowired OrganizationService organizations;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> TestSmtp.PORT);
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  private Http http() {
    return new Http(port);
  }

  @Test
  void aCandidateIsAdmittedThroughTheApiByTheDemoUsersOfTheBranchAndTheCommune() throws Exception {
    TestSmtp.reset();
    ProcessDriver.clockAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    ProcessDriver driver = new ProcessDriver(management, taskService, identity);
    AdmissionTestSupport support =
        new AdmissionTestSupport(admissions, process, organizations, identity, driver, jdbc);
    long applicant = support.candidate("MB01", "Nông Văn Thành", LocalDate.of(2001, 7, 9));

    // Only the branch's secretaries open a case; a second open case is a conflict.
    String open = "{\"memberId\":" + applicant + "}";
    assertThat(http().postJson("/api/admissions", open, basic("tailv", DEMO_PASSWORD)).statusCode())
        .isEqualTo(403);
    HttpResponse<String> opened =
        http().postJson("/api/admissions", open, basic("annv", DEMO_PASSWORD));
    assertThat(opened.statusCode()).isEqualTo(201);
    String id = json(opened).get("id").asText();
    HttpResponse<String> twice =
        http().postJson("/api/admissions", open, basic("annv", DEMO_PASSWORD));
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");

    // The commune sees the case; another branch does not know it exists.
    assertThat(http().get("/api/admissions/" + id, basic("huytq", DEMO_PASSWORD)).statusCode())
        .isEqualTo(200);
    assertThat(http().get("/api/admissions/" + id, basic("tailv", DEMO_PASSWORD)).statusCode())
        .isEqualTo(404);
    assertThat(tasks("tailv", id)).isEmpty();

    complete(
        "annv",
        taskOf("annv", id, MemberAdmissionProcess.ASSIGN_MENTOR),
        Map.of("mentorMemberId", support.memberId("binhtv")),
        204);

    // A file that is not a PDF or an image is refused by field, and nothing is stored.
    HttpResponse<String> bad =
        http()
            .postMultipart(
                "/api/admissions/" + id + "/documents",
                Map.of("kind", "APPLICATION", "documentDate", "2026-11-20"),
                "file",
                "don.docx",
                "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.UTF_8),
                basic("annv", DEMO_PASSWORD));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("errors").get(0).get("field").asText()).isEqualTo("file");
    assertThat(json(bad).get("detail").asText()).contains("chỉ nhận tệp PDF, JPEG hoặc PNG");
    assertThat(admissions.documents(id)).isEmpty();
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.isRequired()) {
        HttpResponse<String> up =
            http()
                .postMultipart(
                    "/api/admissions/" + id + "/documents",
                    Map.of("kind", kind.name(), "documentDate", "2026-11-20"),
                    "file",
                    kind.name().toLowerCase() + ".pdf",
                    PDF,
                    basic("annv", DEMO_PASSWORD));
        assertThat(up.statusCode()).as(kind.name()).isEqualTo(201);
      }
    }
    // Only the branch's secretaries keep the dossier.
    assertThat(
            http()
                .postMultipart(
                    "/api/admissions/" + id + "/documents",
                    Map.of("kind", "APPLICATION", "documentDate", "2026-11-20"),
                    "file",
                    "x.pdf",
                    PDF,
                    basic("huytq", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(403);

    // A dossier without its education is refused with the field named; the task stays open.
    String dossierTask = taskOf("annv", id, MemberAdmissionProcess.COMPILE_DOSSIER);
    Map<String, Object> dossier =
        new java.util.HashMap<>(
            support.dossier(support.memberId("lanht"), support.memberId("maibt")));
    dossier.remove("education");
    HttpResponse<String> refused = complete("annv", dossierTask, dossier, 400);
    assertThat(refused.body()).contains("education").contains("chưa chọn trình độ học vấn");
    assertThat(taskOf("annv", id, MemberAdmissionProcess.COMPILE_DOSSIER)).isEqualTo(dossierTask);
    complete(
        "annv",
        dossierTask,
        support.dossier(support.memberId("lanht"), support.memberId("maibt")),
        204);

    // Two committee members take the same verification at once: one wins, the other gets 409.
    List<String> verify = new ArrayList<>();
    for (JsonNode t : tasks("binhtv", id)) {
      verify.add(t.get("id").asText());
    }
    assertThat(verify).hasSize(3);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (String user : List.of("binhtv", "lanht")) {
      Callable<Integer> call =
          () -> {
            go.await();
            return complete(user, verify.get(0), Map.of("verificationResult", "CLEAR"), -1)
                .statusCode();
          };
      answers.add(pool.submit(call));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : answers) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(204, 409);
    for (String task : verify.subList(1, verify.size())) {
      complete("binhtv", task, Map.of("verificationResult", "CLEAR"), 204);
    }

    // The minute-taker records the vote: 16 of the 21 official members.
    complete(
        "maibt",
        taskOf("maibt", id, MemberAdmissionProcess.RECORD_BRANCH_VOTE),
        Map.of("voteDate", "2026-12-01", "votesFor", 16, "votesAgainst", 3, "votesAbstain", 2),
        204);
    AdmissionCase voted = admissions.admissionCase(id);
    assertThat(voted.voteBase()).isEqualTo(21);
    assertThat(voted.stage()).isEqualTo(AdmissionStage.DECISION);

    // The commune committee decides; the branch's secretary is told by mail.
    complete(
        "huytq",
        taskOf("huytq", id, MemberAdmissionProcess.DECIDE_ADMISSION),
        Map.of(
            "admissionDecision",
            "APPROVE",
            "decisionNumber",
            "88-QĐ/ĐU",
            "decisionDate",
            "2026-12-01",
            "committeeVotesFor",
            3),
        204);
    driver.runDueJobs(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId());
    List<MimeMessage> told =
        TestSmtp.received().stream()
            .filter(m -> subject(m).startsWith("Đã có quyết định kết nạp Nông Văn Thành"))
            .toList();
    assertThat(told).isNotEmpty();
    assertThat(told.stream().map(AdmissionScenarios::address))
        .containsExactlyInAnyOrder("annv@chibo.test", "lanht@chibo.test");

    complete(
        "annv",
        taskOf("annv", id, MemberAdmissionProcess.HOLD_CEREMONY),
        Map.of("ceremonyDate", "2026-12-01"),
        204);
    assertThat(organizations.member(applicant).orElseThrow().status())
        .isEqualTo(MemberStatus.PROBATIONARY);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("ProbationProcess")
                .variableValueEquals("memberId", applicant)
                .count())
        .as("probation starts with the ceremony")
        .isEqualTo(1);
    complete(
        "annv",
        taskOf("annv", id, MemberAdmissionProcess.COMPLETE_MEMBER_FILE),
        Map.of("memberFileCompleted", "2026-12-01"),
        204);
    JsonNode done = json(http().get("/api/admissions/" + id, basic("annv", DEMO_PASSWORD)));
    assertThat(done.get("stage").asText()).isEqualTo("ADMITTED");
    assertThat(done.get("documents").size()).isEqualTo(5);
  }

  // --- helpers -------------------------------------------------------------------------------

  private JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  private JsonNode tasks(String user, String caseId) throws Exception {
    return json(
        http()
            .get(
                "/engine-rest/task?processInstanceBusinessKey=" + caseId,
                basic(user, DEMO_PASSWORD)));
  }

  private String taskOf(String user, String caseId, String key) throws Exception {
    for (JsonNode t : tasks(user, caseId)) {
      if (key.equals(t.get("taskDefinitionKey").asText())) {
        return t.get("id").asText();
      }
    }
    throw new AssertionError(user + " sees no task " + key + " of " + caseId);
  }

  /** Completes through the REST API; {@code expected} -1 accepts any status. */
  private HttpResponse<String> complete(
      String user, String taskId, Map<String, Object> values, int expected) throws Exception {
    var root = JSON.createObjectNode();
    var vars = root.putObject("variables");
    for (var e : values.entrySet()) {
      vars.putObject(e.getKey()).putPOJO("value", e.getValue());
    }
    HttpResponse<String> r =
        http()
            .postJson(
                "/engine-rest/task/" + taskId + "/complete",
                JSON.writeValueAsString(root),
                basic(user, DEMO_PASSWORD));
    if (expected >= 0) {
      assertThat(r.statusCode())
          .as("%s completes %s: %s", user, taskId, r.body())
          .isEqualTo(expected);
    }
    return r;
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String address(MimeMessage m) {
    try {
      return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
