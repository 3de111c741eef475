package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;
import static vn.chibo.support.Http.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.YearMonth;
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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.notification.TestSmtp;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.Http;
import vn.chibo.support.ProcessDriver;

/**
 * A month of branch MB01 run through {@code /engine-rest} as its demo users, with authorization on,
 * the notice delivered by a real SMTP server with its calendar invitation — against the database of
 * the subclass. Jobs are run by hand, as an engine node's job executor would.
 */
@TestPropertySource(
    properties = {
      "chibo.mail.transport=smtp",
      "spring.mail.host=127.0.0.1",
      "camunda.bpm.job-execution.enabled=false"
    })
abstract class MeetingMonthScenarios {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired ManagementService management;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;

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

  private JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  private String taskOf(String user, String meetingId) throws Exception {
    JsonNode tasks =
        json(
            http()
                .get(
                    "/engine-rest/task?processInstanceBusinessKey=" + meetingId,
                    basic(user, DEMO_PASSWORD)));
    assertThat(tasks.size()).as("tasks of %s visible to %s", meetingId, user).isEqualTo(1);
    return tasks.get(0).get("id").asText();
  }

  private static String variables(Map<String, Object> values) throws Exception {
    var root = JSON.createObjectNode();
    var vars = root.putObject("variables");
    for (var e : values.entrySet()) {
      var v = vars.putObject(e.getKey());
      v.putPOJO("value", e.getValue());
    }
    return JSON.writeValueAsString(root);
  }

  @Test
  void aBranchRunsItsMonthThroughTheRestApiAndEveryMemberGetsTheNoticeWithAnInvitation()
      throws Exception {
    TestSmtp.reset();
    ProcessInstance pi =
        process.start(
            meetings
                .openRegular(
                    organizations.organization("MB01").orElseThrow(), YearMonth.of(2026, 12))
                .orElseThrow());
    String id = pi.getBusinessKey();
    ProcessDriver driver = new ProcessDriver(management, taskService, identity);

    // Another branch's secretary sees nothing of it and cannot complete it.
    String prepare = taskOf("annv", id);
    assertThat(
            json(http()
                    .get(
                        "/engine-rest/task?processInstanceBusinessKey=" + id,
                        basic("tailv", DEMO_PASSWORD)))
                .size())
        .isZero();
    assertThat(
            http()
                .postJson(
                    "/engine-rest/task/" + prepare + "/complete",
                    "{}",
                    basic("tailv", DEMO_PASSWORD))
                .statusCode())
        .isIn(403, 404);

    // The form's fields as the Tasklist loads them, then a submission missing a required part.
    JsonNode shown =
        json(
            http()
                .get(
                    "/engine-rest/task/" + prepare + "/form-variables",
                    basic("annv", DEMO_PASSWORD)));
    assertThat(shown.has("agendaPolitical")).isTrue();
    Map<String, Object> content = new java.util.HashMap<>(MeetingTestSupport.preparation());
    content.put("agendaPolitical", "");
    HttpResponse<String> refused =
        http()
            .postJson(
                "/engine-rest/task/" + prepare + "/submit-form",
                variables(content),
                basic("annv", DEMO_PASSWORD));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    assertThat(json(refused).get("errors").get(0).get("field").asText())
        .as(refused.body())
        .isEqualTo("agendaPolitical");
    assertThat(json(refused).get("detail").asText()).contains("Tình hình chính trị – tư tưởng");
    assertThat(
            http().get("/engine-rest/task/" + prepare, basic("annv", DEMO_PASSWORD)).statusCode())
        .isEqualTo(200);
    assertThat(meetings.agenda(id)).isEmpty();

    assertThat(
            http()
                .postJson(
                    "/engine-rest/task/" + prepare + "/submit-form",
                    variables(MeetingTestSupport.preparation()),
                    basic("annv", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(204);

    // Two committee members approve at the same moment: one succeeds, the other is told 409.
    String agree = taskOf("binhtv", id);
    String approval = variables(Map.of("agreementDecision", "APPROVE"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (String user : List.of("binhtv", "lanht")) {
      Callable<Integer> call =
          () -> {
            go.await();
            return http()
                .postJson(
                    "/engine-rest/task/" + agree + "/complete",
                    approval,
                    basic(user, DEMO_PASSWORD))
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
    assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.NOTICED);

    // The notice goes out by the asynchronous step: to every member with an address and the
    // supervising member of the commune, each with the calendar invitation.
    driver.runDueJobs(pi.getId());
    String subject = "Thông báo sinh hoạt chi bộ tháng 12/2026 – Chi bộ thôn Đồng Hương";
    List<MimeMessage> notices =
        TestSmtp.received().stream().filter(m -> subject.equals(subjectOf(m))).toList();
    long expected =
        meetings.rollOf(meetings.meeting(id)).stream().filter(m -> m.email() != null).count() + 1;
    assertThat(notices).hasSize((int) expected);
    // December ends a quarter without a thematic meeting: the supervising member is warned too.
    assertThat(TestSmtp.received())
        .anyMatch(m -> subjectOf(m).startsWith("Quý này chi bộ chưa có sinh hoạt chuyên đề"));
    MimeMessage toSupervisor =
        notices.stream()
            .filter(m -> address(m).equals("nhunglth@chibo.test"))
            .findFirst()
            .orElseThrow();
    String ics = calendarPart(toSupervisor);
    assertThat(ics)
        .contains("BEGIN:VCALENDAR")
        .contains("METHOD:REQUEST")
        .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261203T080000")
        .contains("UID:" + id + "@chibo");

    // The meeting is held on Thursday 3 December; the minute-taker records it, then the vote.
    ProcessDriver.clockAt(LocalDateTime.of(2026, 12, 3, 10, 30));
    String record = taskOf("maibt", id);
    var body = JSON.createObjectNode();
    var recordVar = body.putObject("variables").putObject("meetingRecord");
    recordVar.put(
        "value",
        new MeetingTestSupport(meetings, organizations, process, identity, driver)
            .record(id, java.time.LocalDate.of(2026, 12, 3), List.of()));
    recordVar.put("type", "String");
    recordVar.putObject("valueInfo").put("transient", true);
    assertThat(
            http()
                .postJson(
                    "/engine-rest/task/" + record + "/complete",
                    JSON.writeValueAsString(body),
                    basic("maibt", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(204);
    assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.HELD);

    String vote = taskOf("maibt", id);
    assertThat(
            http()
                .postJson(
                    "/engine-rest/task/" + vote + "/complete",
                    variables(Map.of("votesFor", 17, "votesAgainst", 1, "votesAbstain", 1)),
                    basic("maibt", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(204);
    // Completing it again: the task is gone, the answer is 409, not 500.
    assertThat(
            http()
                .postJson(
                    "/engine-rest/task/" + vote + "/complete",
                    variables(Map.of("votesFor", 17, "votesAgainst", 1, "votesAbstain", 1)),
                    basic("maibt", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(409);

    String assess = taskOf("binhtv", id);
    assertThat(
            http()
                .postJson(
                    "/engine-rest/task/" + assess + "/complete",
                    variables(MeetingTestSupport.scores(5, 5, 9, 28, 9, 5, 27, 5)),
                    basic("binhtv", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(204);
    Meeting closed = meetings.meeting(id);
    assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(closed.grade()).isEqualTo("GOOD");

    // The summary reaches the secretary of the commune committee by mail, after the async step.
    driver.runDueJobs(pi.getId());
    String reportSubject = "Báo cáo sinh hoạt chi bộ tháng 12/2026 – Chi bộ thôn Đồng Hương";
    List<MimeMessage> reports =
        TestSmtp.received().stream().filter(m -> reportSubject.equals(subjectOf(m))).toList();
    assertThat(reports.stream().map(MeetingMonthScenarios::address))
        .containsExactlyInAnyOrder("huytq@chibo.test", "nhunglth@chibo.test");
  }

  private static String subjectOf(MimeMessage m) {
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

  private static String calendarPart(MimeMessage message) throws Exception {
    return findCalendar(message.getContent());
  }

  private static String findCalendar(Object content) throws Exception {
    if (content instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart part = mp.getBodyPart(i);
        if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
          Object c = part.getContent();
          return c instanceof String s
              ? s
              : new String(((java.io.InputStream) c).readAllBytes(), "UTF-8");
        }
        String inner = findCalendar(part.getContent());
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }
}
