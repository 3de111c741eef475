package vn.chibo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Http.DEMO_PASSWORD;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.chibo.notification.NotificationService;
import vn.chibo.reporting.HomeFixture.Seeded;
import vn.chibo.support.Http;
import vn.chibo.support.ProcessDriver;
import vn.chibo.support.StatementCounter;

/**
 * The start page as each demo role sees it on the morning before the March meeting ({@link
 * HomeFixture}): every person finds the sections their roles call for, with the fixture's data in
 * them, and none of the others.
 */
@HomeContext
class HomePageTest {

  static final String MB01 = "Chi bộ thôn Đồng Hương";
  static final String MB02 = "Chi bộ thôn Yên Thượng";
  static final String MBCQ = "Chi bộ Cơ quan Đảng ủy xã Mỹ Bằng";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired NotificationService notifications;
  @Autowired IdentityService identity;
  @Autowired StatementCounter counter;

  Http http;
  Seeded seeded;

  @BeforeEach
  void setUp() {
    seeded = HomeFixture.seed(context);
    http = new Http(port);
  }

  @AfterAll
  static void resetClock() {
    ProcessDriver.resetClock();
  }

  @Test
  void theSecretarySeesTheMeetingsStepHisTasksTheBranchsItemsCasesAndAbsences() {
    String page = home("annv");
    assertThat(page).contains("Xin chào, đồng chí Nguyễn Văn An", "Bí thư – " + MB01);

    String branch = group(page, "branch-MB01");
    String meeting = panel(branch, "meeting-step");
    assertThat(meeting)
        .contains("Sinh hoạt thường kỳ tháng 03/2027", "Đang chuẩn bị nội dung")
        .contains("Chuẩn bị nội dung sinh hoạt", "03/03/2027 lúc 08:00")
        .contains("href=\"/meetings/" + HomeFixture.MB01_MEETING + "\"");

    String tasks = panel(page, "my-tasks");
    String prepare = item(tasks, "/camunda/app/tasklist/default/#/?task=" + seeded.prepareTaskId());
    assertThat(prepare)
        .contains("Chuẩn bị nội dung sinh hoạt", "Sinh hoạt chi bộ", HomeFixture.MB01_MEETING)
        .contains("hạn 02/03/2027 08:00", "Quá hạn");

    String items = panel(branch, "branch-action-items");
    assertThat(items).contains("(2, 1 quá hạn)");
    assertThat(item(items, HomeFixture.OVERDUE_ITEM))
        .contains("Quá hạn", "hạn 15/02/2027", seeded.plainMember().fullName());
    assertThat(item(items, HomeFixture.OPEN_ITEM))
        .contains("hạn 31/03/2027")
        .doesNotContain("Quá hạn");

    String cases = panel(branch, "branch-admissions");
    assertThat(cases)
        .contains("(3)", "Phân công đảng viên giúp đỡ", "Cấp ủy có thẩm quyền quyết định")
        .contains("Tổ chức lễ kết nạp", "Nông Thị Thu Trang");
    assertThat(item(cases, seeded.decisionCase() + "<"))
        .contains("hạn 05/03/2027")
        .doesNotContain("Quá hạn");
    assertThat(item(cases, seeded.ceremonyCase() + "<")).contains("hạn 20/02/2027", "Quá hạn");
    assertThat(cases.indexOf("Phân công đảng viên giúp đỡ"))
        .as("stages in the order of the process")
        .isLessThan(cases.indexOf("Cấp ủy có thẩm quyền quyết định"));

    String absences = panel(branch, "branch-absences");
    assertThat(item(absences, seeded.absentThrice().fullName()))
        .contains("3 lần vắng không lý do", "Từ 3 lần: xem xét xóa tên");
    assertThat(item(absences, seeded.absentOnce().fullName()))
        .contains("1 lần vắng không lý do")
        .doesNotContain("xóa tên");
    assertThat(absences.indexOf(seeded.absentThrice().fullName()))
        .as("most absences first")
        .isLessThan(absences.indexOf(seeded.absentOnce().fullName()));
    assertThat(absences)
        .as("an excused absence is not counted")
        .doesNotContain(seeded.excused().fullName())
        .doesNotContain(seeded.plainMember().fullName());

    assertThat(page).doesNotContain("id=\"subtree-", "id=\"admin\"");
  }

  @Test
  void aCommitteeMemberSeesTheBranchButNotTheSecretarysTasks() {
    String page = home("binhtv");
    assertThat(page).contains("Chi ủy viên – " + MB01);
    String branch = group(page, "branch-MB01");
    assertThat(panel(branch, "meeting-step")).contains("Đang chuẩn bị nội dung");
    assertThat(panel(branch, "branch-action-items")).contains(HomeFixture.OVERDUE_ITEM);
    assertThat(panel(branch, "branch-absences")).contains(seeded.absentThrice().fullName());
    assertThat(panel(page, "my-tasks"))
        .doesNotContain(seeded.prepareTaskId())
        .contains("Không có công việc nào đang chờ đồng chí.");
    assertThat(page).doesNotContain("id=\"subtree-", "id=\"admin\"");
  }

  @Test
  void anotherBranchsSecretarySeesNothingOfMb01() {
    String page = home("tailv");
    String branch = group(page, "branch-MB02");
    assertThat(panel(branch, "meeting-step"))
        .contains("Chưa mở", "href=\"/meetings\"")
        .doesNotContain("MTG-");
    assertThat(panel(branch, "branch-action-items")).contains("Không có nhiệm vụ nào còn nợ.");
    assertThat(panel(branch, "branch-admissions")).contains("Không có hồ sơ kết nạp nào đang mở.");
    assertThat(page)
        .doesNotContain("branch-MB01", MB01, "MTG-MB01", "ADM-MB01", seeded.prepareTaskId())
        .doesNotContain(HomeFixture.OVERDUE_ITEM, HomeFixture.OPEN_ITEM)
        .doesNotContain(seeded.absentThrice().fullName(), seeded.plainMember().fullName())
        .doesNotContain("id=\"subtree-", "id=\"admin\"");
  }

  @Test
  void theCommuneSecretarySeesWhichBranchesHaveNotMetOrOpenedOrNoticedAndTheDueCases() {
    String page = home("huytq");
    assertThat(page).contains("Bí thư, Ủy viên Ban Thường vụ – Đảng bộ xã Mỹ Bằng");
    String commune = group(page, "subtree-MB");
    assertThat(commune)
        .contains("Đảng bộ xã Mỹ Bằng – tháng 03/2027")
        .contains("Đã sinh hoạt tháng này: <strong>0/3</strong> chi bộ (<span>0%</span>)")
        .contains("Sinh hoạt chuyên đề quý <span>I/2027</span>: <strong>1/3</strong> chi bộ")
        .contains("<span>33%</span>");

    String notMet = panel(commune, "not-met");
    assertThat(notMet).contains("(3)", MB01, MB02, MBCQ);
    assertThat(item(notMet, MB01))
        .contains("href=\"/meetings/" + HomeFixture.MB01_MEETING + "\"", "Đang chuẩn bị nội dung");
    assertThat(item(notMet, MB02))
        .contains("href=\"/organizations/MB02\"", "Chưa mở buổi sinh hoạt");

    assertThat(panel(commune, "not-opened")).contains("(1)", MB02).doesNotContain(MB01, MBCQ);

    String notice = panel(commune, "notice-late");
    assertThat(notice)
        .contains("(2)", "Hạn gửi thông báo: 02/03/2027 08:00", MB01, MB02)
        .doesNotContain(MBCQ);
    assertThat(item(notice, MB01)).contains("Chưa gửi thông báo");

    String due = panel(commune, "due-cases");
    assertThat(due).contains("(2)", "trong 5 ngày làm việc tới");
    assertThat(item(due, seeded.ceremonyCase()))
        .contains("Quá hạn", "Tổ chức lễ kết nạp", "hạn 20/02/2027", MB01);
    assertThat(item(due, seeded.decisionCase()))
        .contains("Sắp đến hạn", "Cấp ủy có thẩm quyền quyết định", "hạn 05/03/2027");
    assertThat(due).doesNotContain(seeded.mentorCase(), "Nông Thị Thu Trang");
    assertThat(due.indexOf(seeded.ceremonyCase()))
        .as("the most urgent first")
        .isLessThan(due.indexOf(seeded.decisionCase()));

    assertThat(commune)
        .as("only branches below the commune: nothing to roll up")
        .doesNotContain("Theo đơn vị trực thuộc");

    // He leads the commune, not a branch; his own branch's meeting is his next one.
    assertThat(page).doesNotContain("id=\"branch-", "id=\"admin\"");
    assertThat(panel(page, "next-meeting")).contains("03/03/2027 lúc 08:00", "Đã gửi thông báo");
  }

  @Test
  void theProvincialOrganisationBoardSeesEveryBranchOfTheProvince() {
    String page = home("hahtt");
    String province = group(page, "subtree-TQ");
    assertThat(province)
        .contains("Đảng bộ tỉnh Tuyên Quang – tháng 03/2027")
        .contains("<strong>0/8</strong>", "<strong>1/8</strong>");
    String units = panel(province, "units");
    assertThat(item(units, "Đảng bộ xã Mỹ Bằng"))
        .contains("3 chi bộ", "0 đã sinh hoạt", "1 chưa mở", "2 chưa gửi thông báo đúng hạn")
        .contains("2 hồ sơ kết nạp quá hạn, sắp đến hạn");
    assertThat(item(units, "Đảng bộ phường Minh Xuân")).contains("4 chi bộ", "4 chưa mở");
    assertThat(item(units, "Đảng bộ Các cơ quan Đảng tỉnh")).contains("1 chi bộ");
    assertThat(panel(province, "not-met"))
        .contains("(8)", MB01, MB02, "Chi bộ Tổ dân phố 5", "Chi bộ Phân xưởng Lò nung");
    assertThat(panel(province, "not-opened")).contains("(6)").doesNotContain(MB01, MBCQ);
    assertThat(panel(province, "due-cases")).contains(seeded.decisionCase(), seeded.ceremonyCase());
    assertThat(page)
        .as("the commune is inside the province: one section, not two")
        .doesNotContain("id=\"subtree-MB\"", "id=\"branch-", "id=\"admin\"");
  }

  @Test
  void aPlainMemberSeesTheNextMeetingOwnTasksAndTheLatestNotices() {
    String username = seeded.plainMember().username();
    String page = home(username);
    assertThat(page).contains("Xin chào, đồng chí " + seeded.plainMember().fullName());

    assertThat(panel(page, "next-meeting"))
        .contains("Thứ Tư, 03/03/2027 lúc 08:00", "Sinh hoạt thường kỳ tháng 03/2027")
        .contains("Hội trường chi bộ", "Đang chuẩn bị nội dung")
        .contains("href=\"/meetings/" + HomeFixture.MB01_MEETING + "\"")
        // nothing issued yet: the way to the drafts
        .contains(
            "href=\"/meetings/" + HomeFixture.MB01_MEETING + "#tai-lieu\"",
            "Dự thảo văn bản của buổi họp");

    String items = panel(page, "my-action-items");
    assertThat(items).contains("(2)");
    assertThat(item(items, HomeFixture.OVERDUE_ITEM)).contains("Quá hạn", "Hạn 15/02/2027");
    assertThat(item(items, HomeFixture.OPEN_ITEM))
        .contains("Hạn 31/03/2027")
        .doesNotContain("Quá hạn");
    assertThat(items.indexOf(HomeFixture.OVERDUE_ITEM))
        .isLessThan(items.indexOf(HomeFixture.OPEN_ITEM));

    String notices = panel(page, "my-notices");
    assertThat(notifications.unreadCount(username)).isEqualTo(4);
    assertThat(notices).contains("(4 chưa đọc)");
    assertThat(count(notices, "<li>")).isEqualTo(5);
    var titles = seeded.noticeTitles();
    assertThat(notices)
        .contains(titles.subList(1, 6).toArray(String[]::new))
        .doesNotContain(titles.get(0));
    assertThat(notices.indexOf(titles.get(5)))
        .as("newest first")
        .isLessThan(notices.indexOf(titles.get(1)));
    assertThat(item(notices, titles.get(1))).doesNotContain("Chưa đọc");
    assertThat(item(notices, titles.get(2))).contains("Chưa đọc");

    assertThat(page).doesNotContain("id=\"branch-", "id=\"subtree-", "id=\"admin\"");
  }

  @Test
  void theAdministratorSeesTheSystemAndNoMemberSections() {
    String page = home("admin");
    assertThat(page).contains("Xin chào, Quản trị hệ thống");
    String admin = group(page, "admin");
    long users = identity.createUserQuery().count();
    assertThat(users).isGreaterThan(100);
    assertThat(admin)
        .contains(
            "<strong>" + String.format("%,d", users).replace(',', '.') + "</strong> người dùng")
        .contains("<strong>0</strong> sự cố quy trình đang mở")
        .contains("<strong>2025, 2026, 2027</strong> năm có lịch ngày nghỉ")
        .contains("Lịch ngày làm việc chưa có năm 2028")
        .contains(
            "href=\"/camunda/app/cockpit/\"",
            "href=\"/camunda/app/admin/\"",
            "href=\"/calendar\"",
            "href=\"/import\"");
    assertThat(page)
        .doesNotContain("id=\"next-meeting\"", "id=\"my-tasks\"", "id=\"branch-", "id=\"subtree-");
  }

  @Test
  void thePageCostsAHandfulOfQueriesWhateverTheNumberOfBranchesAndMembers() {
    var huytq = http.login("huytq", DEMO_PASSWORD);
    var hahtt = http.login("hahtt", DEMO_PASSWORD);
    var annv = http.login("annv", DEMO_PASSWORD);
    var tailv = http.login("tailv", DEMO_PASSWORD);
    huytq.get("/");
    hahtt.get("/");
    annv.get("/");
    tailv.get("/");

    StatementCounter.Counts commune = measure(() -> huytq.get("/"));
    StatementCounter.Counts province = measure(() -> hahtt.get("/"));
    StatementCounter.Counts big = measure(() -> annv.get("/"));
    StatementCounter.Counts small = measure(() -> tailv.get("/"));
    System.out.printf(
        "STATEMENTS home: commune (3 branches) %d, province (8 branches) %d,"
            + " MB01 secretary (%d members) %d, MB02 secretary %d%n",
        commune.statements(),
        province.statements(),
        context
            .getBean(vn.chibo.organization.OrganizationService.class)
            .membersOf(
                context
                    .getBean(vn.chibo.organization.OrganizationService.class)
                    .organization("MB01")
                    .orElseThrow()
                    .id())
            .size(),
        big.statements(),
        small.statements());
    assertThat(province.writes() + commune.writes() + big.writes() + small.writes())
        .as("the start page writes nothing")
        .isZero();
    assertThat(province.statements())
        .as("eight branches cost what three do")
        .isLessThanOrEqualTo(commune.statements());
    assertThat(big.statements())
        .as("the branch with the meeting open, the tasks and cases")
        .isLessThanOrEqualTo(30);
    assertThat(commune.statements()).isLessThanOrEqualTo(30);
  }

  // ------------------------------------------------------------------

  private String home(String username) {
    var session = http.login(username, DEMO_PASSWORD);
    assertThat(session.loggedIn()).as("login of %s", username).isTrue();
    HttpResponse<String> response = session.get("/");
    assertThat(response.statusCode()).as("start page of %s", username).isEqualTo(200);
    return response.body();
  }

  private StatementCounter.Counts measure(Runnable request) {
    counter.start();
    try {
      request.run();
    } finally {
      return counter.stop();
    }
  }

  /** A branch, subtree or admin section: from its id to the next section of that level. */
  static String group(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as("section %s on the page", id).isNotNegative();
    int end = page.indexOf("<section class=\"group", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  /** A panel, by its id or its class: panels hold no sections of their own. */
  static String panel(String html, String idOrClass) {
    int start = html.indexOf("id=\"" + idOrClass + "\"");
    if (start < 0) {
      start = html.indexOf("class=\"panel " + idOrClass + "\"");
    }
    assertThat(start).as("panel %s", idOrClass).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  /** The list item that contains {@code text}. */
  static String item(String html, String text) {
    int at = html.indexOf(text);
    assertThat(at).as("an item with %s", text).isNotNegative();
    int start = html.lastIndexOf("<li", at);
    int end = html.indexOf("</li>", at);
    return html.substring(start, end);
  }

  static int count(String html, String needle) {
    int n = 0;
    for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
