package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.support.Http.DEMO_PASSWORD;
import static vn.chibo.support.Http.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.MeetingTestSupport;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.Http;
import vn.chibo.support.ProcessDriver;
import vn.chibo.workflow.StepConflictException;

/**
 * The official documents of a month of branch MB01 (Chi bộ thôn Đồng Hương, under Đảng bộ xã Mỹ
 * Bằng): the notice issued with the agreement and linked from the mail, the minutes and the
 * resolution issued by the secretary, read back from the PDFs; numbering under concurrency; an
 * issued document unchanged by every call; another branch sees none of it.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
abstract class DocumentScenarios {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired DocumentService documents;
  @Autowired DocumentNumbers numbers;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  private Http http() {
    return new Http(port);
  }

  private MeetingTestSupport support() {
    return new MeetingTestSupport(
        meetings, organizations, process, identity, new ProcessDriver(management, tasks, identity));
  }

  @Test
  void aMonthsNoticeMinutesAndResolutionAreIssuedNumberedAndReadBackFromThePdf() throws Exception {
    MeetingTestSupport support = support();
    ProcessInstance pi = support.open("MB01", YearMonth.of(2026, 12));
    String id = pi.getBusinessKey();
    support.prepareAndAgree(pi);

    // The notice was issued by the agreement, numbered first of the branch's notices in 2026.
    OfficialDocument notice = documents.latest(DocumentType.MEETING_NOTICE, id).orElseThrow();
    assertThat(notice.reference()).isEqualTo("01-TB/CB");
    assertThat(notice.version()).isEqualTo(1);
    byte[] noticePdf = documents.content(notice.id());
    assertThat(notice.sha256()).isEqualTo(DocumentService.sha256(noticePdf));
    assertThat(PdfText.fontsEmbedded(noticePdf)).isTrue();
    BufferedImage page = PdfText.firstPage(noticePdf, "thong-bao-" + id);
    assertThat(PdfText.of(noticePdf))
        .contains(
            "ĐẢNG BỘ XÃ MỸ BẰNG",
            "CHI BỘ THÔN ĐỒNG HƯƠNG",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 01-TB/CB",
            "Mỹ Bằng, ngày 25 tháng 11 năm 2026",
            "THÔNG BÁO",
            "Về việc sinh hoạt chi bộ định kỳ tháng 12/2026",
            "08 giờ 00 phút, Thứ Năm, ngày 03 tháng 12 năm 2026",
            "Nhà văn hóa thôn Đồng Hương",
            "Thông tin thời sự trong nước, quốc tế",
            "Lê Thị Hồng Nhung",
            "T/M CHI ỦY",
            "BÍ THƯ",
            "Nguyễn Văn An",
            "Nơi nhận:",
            "- Đảng ủy xã Mỹ Bằng (để báo cáo),")
        .doesNotContain("DỰ THẢO");
    assertThat((double) page.getHeight() / page.getWidth()).isCloseTo(297.0 / 210, within(0.01));
    assertThat(PdfText.ink(page, 0.55, 0.05, 0.95, 0.12))
        .as("the party title at the top right is printed")
        .isGreaterThan(0.01);

    // Every member's mail links to that notice; the link opens it for a member of the branch.
    List<String> bodies =
        jdbc.sql(
                "select text_body from mail_outbox where reference = ?"
                    + " and subject like 'Thông báo sinh hoạt%'")
            .param(id)
            .query(String.class)
            .list();
    assertThat(bodies).isNotEmpty();
    assertThat(bodies)
        .allSatisfy(
            b ->
                assertThat(b)
                    .contains("/documents/" + id + "/MEETING_NOTICE.pdf")
                    .contains("/meetings/" + id + "#tai-lieu"));
    var lanht = http().login("lanht", DEMO_PASSWORD);
    assertThat(lanht.get("/").body())
        .as("her start page lists the next meeting's issued notice")
        .contains(
            "Thông báo sinh hoạt chi bộ, Số 01-TB/CB (PDF)",
            "href=\"/documents/issued/" + notice.id() + "\"");
    HttpResponse<byte[]> linked = lanht.getBytes("/documents/" + id + "/MEETING_NOTICE.pdf");
    assertThat(linked.statusCode()).isEqualTo(200);
    assertThat(linked.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");
    assertThat(linked.body()).isEqualTo(noticePdf);

    // Before the meeting the minutes cannot be drafted; the resolution's draft can, unnumbered.
    assertThat(documents.available(id))
        .containsExactly(DocumentType.MEETING_NOTICE, DocumentType.MEETING_RESOLUTION);
    var annv = http().login("annv", DEMO_PASSWORD);
    HttpResponse<byte[]> early =
        annv.getBytes("/documents/" + id + "/MEETING_RESOLUTION/draft.pdf");
    assertThat(early.statusCode()).isEqualTo(200);
    assertThat(PdfText.of(early.body())).contains("DỰ THẢO", "Số -NQ/CB", "NGHỊ QUYẾT");
    assertThat(annv.getBytes("/documents/" + id + "/MEETING_MINUTES/draft.pdf").statusCode())
        .isEqualTo(404);

    support.recordMeeting(pi, LocalDateTime.of(2026, 12, 3, 10, 30), List.of());
    support.complete(
        "maibt", pi.getId(), BranchMeetingProcess.RECORD_VOTE, MeetingTestSupport.votes(18, 0, 1));
    support.complete(
        "binhtv",
        pi.getId(),
        BranchMeetingProcess.ASSESS_MEETING,
        MeetingTestSupport.scores(5, 5, 9, 27, 9, 5, 25, 5));

    // A committee member who is not a secretary may read but not issue.
    String issue = "{\"type\":\"MEETING_RESOLUTION\",\"subject\":\"" + id + "\"}";
    HttpResponse<String> refused =
        http().postJson("/api/documents", issue, basic("binhtv", DEMO_PASSWORD));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

    // The secretary and the deputy issue the resolution at the same moment: one number, one 409.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (String user : List.of("annv", "lanht")) {
      Callable<HttpResponse<String>> call =
          () -> {
            go.await();
            return http().postJson("/api/documents", issue, basic(user, DEMO_PASSWORD));
          };
      answers.add(pool.submit(call));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (var f : answers) {
      statuses.add(f.get().statusCode());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    OfficialDocument resolution =
        documents.latest(DocumentType.MEETING_RESOLUTION, id).orElseThrow();
    assertThat(resolution.reference()).isEqualTo("01-NQ/CB");
    assertThat(documents.issued(id))
        .filteredOn(d -> d.type() == DocumentType.MEETING_RESOLUTION)
        .hasSize(1);
    String resolutionText = PdfText.of(documents.content(resolution.id()));
    assertThat(resolutionText)
        .contains(
            "Số 01-NQ/CB",
            "Mỹ Bằng, ngày 03 tháng 12 năm 2026",
            "NGHỊ QUYẾT",
            "Sinh hoạt chi bộ định kỳ tháng 12/2026",
            "QUYẾT NGHỊ",
            "Chi bộ thống nhất các nhiệm vụ trọng tâm tháng tới.",
            // The task's row: its title wraps in its cell, the assignee and the deadline follow.
            "1 Vận động hộ gia đình tham gia",
            "Hà Thị Lan 23/12/2026",
            "18/19 đồng chí tán thành (94,74%)",
            "T/M CHI BỘ",
            "Nguyễn Văn An");
    PdfText.firstPage(documents.content(resolution.id()), "nghi-quyet-" + id);

    // The same resolution as a Word file to edit, with the letterhead, the text and the tasks.
    HttpResponse<byte[]> docx =
        annv.getBytes("/documents/" + id + "/MEETING_RESOLUTION/draft.docx");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    try (var word =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.body()));
        var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
      assertThat(extractor.getText())
          .contains(
              "ĐẢNG BỘ XÃ MỸ BẰNG",
              "CHI BỘ THÔN ĐỒNG HƯƠNG",
              "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Mỹ Bằng, ngày 03 tháng 12 năm 2026",
              "NGHỊ QUYẾT",
              "Chi bộ thống nhất các nhiệm vụ trọng tâm tháng tới.",
              "Vận động hộ gia đình tham gia vệ sinh môi trường",
              "Hà Thị Lan",
              "23/12/2026",
              "T/M CHI BỘ",
              "Nguyễn Văn An");
      assertThat(word.getTables()).hasSize(3);
    }
    assertThat(
            http()
                .getBytes(
                    "/documents/" + id + "/MEETING_RESOLUTION/draft.docx",
                    basic("tailv", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(404);

    // The minutes, issued from the meeting page's button.
    HttpResponse<String> issued =
        annv.submit("/meetings/" + id, "/documents/" + id + "/MEETING_MINUTES/issue", Map.of());
    assertThat(issued.statusCode()).isEqualTo(302);
    assertThat(issued.headers().firstValue("Location").orElse(""))
        .endsWith("/meetings/" + id + "#tai-lieu");
    OfficialDocument minutes = documents.latest(DocumentType.MEETING_MINUTES, id).orElseThrow();
    assertThat(minutes.reference()).isEqualTo("01-BB/CB");
    String page1 = annv.get("/meetings/" + id).body();
    assertThat(page1)
        .contains(
            "Đã ban hành biên bản sinh hoạt chi bộ, Số 01-BB/CB",
            "Số 01-TB/CB",
            "Số 01-NQ/CB",
            minutes.sha256());
    byte[] minutesPdf = documents.content(minutes.id());
    assertThat(PdfText.of(minutesPdf))
        .contains(
            "BIÊN BẢN",
            "Số 01-BB/CB",
            "Vào lúc 08 giờ 00 phút, ngày 03 tháng 12 năm 2026",
            "Chủ trì: đồng chí Nguyễn Văn An",
            "Thư ký: đồng chí Bùi Thị Mai",
            "Tổng số đảng viên của chi bộ: 23 đồng chí",
            "Triệu Văn Bình",
            "Tình hình chính trị – tư tưởng",
            "Chi bộ thảo luận: Thông tin thời sự trong nước, quốc tế",
            "Số đảng viên tán thành: 18/19 (94,74%)",
            "Nghị quyết được thông qua",
            "Chi bộ tự đánh giá chất lượng buổi sinh hoạt: Tốt (90 điểm)",
            "Buổi sinh hoạt kết thúc vào lúc 10 giờ 00 phút cùng ngày",
            "THƯ KÝ",
            "CHỦ TRÌ");
    PdfText.firstPage(minutesPdf, "bien-ban-" + id);

    // Issued means kept as issued: no call changes or removes it, a second issue is refused.
    String sha = minutes.sha256();
    for (String method : List.of("PUT", "PATCH", "DELETE")) {
      for (String path :
          List.of(
              "/api/documents/" + minutes.id(), "/api/documents/" + minutes.id() + "/content")) {
        HttpResponse<String> r =
            http()
                .send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}"))
                        .header("Content-Type", "application/json"),
                    basic("annv", DEMO_PASSWORD));
        assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(r.body()).contains("đã ban hành, không sửa hay xóa được");
      }
    }
    HttpResponse<String> again =
        http()
            .postJson(
                "/api/documents",
                "{\"type\":\"MEETING_MINUTES\",\"subject\":\"" + id + "\"}",
                basic("annv", DEMO_PASSWORD));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("bản đính chính");
    assertThat(documents.content(minutes.id())).isEqualTo(minutesPdf);
    assertThat(documents.find(minutes.id()).orElseThrow().sha256()).isEqualTo(sha);

    // A correction needs a reason; it is a new version with the same number, the old one kept.
    HttpResponse<String> noReason =
        http()
            .postJson(
                "/api/documents/" + minutes.id() + "/corrections",
                "{}",
                basic("annv", DEMO_PASSWORD));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noReason.body()).get("errors").get(0).get("field").asText())
        .isEqualTo("reason");
    HttpResponse<String> corrected =
        http()
            .postJson(
                "/api/documents/" + minutes.id() + "/corrections",
                "{\"reason\":\"Ghi sót ý kiến của đồng chí Bình\"}",
                basic("annv", DEMO_PASSWORD));
    assertThat(corrected.statusCode()).isEqualTo(201);
    JsonNode v2 = JSON.readTree(corrected.body());
    assertThat(v2.get("version").asInt()).isEqualTo(2);
    assertThat(v2.get("previousId").asLong()).isEqualTo(minutes.id());
    assertThat(v2.get("reference").asText()).isEqualTo("01-BB/CB");
    byte[] v2Pdf = documents.content(v2.get("id").asLong());
    assertThat(PdfText.of(v2Pdf))
        .contains("Bản đính chính lần 1", "Lý do: Ghi sót ý kiến của đồng chí Bình");
    assertThat(documents.content(minutes.id())).isEqualTo(minutesPdf);
    HttpResponse<String> correctOld =
        http()
            .postJson(
                "/api/documents/" + minutes.id() + "/corrections",
                "{\"reason\":\"lần nữa\"}",
                basic("annv", DEMO_PASSWORD));
    assertThat(correctOld.statusCode()).isEqualTo(409);

    // The commune's standing committee member sees them; another branch's secretary does not.
    assertThat(
            http()
                .getBytes(
                    "/api/documents/" + minutes.id() + "/content", basic("huytq", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(200);
    for (String path :
        List.of(
            "/api/documents/" + minutes.id(),
            "/api/documents/" + minutes.id() + "/content",
            "/api/documents?subject=" + id,
            "/documents/issued/" + minutes.id(),
            "/documents/" + id + "/MEETING_NOTICE.pdf",
            "/documents/" + id + "/MEETING_MINUTES/draft.pdf")) {
      assertThat(http().getBytes(path, basic("tailv", DEMO_PASSWORD)).statusCode())
          .as(path)
          .isEqualTo(404);
    }
    assertThat(
            http()
                .postJson(
                    "/api/documents/" + minutes.id() + "/corrections",
                    "{\"reason\":\"x\"}",
                    basic("tailv", DEMO_PASSWORD))
                .statusCode())
        .isEqualTo(404);
    assertThat(http().login("tailv", DEMO_PASSWORD).get("/meetings/" + id).statusCode())
        .isEqualTo(404);
  }

  @Test
  void numbersTakenAtTheSameTimeAreAllDifferentAndFollowOneAnother() throws Exception {
    long issuer = organizations.organization("MB02").orElseThrow().id();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Integer>>> taken = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Callable<List<Integer>> call =
          () -> {
            go.await();
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
              mine.add(tx.execute(s -> numbers.next(issuer, "NQ", 2031)));
            }
            return mine;
          };
      taken.add(pool.submit(call));
    }
    go.countDown();
    List<Integer> all = new ArrayList<>();
    for (var f : taken) {
      all.addAll(f.get());
    }
    pool.shutdown();
    Set<Integer> distinct = new TreeSet<>(all);
    assertThat(all).hasSize(40);
    assertThat(distinct).hasSize(40).first().isEqualTo(1);
    assertThat(distinct).last().isEqualTo(40);
    // Another kind and another year count on their own.
    assertThat((int) tx.execute(s -> numbers.next(issuer, "BB", 2031))).isEqualTo(1);
    assertThat((int) tx.execute(s -> numbers.next(issuer, "NQ", 2032))).isEqualTo(1);
    // A number is only taken inside the issuing transaction.
    assertThatThrownBy(() -> numbers.next(issuer, "NQ", 2031))
        .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    assertThatThrownBy(() -> documents.issue(DocumentType.MEETING_MINUTES, "MTG-XX-2031-01", "x"))
        .isInstanceOf(StepConflictException.class);
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
