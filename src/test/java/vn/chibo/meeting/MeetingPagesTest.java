package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.support.Http;

/**
 * The meeting pages as a secretary, a committee member and another branch's secretary use them.
 * Same context as the browser tests (the process tests' context measures process coverage).
 */
@org.springframework.boot.test.context.SpringBootTest(
    webEnvironment =
        org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
class MeetingPagesTest {

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired RuntimeService runtime;
  @Autowired Clock clock;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void aSecretaryOpensNextMonthsMeetingEarlyAndOnlyOnce() {
    YearMonth next = YearMonth.now(clock).plusMonths(1);
    String id = "MTG-MB01-" + next;
    var annv = http.login("annv", DEMO_PASSWORD);
    assertThat(annv.get("/meetings").body())
        .contains("Mở sinh hoạt tháng " + MeetingTexts.month(next) + " – Chi bộ thôn Đồng Hương");

    Map<String, String> form = Map.of("branch", "MB01", "month", next.toString());
    var opened = annv.submit("/meetings", "/meetings/open-regular", form);
    assertThat(opened.statusCode()).isEqualTo(302);
    assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/meetings/" + id);
    assertThat(annv.submit("/meetings", "/meetings/open-regular", form).statusCode())
        .isEqualTo(302);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(BranchMeetingProcess.KEY)
                .processInstanceBusinessKey(id)
                .count())
        .isEqualTo(1);

    String page = annv.get("/meetings/" + id).body();
    assertThat(page)
        .contains("Sinh hoạt thường kỳ", "Chi bộ thôn Đồng Hương", "Chuẩn bị nội dung sinh hoạt");

    // Another branch's secretary: the meeting does not exist for him, and he cannot open it.
    var tailv = http.login("tailv", DEMO_PASSWORD);
    assertThat(tailv.get("/meetings/" + id).statusCode()).isEqualTo(404);
    assertThat(tailv.submit("/meetings", "/meetings/open-regular", form).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aSecretaryOpensAThematicMeetingAndBadInputIsShownByField() {
    YearMonth next = YearMonth.now(clock).plusMonths(1);
    var annv = http.login("annv", DEMO_PASSWORD);
    var refused =
        annv.submit(
            "/meetings/new",
            "/meetings/new",
            Map.of(
                "branch", "MB01",
                "kind", "THEMATIC",
                "meetingDate", "",
                "meetingTime", "19:30",
                "meetingPlace", "Nhà văn hóa thôn",
                "thematicTopic", ""));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("chưa nhập ngày họp", "chưa nhập chủ đề");
    assertThat(meetings.findMeeting("MTG-MB01-" + next + "-CD1")).isEmpty();

    var opened =
        annv.submit(
            "/meetings/new",
            "/meetings/new",
            Map.of(
                "branch", "MB01",
                "kind", "THEMATIC",
                "meetingDate", next.atDay(15).toString(),
                "meetingTime", "19:30",
                "meetingPlace", "Nhà văn hóa thôn",
                "thematicTopic", "Chuyển đổi số trong sinh hoạt chi bộ"));
    assertThat(opened.statusCode()).isEqualTo(302);
    Meeting thematic = meetings.findMeeting("MTG-MB01-" + next + "-CD1").orElseThrow();
    assertThat(thematic.kind()).isEqualTo(MeetingKind.THEMATIC);
    assertThat(thematic.thematicTopic()).isEqualTo("Chuyển đổi số trong sinh hoạt chi bộ");

    // A committee member who is not secretary or deputy cannot open meetings.
    assertThat(http.login("binhtv", DEMO_PASSWORD).get("/meetings/new").statusCode())
        .isEqualTo(403);
  }
}
