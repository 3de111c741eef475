package vn.chibo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.support.Http.DEMO_PASSWORD;
import static vn.chibo.support.Http.basic;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.support.Http;

/**
 * The outbox and the notices as their callers meet them, against a real database (H2 or PostgreSQL,
 * by subclass) and a real SMTP server. The job executor is off: the BPMN scenario runs its jobs by
 * hand, the way an engine node would.
 */
@TestPropertySource(
    properties = {
      "chibo.mail.transport=smtp",
      "chibo.mail.max-attempts=3",
      "chibo.mail.sweep-interval=PT1H",
      "spring.mail.host=127.0.0.1",
      "camunda.bpm.job-execution.enabled=false"
    })
@Import(NotificationScenarios.ProbeDelegates.class)
abstract class NotificationScenarios {

  static final String PROBE_PROCESS = "NotificationProbeProcess";
  private static final AtomicInteger cases = new AtomicInteger();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired NotificationService notifications;
  @Autowired OutboxRepository outbox;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ChiboMailProperties properties;
  @Autowired Clock clock;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  Http http;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> TestSmtp.PORT);
  }

  @BeforeEach
  void setUp() {
    TestSmtp.reset();
    http = new Http(port);
  }

  // ---- enqueue -------------------------------------------------------------------------------

  @Test
  void enqueueingTheSameKeyTwiceWritesOneMail() {
    String ref = newCase();
    MailMessage mail = mail(ref, "annv", null);

    assertThat(notifications.enqueue(mail)).isTrue();
    assertThat(notifications.enqueue(mail)).isFalse();
    assertThat(notifications.enqueue(mail(ref, "annv", null))).isFalse();

    assertThat(rows(ref)).hasSize(1);
    assertThat(rows(ref).get(0)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
  }

  @Test
  void enqueueJoinsTheCallersTransactionAndARollbackLeavesNothing() {
    String ref = newCase();
    TransactionTemplate caller = new TransactionTemplate(transactions);
    TransactionTemplate other = new TransactionTemplate(transactions);
    other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    caller.executeWithoutResult(
        status -> {
          assertThat(notifications.enqueue(mail(ref, "annv", null))).isTrue();
          assertThat(notifications.notify(notice(ref, "annv"))).isTrue();
          assertThat(count("mail_outbox", ref)).as("seen inside the caller's transaction").isOne();
          Integer seenOutside = other.execute(s -> count("mail_outbox", ref));
          assertThat(seenOutside).as("not seen by anyone else before the caller commits").isZero();
          status.setRollbackOnly();
        });

    assertThat(count("mail_outbox", ref)).isZero();
    assertThat(count("notice", ref)).isZero();
  }

  @Test
  void aConcurrentEnqueueOfTheSameKeyReturnsFalseAndLeavesTheCallersTransactionUsable()
      throws Exception {
    String ref = newCase();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> first =
          pool.submit(
              () ->
                  tx.executeWithoutResult(
                      s -> {
                        notifications.enqueue(mail(ref, "annv", null));
                        firstInserted.countDown();
                        await(releaseFirst);
                      }));
      await(firstInserted);
      Future<Boolean> second =
          pool.submit(
              () ->
                  tx.execute(
                      s -> {
                        // Waits on the first transaction's uncommitted row, then finds it taken.
                        boolean inserted = notifications.enqueue(mail(ref, "annv", null));
                        notifications.enqueue(mail(ref, "lanht", null));
                        return inserted;
                      }));
      Thread.sleep(300);
      releaseFirst.countDown();
      first.get(30, TimeUnit.SECONDS);
      assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
    } finally {
      releaseFirst.countDown();
      pool.shutdownNow();
    }
    assertThat(rows(ref)).hasSize(2);
  }

  // ---- dispatch ------------------------------------------------------------------------------

  @Test
  void dispatchSendsEachMailOnceWithTheInvitationAttached() throws Exception {
    String ref = newCase();
    notifications.enqueue(mail(ref, "annv", invite(ref)));
    notifications.enqueue(mail(ref, "lanht", invite(ref)));

    DispatchResult result = notifications.dispatch(ref);

    assertThat(result.sent()).isEqualTo(2);
    assertThat(result.allSent()).isTrue();
    List<MimeMessage> received = TestSmtp.received();
    assertThat(received).hasSize(2);
    MimeMessage message = receivedBy("annv@example.vn");
    assertThat(message.getSubject()).isEqualTo("Thông báo sinh hoạt chi bộ tháng 12/2026 – " + ref);
    assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Chi bộ số");
    assertThat(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
        .isEqualTo("Người nhận annv");
    assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");

    Part text = findPart(message, p -> p.isMimeType("text/plain"));
    assertThat((String) text.getContent()).contains("Kính gửi đồng chí", "họp chi bộ");
    Part attachment = findPart(message, p -> Part.ATTACHMENT.equalsIgnoreCase(disposition(p)));
    assertThat(attachment.getFileName()).isEqualTo("loi-moi.ics");
    assertThat(attachment.getContentType())
        .startsWith("text/calendar")
        .contains("method=REQUEST")
        .containsIgnoringCase("charset=UTF-8");
    String ics = utf8(attachment);
    assertThat(ics)
        .contains("METHOD:REQUEST\r\n")
        .contains("UID:" + ref + "@chibo\r\n")
        .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261203T080000\r\n");
    assertThat(CalendarInviteIcsTest.unfold(ics))
        .contains("SUMMARY:Sinh hoạt chi bộ thường kỳ tháng 12/2026\r\n")
        .contains(":mailto:annv@example.vn\r\n");
    Part inline =
        findPart(
            message, p -> p.isMimeType("text/calendar") && !Part.ATTACHMENT.equals(disposition(p)));
    assertThat(utf8(inline)).isEqualTo(ics);

    assertThat(rows(ref))
        .allSatisfy(
            row ->
                assertThat(row)
                    .containsEntry("status", "SENT")
                    .containsEntry("attempts", 1)
                    .containsEntry("last_error", null));
  }

  @Test
  void dispatchingAgainSendsNothingMore() {
    String ref = newCase();
    notifications.enqueue(mail(ref, "annv", null));
    assertThat(notifications.dispatch(ref).sent()).isOne();

    assertThat(notifications.dispatch(ref).sent()).isZero();
    notifications.enqueue(mail(ref, "annv", null));
    assertThat(notifications.dispatch(ref).sent()).isZero();

    assertThat(TestSmtp.received()).hasSize(1);
  }

  @Test
  void whileTheMailServerIsDownTheMailWaitsAndIsSentExactlyOnceWhenItIsBack() {
    String ref = newCase();
    notifications.enqueue(mail(ref, "annv", invite(ref)));
    notifications.enqueue(mail(ref, "lanht", null));
    TestSmtp.down();
    try {
      assertThatThrownBy(() -> notifications.dispatch(ref))
          .isInstanceOf(MailDeliveryException.class)
          .hasMessageContaining("2 of 2 mail(s) for " + ref)
          .hasMessageNotContaining("@example.vn")
          .hasNoCause();
      assertThat(rows(ref))
          .allSatisfy(
              row ->
                  assertThat(row)
                      .containsEntry("status", "PENDING")
                      .containsEntry("attempts", 1)
                      .containsEntry("sent_at", null));
      assertThat((String) rows(ref).get(0).get("last_error")).isNotBlank();
      assertThat(http.get("/actuator/health").statusCode())
          .as("a mail outage does not make the application unhealthy")
          .isEqualTo(200);
    } finally {
      TestSmtp.up();
    }

    assertThat(notifications.dispatch(ref).sent()).isEqualTo(2);
    assertThat(notifications.dispatch(ref).sent()).isZero();
    assertThat(TestSmtp.received()).hasSize(2);
    assertThat(rows(ref))
        .allSatisfy(
            row ->
                assertThat(row)
                    .containsEntry("status", "SENT")
                    .containsEntry("attempts", 2)
                    .containsEntry("last_error", null));
  }

  @RepeatedTest(3)
  void twoSendersDispatchingTheSameCaseAtOnceSendEachMailOnce() throws Exception {
    String ref = newCase();
    for (String user : List.of("annv", "lanht", "hoapt", "tuannm", "minhdq", "thuylt")) {
      notifications.enqueue(mail(ref, user, invite(ref)));
    }
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<DispatchResult>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await(5, TimeUnit.SECONDS);
                  return notifications.dispatch(ref);
                }));
      }
      int sent = 0;
      for (Future<DispatchResult> result : results) {
        sent += result.get(30, TimeUnit.SECONDS).sent();
      }
      assertThat(sent).isEqualTo(6);
    } finally {
      pool.shutdownNow();
    }
    assertThat(TestSmtp.received()).hasSize(6);
    assertThat(rows(ref)).allSatisfy(row -> assertThat(row).containsEntry("attempts", 1));
  }

  @Test
  void aClaimOlderThanTheTimeoutIsTakenOverAndAFreshOneIsLeftAlone() {
    String ref = newCase();
    notifications.enqueue(mail(ref, "annv", null));
    notifications.enqueue(mail(ref, "lanht", null));
    LocalDateTime now = LocalDateTime.now(clock);
    setSending(ref, "annv", now.minus(properties.claimTimeout()).minusMinutes(1));
    setSending(ref, "lanht", now.minusMinutes(1));

    assertThat(notifications.dispatch(ref).sent()).isOne();

    assertThat(TestSmtp.received()).hasSize(1);
    assertThat(status(ref, "annv")).isEqualTo("SENT");
    assertThat(status(ref, "lanht")).isEqualTo("SENDING");
  }

  @Test
  void theSweepSendsOnlyMailsOlderThanItsMinimumAge() {
    String ref = newCase();
    notifications.enqueue(mail(ref, "annv", null));
    notifications.enqueue(mail(ref, "lanht", null));
    jdbc.sql("update mail_outbox set created_at = ? where dedupe_key = ?")
        .params(
            LocalDateTime.now(clock).minus(properties.sweepMinAge()).minusMinutes(1),
            key(ref, "annv"))
        .update();

    DispatchResult result = notifications.dispatchPending();

    assertThat(result.sent()).isGreaterThanOrEqualTo(1);
    assertThat(status(ref, "annv")).isEqualTo("SENT");
    assertThat(status(ref, "lanht")).isEqualTo("PENDING");
  }

  @Test
  void aMailGivenUpOnIsLeftByTheSweepButSentByAnExplicitDispatch() {
    String ref = newCase();
    notifications.enqueue(mail(ref, "annv", null));
    jdbc.sql("update mail_outbox set created_at = ? where reference = ?")
        .params(LocalDateTime.now(clock).minusHours(1), ref)
        .update();
    TestSmtp.down();
    try {
      for (int i = 0; i < properties.maxAttempts(); i++) {
        assertThatThrownBy(() -> notifications.dispatch(ref))
            .isInstanceOf(MailDeliveryException.class);
      }
      assertThat(status(ref, "annv")).isEqualTo("FAILED");
    } finally {
      TestSmtp.up();
    }

    notifications.dispatchPending();
    assertThat(status(ref, "annv")).isEqualTo("FAILED");

    assertThat(notifications.dispatch(ref).sent()).isOne();
    assertThat(status(ref, "annv")).isEqualTo("SENT");
    assertThat(TestSmtp.received()).hasSize(1);
  }

  @Test
  void theLogTransportMarksMailsSentAndLogsNeitherAddressNorText(CapturedOutput output) {
    String ref = newCase();
    notifications.enqueue(mail(ref, "annv", invite(ref)));
    long id = (Long) rows(ref).get(0).get("id");
    MailDispatcher logOnly =
        new MailDispatcher(outbox, new LogMailTransport(), transactions, properties, clock);

    assertThat(logOnly.dispatch(ref).sent()).isOne();

    assertThat(status(ref, "annv")).isEqualTo("SENT");
    assertThat(TestSmtp.received()).isEmpty();
    String line =
        output
            .getOut()
            .lines()
            .filter(l -> l.contains("Mail " + id + " for " + ref))
            .findFirst()
            .orElseThrow();
    assertThat(line).contains("chibo.mail.transport=log");
    assertThat(output.getOut()).doesNotContain("annv@example.vn").doesNotContain("Kính gửi");
  }

  @Test
  void linksInMailsPointToTheConfiguredAddressOfTheApplication() {
    assertThat(notifications.link("/notifications"))
        .isEqualTo("http://localhost:8080/notifications");
    assertThat(notifications.link("meetings/1")).isEqualTo("http://localhost:8080/meetings/1");
  }

  // ---- the BPMN steps --------------------------------------------------------------------------

  @Test
  void aProcessStepThatFailsAfterEnqueueingLeavesNoMail() {
    deployProbe();
    String ref = newCase();

    assertThatThrownBy(
            () ->
                runtimeService.startProcessInstanceByKey(
                    PROBE_PROCESS, ref, Map.of("failAfterEnqueue", true)))
        .hasMessageContaining("probe step failed");

    assertThat(count("mail_outbox", ref)).isZero();
    assertThat(count("notice", ref)).isZero();
  }

  @Test
  void theDispatchStepRetriesWhileTheServerIsDownRaisesAnIncidentAndSendsOnceWhenRetried() {
    deployProbe();
    String ref = newCase();
    String instance =
        runtimeService
            .startProcessInstanceByKey(PROBE_PROCESS, ref, Map.of("failAfterEnqueue", false))
            .getId();
    assertThat(count("mail_outbox", ref)).as("committed with the step that enqueued").isOne();
    Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();

    TestSmtp.down();
    try {
      for (int run = 0; run < 5 && jobRetries(job) > 0; run++) {
        assertThatThrownBy(() -> managementService.executeJob(job.getId()))
            .hasMessageContaining("could not be sent");
      }
    } finally {
      TestSmtp.up();
    }
    Incident incident =
        runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident).as("retries used up").isNotNull();
    assertThat(incident.getIncidentMessage()).contains(ref).doesNotContain("@example.vn");
    assertThat(status(ref, "annv")).isEqualTo("PENDING");
    assertThat(TestSmtp.received()).isEmpty();

    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count())
        .isZero();
    assertThat(TestSmtp.received()).hasSize(1);
    assertThat(status(ref, "annv")).isEqualTo("SENT");
  }

  // ---- notices -------------------------------------------------------------------------------

  @Test
  void noticesAreIdempotentNewestFirstAndReadOnlyByTheirOwner() {
    String ref = newCase();
    InAppNotice first = new InAppNotice(ref + "/1", "lanht", "Thông báo 1 " + ref, null, null, ref);
    assertThat(notifications.notify(first)).isTrue();
    assertThat(notifications.notify(first)).isFalse();
    notifications.notify(
        new InAppNotice(ref + "/2", "lanht", "Thông báo 2 " + ref, "Nội dung", "/", ref));
    int unread = notifications.unreadCount("lanht");

    List<Notice> inbox = notifications.inbox("lanht", 100);
    assertThat(inbox)
        .extracting(Notice::title)
        .containsSubsequence("Thông báo 2 " + ref, "Thông báo 1 " + ref);
    Notice newest = inbox.get(0);
    assertThat(newest.unread()).isTrue();

    assertThatThrownBy(() -> notifications.markRead("annv", newest.id()))
        .isInstanceOf(NoticeNotFoundException.class);
    assertThat(notifications.unreadCount("lanht")).isEqualTo(unread);

    notifications.markRead("lanht", newest.id());
    notifications.markRead("lanht", newest.id());
    assertThat(notifications.unreadCount("lanht")).isEqualTo(unread - 1);
    notifications.markAllRead("lanht");
    assertThat(notifications.unreadCount("lanht")).isZero();
    assertThat(notifications.inbox("lanht", 1)).hasSize(1);
  }

  @Test
  void theNoticesPageShowsTheUsersNoticesAndMarksThemRead() {
    String ref = newCase();
    notifications.notify(
        new InAppNotice(
            ref + "/own",
            "annv",
            "Họp chi bộ " + ref,
            "Mời đồng chí dự họp",
            "/organizations/MB01",
            ref));
    notifications.notify(
        new InAppNotice(ref + "/other", "lanht", "Riêng của lanht " + ref, null, null, ref));
    long own = noticeId(ref + "/own");
    long others = noticeId(ref + "/other");
    int unread = notifications.unreadCount("annv");

    var annv = http.login("annv", DEMO_PASSWORD);
    HttpResponse<String> page = annv.get("/notifications");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Họp chi bộ " + ref, "Mời đồng chí dự họp", "href=\"/organizations/MB01\"")
        .contains("Chưa đọc", "Đánh dấu đã đọc", "Đánh dấu tất cả đã đọc")
        .contains("Thông báo (" + unread + ")")
        .doesNotContain("Riêng của lanht")
        .doesNotContain("Hộp thư đi");

    assertThat(post(annv, "/notifications/" + others + "/read", csrf(page)).statusCode())
        .isEqualTo(404);
    assertThat(notifications.inbox("lanht", 100))
        .filteredOn(n -> n.id() == others)
        .allMatch(Notice::unread);

    HttpResponse<String> marked = post(annv, "/notifications/" + own + "/read", csrf(page));
    assertThat(marked.statusCode()).isEqualTo(302);
    assertThat(marked.headers().firstValue("Location").orElse("")).endsWith("/notifications");
    assertThat(notifications.unreadCount("annv")).isEqualTo(unread - 1);
    assertThat(annv.get("/").body()).contains("Thông báo (" + (unread - 1) + ")");

    assertThat(post(annv, "/notifications/read-all", csrf(page)).statusCode()).isEqualTo(302);
    assertThat(notifications.unreadCount("annv")).isZero();
    assertThat(annv.get("/notifications").body()).doesNotContain("Đánh dấu tất cả đã đọc");
    assertThat(post(annv, "/notifications/read-all", "").statusCode())
        .as("no CSRF token")
        .isEqualTo(403);
  }

  @Test
  void theUnreadCountEndpointAnswersForTheSignedInUser() {
    String ref = newCase();
    notifications.notify(new InAppNotice(ref + "/n", "lanht", "Việc mới " + ref, null, null, ref));
    int unread = notifications.unreadCount("lanht");

    var lanht = http.login("lanht", DEMO_PASSWORD);
    HttpResponse<String> session = lanht.get("/api/notifications/unread-count");
    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(session.body()).isEqualTo("{\"unread\":" + unread + "}");
    assertThat(http.get("/api/notifications/unread-count", basic("lanht", DEMO_PASSWORD)).body())
        .isEqualTo("{\"unread\":" + unread + "}");
    assertThat(http.get("/api/notifications/unread-count").statusCode()).isEqualTo(401);
  }

  @Test
  void onlyAdministratorsSeeTheOutboxAndCanSendAgain() {
    String ref = newCase();
    notifications.enqueue(mail(ref, "annv", invite(ref)));
    TestSmtp.down();
    try {
      assertThatThrownBy(() -> notifications.dispatch(ref))
          .isInstanceOf(MailDeliveryException.class);
    } finally {
      TestSmtp.up();
    }
    long id = (Long) rows(ref).get(0).get("id");

    assertThat(http.login("annv", DEMO_PASSWORD).get("/notifications/outbox").statusCode())
        .isEqualTo(403);
    var admin = http.login("admin", DEMO_PASSWORD);
    assertThat(admin.get("/notifications").body()).contains("href=\"/notifications/outbox\"");
    HttpResponse<String> page = admin.get("/notifications/outbox");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Hộp thư đi", ref, "Chờ gửi", "Gửi lại", "kèm lời mời lịch");

    HttpResponse<String> resent =
        post(admin, "/notifications/outbox/" + id + "/resend", csrf(page));
    assertThat(resent.statusCode()).isEqualTo(302);
    assertThat(status(ref, "annv")).isEqualTo("SENT");
    assertThat(TestSmtp.received()).hasSize(1);
    assertThat(admin.get("/notifications/outbox").body()).contains("Đã gửi lại thư số " + id);

    assertThat(post(admin, "/notifications/outbox/" + id + "/resend", csrf(page)).statusCode())
        .isEqualTo(302);
    assertThat(TestSmtp.received()).as("a sent mail is not sent again").hasSize(1);
    assertThat(post(admin, "/notifications/outbox/999999999/resend", csrf(page)).statusCode())
        .isEqualTo(404);
  }

  // ---- helpers -------------------------------------------------------------------------------

  static String newCase() {
    return "MTG-T" + cases.incrementAndGet() + "-" + System.nanoTime() % 100_000;
  }

  static String key(String ref, String user) {
    return ref + "/notice/" + user;
  }

  static MailMessage mail(String ref, String user, CalendarInvite invite) {
    return new MailMessage(
        key(ref, user),
        ref,
        user + "@example.vn",
        "Người nhận " + user,
        "Thông báo sinh hoạt chi bộ tháng 12/2026 – " + ref,
        "Kính gửi đồng chí,\n\nMời đồng chí dự họp chi bộ lúc 8 giờ ngày 03/12/2026.",
        invite);
  }

  static InAppNotice notice(String ref, String user) {
    return new InAppNotice(ref + "/in-app/" + user, user, "Thông báo họp", null, "/", ref);
  }

  static CalendarInvite invite(String ref) {
    return new CalendarInvite(
        ref + "@chibo",
        "Sinh hoạt chi bộ thường kỳ tháng 12/2026",
        "Hội trường thôn Mỹ Bằng",
        "Đánh giá nghị quyết tháng 11; nhiệm vụ tháng 12.",
        LocalDateTime.of(2026, 12, 3, 8, 0),
        LocalDateTime.of(2026, 12, 3, 10, 0),
        "bithu.mb01@example.vn",
        "Nguyễn Văn An");
  }

  List<Map<String, Object>> rows(String ref) {
    return jdbc.sql(
            "select id, status, attempts, last_error, sent_at from mail_outbox where reference = ?"
                + " order by id")
        .param(ref)
        .query(
            (rs, n) -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", rs.getLong("id"));
              row.put("status", rs.getString("status"));
              row.put("attempts", rs.getInt("attempts"));
              row.put("last_error", rs.getString("last_error"));
              row.put("sent_at", rs.getObject("sent_at", LocalDateTime.class));
              return row;
            })
        .list();
  }

  String status(String ref, String user) {
    return jdbc.sql("select status from mail_outbox where dedupe_key = ?")
        .param(key(ref, user))
        .query(String.class)
        .single();
  }

  void setSending(String ref, String user, LocalDateTime claimedAt) {
    jdbc.sql("update mail_outbox set status = 'SENDING', claimed_at = ? where dedupe_key = ?")
        .params(claimedAt, key(ref, user))
        .update();
  }

  int count(String table, String ref) {
    return jdbc.sql("select count(*) from " + table + " where reference = ?")
        .param(ref)
        .query(Integer.class)
        .single();
  }

  long noticeId(String dedupeKey) {
    return jdbc.sql("select id from notice where dedupe_key = ?")
        .param(dedupeKey)
        .query(Long.class)
        .single();
  }

  int jobRetries(Job job) {
    return managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries();
  }

  void deployProbe() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROBE_PROCESS).count()
        > 0) {
      return;
    }
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROBE_PROCESS)
            .name("Thử gửi thư")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Started")
            .serviceTask("ServiceTask_PrepareNotice")
            .name("Soạn thông báo")
            .camundaDelegateExpression("#{enqueueProbeDelegate}")
            .serviceTask("ServiceTask_SendNotice")
            .name("Gửi thông báo")
            .camundaAsyncBefore()
            .camundaFailedJobRetryTimeCycle("R2/PT1M")
            .camundaDelegateExpression("#{dispatchMailDelegate}")
            .endEvent("EndEvent_Sent")
            .done();
    repositoryService
        .createDeployment()
        .name("notification-probe")
        .addModelInstance("notification-probe.bpmn", model)
        .deploy();
  }

  MimeMessage receivedBy(String address) throws Exception {
    for (MimeMessage m : TestSmtp.received()) {
      if (((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0])
          .getAddress()
          .equals(address)) {
        return m;
      }
    }
    throw new AssertionError("no mail for " + address);
  }

  static Part findPart(Part part, PartTest test) throws Exception {
    if (test.matches(part)) {
      return part;
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        try {
          return findPart(child, test);
        } catch (AssertionError notHere) {
          // look further
        }
      }
    }
    throw new AssertionError("no such part");
  }

  static String disposition(Part part) {
    try {
      return part.getDisposition();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String utf8(Part part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("the page has no CSRF token");
    }
    return "_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
  }

  HttpResponse<String> post(Http.Session session, String path, String form) {
    return http.post(path, "application/x-www-form-urlencoded", form, "Cookie", session.cookie());
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  interface PartTest {
    boolean matches(Part part) throws Exception;
  }

  /** The probe process's first step: enqueues a mail and a notice, then fails when told to. */
  @TestConfiguration
  static class ProbeDelegates {

    @Bean
    JavaDelegate enqueueProbeDelegate(NotificationService notifications) {
      return execution -> {
        String ref = execution.getProcessBusinessKey();
        notifications.enqueue(mail(ref, "annv", invite(ref)));
        notifications.notify(notice(ref, "annv"));
        if (Boolean.TRUE.equals(execution.getVariable("failAfterEnqueue"))) {
          throw new IllegalStateException("probe step failed");
        }
      };
    }
  }
}
