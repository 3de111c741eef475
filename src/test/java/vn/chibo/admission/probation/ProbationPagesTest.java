package vn.chibo.admission.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;

import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.chibo.admission.probation.process.ProbationProcess;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.organization.Member;
import vn.chibo.support.Http;

/**
 * The probation pages as the people of Chi bộ thôn Đồng Hương (MB01) use them — annv its secretary,
 * binhtv a committee member — with huytq, secretary of the commune committee above and member of
 * its standing committee, and tailv, secretary of another branch (MB02). Same application as the
 * admission pages and the browser tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
class ProbationPagesTest {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ProbationService probation;
  @Autowired ProbationProcess process;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Clock clock;
  @Autowired ISpringTemplateEngine templates;
  @Autowired ServletContext servletContext;

  Http http;
  ProbationPagesFixture fixture;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    fixture = ProbationPagesFixture.of(context);
  }

  @AfterEach
  void forgetTheRenderingUser() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aSecretaryOpensTheCaseOfADemoProbationaryMemberThatTheCommuneSeesAndAnotherBranchDoesNot() {
    Member member = fixture.demoProbationaryWithoutCase("MB01");
    String memberId = Long.toString(member.id());
    var annv = http.login("annv", DEMO_PASSWORD);
    assertThat(annv.get("/probations").body()).contains("Mở hồ sơ dự bị");
    assertThat(annv.get("/probations/new").body())
        .contains(
            "Mở hồ sơ đảng viên dự bị",
            "Chi bộ thôn Đồng Hương",
            member.fullName() + " (kết nạp " + member.ceremonyDate().format(DATE) + ")");

    var refused = annv.submit("/probations/new", "/probations/new", Map.of("memberId", ""));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Chưa mở được hồ sơ", "chưa chọn đảng viên dự bị");

    var opened = annv.submit("/probations/new", "/probations/new", Map.of("memberId", memberId));
    assertThat(opened.statusCode()).isEqualTo(302);
    String location = opened.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/probations/PRB-MB01-\\d+\\?opened");
    String id = location.replaceAll(".*/probations/([^?]+).*", "$1");
    ProbationCase c = probation.probationCase(id);
    assertThat(c.memberId()).isEqualTo(member.id());
    assertThat(c.status()).isEqualTo(ProbationStatus.IN_PROBATION);
    assertThat(c.ceremonyDate()).isEqualTo(member.ceremonyDate());
    // the member is no longer offered
    assertThat(annv.get("/probations/new").body()).doesNotContain(member.fullName());

    // The board: in the first column, with the vote's deadline counted in working days.
    LocalDate today = LocalDate.now(clock);
    String board = annv.get("/probations").body();
    String card = card(board, member.fullName());
    assertThat(card)
        .contains(
            id,
            "Chi bộ thôn Đồng Hương",
            "Kết nạp " + c.ceremonyDate().format(DATE),
            "Hết dự bị " + c.probationEnd().format(DATE),
            "Hạn chi bộ biểu quyết",
            c.voteDue().format(DATE),
            "Còn " + calendar.workingDaysBetween(today, c.voteDue()) + " ngày làm việc")
        .doesNotContain("is-overdue");
    // the columns in process order, the case in the first
    String columns = board.substring(board.indexOf("class=\"board\""));
    assertThat(columns.indexOf("Trong thời gian dự bị"))
        .isLessThan(columns.indexOf(member.fullName()));
    assertThat(columns.indexOf(member.fullName()))
        .isLessThan(columns.indexOf("Chờ bản tự kiểm điểm"));
    assertThat(columns.indexOf("Chờ bản tự kiểm điểm"))
        .isLessThan(columns.indexOf("Chờ chi bộ biểu quyết"))
        .isLessThan(columns.indexOf("Chờ cấp ủy có thẩm quyền quyết định"));
    assertThat(annv.get("/probations?status=IN_PROBATION").body()).contains(id);
    assertThat(annv.get("/probations?status=BRANCH_VOTE").body()).doesNotContain(id);
    assertThat(annv.get("/probations?branch=MB01&status=IN_PROBATION").body()).contains(id);
    assertThat(annv.get("/probations?status=NOPE").statusCode()).isEqualTo(400);
    assertThat(annv.get("/probations?branch=MB02").statusCode()).isEqualTo(400);

    // The case page: the end of probation and what happens then.
    String page = annv.get("/probations/" + id + "?opened").body();
    assertThat(page)
        .contains(
            "Hồ sơ đảng viên dự bị:</span> <span>" + member.fullName(),
            "Đã mở hồ sơ đảng viên dự bị",
            "Hết thời gian dự bị",
            "<strong class=\"probation-end\">" + c.probationEnd().format(DATE) + "</strong>",
            "Bước tiếp theo:",
            "Ngày "
                + c.probationEnd().format(DATE)
                + " hết thời gian dự bị. Khi đó đảng viên viết bản tự kiểm điểm (mẫu 10-KNĐ)",
            "chi bộ biểu quyết chậm nhất ngày " + c.voteDue().format(DATE),
            "Hiện đồng chí không có việc cần làm ở hồ sơ này",
            "Hồ sơ trên sơ đồ quy trình",
            "<svg",
            "class=\"bpmn-shape bpmn-event is-active\" data-element-id=\""
                + ProbationProcess.PROBATION_ENDED
                + "\"",
            "Diễn biến hồ sơ",
            "Nguyễn Văn An")
        .doesNotContain("??");

    // The commune above sees it; another branch's secretary neither sees nor opens it.
    var huytq = http.login("huytq", DEMO_PASSWORD);
    assertThat(huytq.get("/probations").body()).contains(id, member.fullName());
    assertThat(huytq.get("/probations/" + id).statusCode()).isEqualTo(200);
    var tailv = http.login("tailv", DEMO_PASSWORD);
    assertThat(tailv.get("/probations").body()).doesNotContain(id, member.fullName());
    assertThat(tailv.get("/probations/" + id).statusCode()).isEqualTo(404);
    assertThat(tailv.get("/probations/new").body()).doesNotContain(member.fullName());
    var foreign = tailv.submit("/probations/new", "/probations/new", Map.of("memberId", memberId));
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.body()).contains("không thuộc chi bộ của đồng chí");

    // Only the branch's secretary and deputy open cases.
    var binhtv = http.login("binhtv", DEMO_PASSWORD);
    assertThat(binhtv.get("/probations/new").statusCode()).isEqualTo(403);
    assertThat(binhtv.get("/probations").body()).contains(id).doesNotContain("Mở hồ sơ dự bị");

    // The section the admission board will include shows the same scope.
    assertThat(section("annv")).contains(id, member.fullName(), "Trong thời gian dự bị");
    assertThat(section("huytq")).contains(id);
    assertThat(section("tailv")).doesNotContain(id, member.fullName());
  }

  @Test
  void aLateDecisionIsOverdueInWordsAndColourAndTheCasePageShowsVotesAndTheCommitteesTask() {
    var late = fixture.waitingForALateDecision(41);
    LocalDate today = LocalDate.now(clock);
    assertThat(late.decisionDue()).isBefore(today);
    String overdue =
        "Quá hạn " + calendar.workingDaysBetween(late.decisionDue(), today) + " ngày làm việc";

    var huytq = http.login("huytq", DEMO_PASSWORD);
    String board = huytq.get("/probations?status=COMMITTEE_DECISION").body();
    String card = card(board, late.member());
    assertThat(card)
        .contains(
            "is-overdue",
            late.caseId(),
            late.branch(),
            "Hạn cấp ủy quyết định",
            late.decisionDue().format(DATE),
            overdue);
    assertThat(board).contains("Chờ cấp ủy có thẩm quyền quyết định", "hồ sơ quá hạn");

    String page = huytq.get("/probations/" + late.caseId()).body();
    List<Task> open = process.openTasks(late.caseId());
    assertThat(open)
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly(ProbationProcess.DECIDE);
    assertThat(page)
        .contains(
            "Việc tiếp theo của đồng chí",
            "href=\"/camunda/app/tasklist/default/#/?task=" + open.get(0).getId() + "\"",
            "Quyết định công nhận đảng viên chính thức hoặc xóa tên",
            "Ban Thường vụ Đảng bộ xã Mỹ Bằng",
            "Hạn cấp ủy quyết định",
            overdue,
            // the votes, their base and threshold
            "Lần 1, ngày",
            "3 phiếu đề nghị công nhận, 2 phiếu đề nghị xóa tên",
            "Không đề nghị nào đạt",
            "Lần 2, ngày",
            "5 phiếu đề nghị công nhận, 0 phiếu đề nghị xóa tên",
            "cơ sở tính 6 đảng viên chính thức, cần 4 phiếu",
            "Đạt: đề nghị công nhận",
            "Sau 3 lần biểu quyết không đề nghị nào đạt",
            // the proposal, the review, the end of probation the recognition will date from
            "Công nhận đảng viên chính thức",
            "– chi bộ biểu quyết ngày",
            "Đồng chí tích cực, gương mẫu",
            late.probationEnd().format(DATE),
            // the diagram and the history with who did what
            "class=\"bpmn-shape bpmn-task is-active\" data-element-id=\""
                + ProbationProcess.DECIDE
                + "\"",
            "Viết bản tự kiểm điểm đảng viên dự bị (10-KNĐ)",
            late.member(),
            "đang chờ")
        .doesNotContain("??");
    // the branch's own secretary of MB01 sees nothing of another branch's case
    assertThat(http.login("annv", DEMO_PASSWORD).get("/probations/" + late.caseId()).statusCode())
        .isEqualTo(404);
  }

  /** The card of the board that names this person. */
  private static String card(String board, String name) {
    int at = board.indexOf(name);
    assertThat(at).as("card of " + name).isPositive();
    String from = board.substring(board.lastIndexOf("<li", at));
    return from.substring(0, from.indexOf("</li>"));
  }

  /** {@code probation/board-section :: section} as a page including it renders it for the user. */
  private String section(String username) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    var request = new MockHttpServletRequest(servletContext, "GET", "/admissions");
    var exchange =
        JakartaServletWebApplication.buildApplication(servletContext)
            .buildExchange(request, new MockHttpServletResponse());
    var web = new WebContext(exchange, Locale.forLanguageTag("vi"));
    web.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(context, null));
    return templates.process("probation/board-section", Set.of("section"), web);
  }
}
