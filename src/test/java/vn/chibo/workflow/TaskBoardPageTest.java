package vn.chibo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.Http;
import vn.chibo.support.ProcessDriver;

/**
 * The task board: a secretary claims or hands out several tasks at once; another branch's secretary
 * can take none of them. Same context as the page tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
class TaskBoardPageTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired TaskService taskService;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void aSecretaryClaimsAndAssignsSeveralTasksAtOnceAndAnotherBranchTakesNone() {
    Task first = preparation(YearMonth.of(2030, 1));
    Task second = preparation(YearMonth.of(2030, 2));
    Task third = preparation(YearMonth.of(2030, 3));

    var annv = http.login("annv", DEMO_PASSWORD);
    String page = annv.get("/tasks").body();
    assertThat(page)
        .contains("Công việc của tôi và nhóm")
        .contains("MTG-MB01-2030-01", "MTG-MB01-2030-02", "MTG-MB01-2030-03")
        .contains("Hà Thị Lan");

    // Another branch's secretary sees none of them and cannot take them.
    var tailv = http.login("tailv", DEMO_PASSWORD);
    assertThat(tailv.get("/tasks").body()).doesNotContain("MTG-MB01-2030-01");
    post(tailv, "/tasks/claim", List.of(first.getId()), null);
    assertThat(assignee(first)).isNull();

    HttpResponse<String> claimed =
        post(annv, "/tasks/claim", List.of(first.getId(), second.getId()), null);
    assertThat(claimed.statusCode()).isEqualTo(302);
    assertThat(assignee(first)).isEqualTo("annv");
    assertThat(assignee(second)).isEqualTo("annv");
    assertThat(annv.get("/tasks").body()).contains("Đã xử lý 2 công việc: đã nhận.");

    // Handing out: to the deputy, who is in the task's group; to someone outside it, refused.
    post(annv, "/tasks/assign", List.of(second.getId(), third.getId()), "lanht");
    assertThat(assignee(second)).isEqualTo("lanht");
    assertThat(assignee(third)).isEqualTo("lanht");
    post(annv, "/tasks/assign", List.of(first.getId()), "tailv");
    assertThat(assignee(first)).isEqualTo("annv");
    assertThat(annv.get("/tasks").body())
        .contains("Chỉ giao việc được cho người trong nhóm được giao");

    // A task someone else holds is reported by name and left with them.
    var lanht = http.login("lanht", DEMO_PASSWORD);
    post(lanht, "/tasks/claim", List.of(first.getId()), null);
    assertThat(assignee(first)).isEqualTo("annv");
    assertThat(lanht.get("/tasks").body()).contains("(đã có annv nhận)");
  }

  private Task preparation(YearMonth month) {
    ProcessDriver.clockAt(month.minusMonths(1).atDay(25).atTime(6, 0));
    try {
      var m =
          meetings
              .openRegular(organizations.organization("MB01").orElseThrow(), month)
              .orElseThrow();
      var pi = process.start(m);
      return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    } finally {
      ProcessDriver.resetClock();
    }
  }

  private String assignee(Task t) {
    return taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee();
  }

  private HttpResponse<String> post(
      Http.Session session, String action, List<String> taskIds, String assignee) {
    Matcher m = CSRF.matcher(session.get("/tasks").body());
    String token = m.find() ? m.group(1) : "";
    StringBuilder body = new StringBuilder("_csrf=").append(enc(token));
    taskIds.forEach(id -> body.append("&taskId=").append(enc(id)));
    if (assignee != null) {
      body.append("&assignee=").append(enc(assignee));
    }
    return http.post(
        action, "application/x-www-form-urlencoded", body.toString(), "Cookie", session.cookie());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
