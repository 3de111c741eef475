package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingTestSupport;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;

/**
 * The first two steps of a branch meeting done in the Camunda Tasklist in a real Chromium: the
 * secretary of Chi bộ thôn Đồng Hương (annv) prepares the content in the Camunda Form, a committee
 * member (binhtv) agrees to it or sends it back. Each test opens its own month (2029) so it never
 * meets the process tests' meetings.
 */
@BrowserContext
class MeetingTasklistBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";
  static final String PREPARE = "Chuẩn bị nội dung sinh hoạt";
  static final String AGREE = "Thống nhất nội dung sinh hoạt";

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    browser.at(port);
    driver = new ProcessDriver(management, tasks, identity);
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  @Test
  void theSecretaryPreparesAndACommitteeMemberAgreesInTheTasklist() {
    ProcessInstance pi = open(YearMonth.of(2029, 1));
    Task prepare = driver.task(pi.getId(), BranchMeetingProcess.PREPARE_CONTENT);

    Browser.Window secretary = browser.desktop().login("annv", PASSWORD);
    Tasklist tasklist = new Tasklist(secretary);
    tasklist.openStart();
    secretary.screenshot("tasklist-01-start-annv");

    tasklist.openTask(prepare.getId(), PREPARE);
    assertThat(tasklist.labels())
        .contains(
            "Giờ họp (HH:mm)",
            "Địa điểm",
            "1. Tình hình chính trị – tư tưởng",
            "2. Kết quả tháng trước, nhiệm vụ tháng tới",
            "3. Công tác xây dựng Đảng",
            "Dự thảo nghị quyết");
    assertThat(secretary.bodyText()).contains("Sinh hoạt thường kỳ tháng 01/2029");
    assertThat(tasklist.field("Giờ họp").getAttribute("value")).isEqualTo("08:00");
    secretary.screenshot("tasklist-02-prepare-form-before-claim");

    tasklist.claim();
    tasklist
        .fill("Địa điểm", "Nhà văn hóa thôn Đồng Hương")
        .fill(
            "1. Tình hình chính trị",
            "Thông tin thời sự trong nước, quốc tế\nTình hình tư tưởng đảng viên")
        .fill(
            "2. Kết quả tháng trước",
            "Đánh giá kết quả tháng trước\nNhiệm vụ tháng tới: vệ sinh môi trường")
        .fill("3. Công tác xây dựng Đảng", "Thu nộp đảng phí\nPhát triển đảng viên")
        .fill("Dự thảo nghị quyết", "Chi bộ thống nhất các nhiệm vụ trọng tâm tháng tới.");
    secretary.screenshot("tasklist-03-prepare-form-filled");
    tasklist.complete();

    Task agree = secretary.until(d -> driver.task(pi.getId(), BranchMeetingProcess.AGREE_CONTENT));
    secretary.until(d -> d.findElements(Tasklist.FORM).isEmpty());
    secretary.screenshot("tasklist-04-prepare-completed");
    assertThat(candidateGroups(agree)).containsExactly("MB01-committee");
    assertThat(meetings.meeting(pi.getBusinessKey()).status()).isEqualTo(MeetingStatus.AGREEMENT);

    Browser.Window member = browser.desktop().login("binhtv", PASSWORD);
    Tasklist committee = new Tasklist(member).openTask(agree.getId(), AGREE);
    assertThat(committee.labels())
        .contains(
            "Chương trình sinh hoạt",
            "Dự thảo nghị quyết",
            "Ý kiến của chi ủy",
            "Nhất trí nội dung",
            "Trả lại để chỉnh sửa");
    assertThat(committee.field("Chương trình sinh hoạt").getAttribute("value"))
        .contains("Thu nộp đảng phí");
    // The form links to the meeting's documents: the drafts of the notice and the resolution.
    assertThat(
            member
                .waitFor(By.partialLinkText("Văn bản (dự thảo và đã ban hành)"))
                .getAttribute("href"))
        .endsWith("/meetings/" + pi.getBusinessKey() + "#tai-lieu");
    member.screenshot("tasklist-05-agree-form");

    committee.claim().choose("Nhất trí nội dung");
    member.screenshot("tasklist-06-agree-approved");
    committee.complete();

    member.until(d -> driver.task(pi.getId(), BranchMeetingProcess.AGREE_CONTENT) == null);
    member.until(d -> d.findElements(Tasklist.FORM).isEmpty());
    member.screenshot("tasklist-07-agree-completed");
    assertThat(meetings.meeting(pi.getBusinessKey()).status()).isEqualTo(MeetingStatus.NOTICED);
  }

  @Test
  void sendingBackWithoutACommentIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = open(YearMonth.of(2029, 2));
    driver.completeAs(
        "annv",
        groupsOf("annv"),
        driver.task(pi.getId(), BranchMeetingProcess.PREPARE_CONTENT).getId(),
        preparation());
    Task agree = driver.task(pi.getId(), BranchMeetingProcess.AGREE_CONTENT);

    Browser.Window member = browser.desktop().login("binhtv", PASSWORD);
    Tasklist committee = new Tasklist(member).openTask(agree.getId(), AGREE);
    committee.claim().choose("Trả lại để chỉnh sửa");
    assertThat(committee.field("Ý kiến cụ thể").getAttribute("value")).isEmpty();
    member.screenshot("tasklist-08-send-back-without-comment");
    committee.complete();

    List<String> shown = member.until(d -> notices(committee));
    member.screenshot("tasklist-09-send-back-refused");
    // the server's reason reaches the person in Vietnamese, without the engine's wrapping
    assertThat(String.join("\n", shown))
        .contains("Chưa lưu được: chưa nhập ý kiến của chi ủy")
        .doesNotContain("ENGINE-", "TaskListener");
    assertThat(tasks.createTaskQuery().taskId(agree.getId()).singleResult())
        .as("the task stays open")
        .isNotNull();
    assertThat(member.driver().findElements(Tasklist.FORM))
        .as("the form stays on screen")
        .hasSize(1);
    assertThat(meetings.meeting(pi.getBusinessKey()).status()).isEqualTo(MeetingStatus.AGREEMENT);
  }

  /**
   * The way a person finds their work: the Tasklist's list, in the shared filter of their groups.
   */
  @Test
  void theSecretaryFindsTheTaskInTheTasklistsList() {
    ProcessInstance pi = open(YearMonth.of(2029, 3));
    Browser.Window secretary = browser.desktop().login("annv", PASSWORD);
    new Tasklist(secretary).openStart();
    secretary.waitFor(By.xpath("//*[@cam-tasks]//*[normalize-space(.)='" + PREPARE + "']")).click();
    secretary.waitFor(Tasklist.FORM);
    assertThat(secretary.currentPath())
        .endsWith(driver.task(pi.getId(), BranchMeetingProcess.PREPARE_CONTENT).getId());
  }

  /**
   * The record task's form is the app's page: the Tasklist links to it, the minute-taker fills the
   * roll call and minutes there, a missing minute is refused on the page, then the task is done.
   */
  @Test
  void theMinuteTakerRecordsTheMeetingOnThePageTheTasklistLinksTo() {
    ProcessInstance pi = open(YearMonth.of(2029, 4));
    MeetingTestSupport support =
        new MeetingTestSupport(meetings, organizations, process, identity, driver);
    support.prepareAndAgree(pi);
    ProcessDriver.clockAt(java.time.LocalDateTime.of(2029, 4, 3, 11, 0));
    Task record = driver.task(pi.getId(), BranchMeetingProcess.RECORD_MEETING);

    Browser.Window minutes = browser.desktop().login("maibt", PASSWORD);
    minutes.open("/camunda/app/tasklist/default/#/?task=" + record.getId());
    WebElement link =
        minutes.waitFor(
            By.cssSelector("a[href*='/meetings/record?taskId=" + record.getId() + "']"));
    minutes.screenshot("record-01-tasklist-external-form");
    minutes.open(link.getAttribute("href").replaceFirst("^https?://[^/]+", ""));
    minutes.waitForText("Ghi biên bản buổi sinh hoạt");
    assertThat(minutes.bodyText()).contains("Điểm danh", "Nguyễn Văn An", "Thu nộp đảng phí");
    minutes.screenshot("record-02-form");

    // Everything but the minutes of the first agenda item: refused on the page, nothing written.
    List<WebElement> notes =
        minutes.driver().findElements(By.cssSelector("textarea[name^='notes_']"));
    for (int i = 1; i < notes.size(); i++) {
      notes.get(i).sendKeys("Chi bộ thảo luận và thống nhất.");
    }
    // The browser would stop this itself (required fields); the server must refuse it as well.
    ((org.openqa.selenium.JavascriptExecutor) minutes.driver())
        .executeScript(
            "document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
    minutes.click(
        minutes.driver().findElement(By.cssSelector("form.record button[type='submit']")));
    minutes.waitForText("Biên bản chưa được lưu");
    assertThat(minutes.bodyText()).contains("chưa ghi diễn biến cho nội dung");
    minutes.screenshot("record-03-refused");
    assertThat(meetings.meeting(pi.getBusinessKey()).status()).isEqualTo(MeetingStatus.NOTICED);

    minutes
        .driver()
        .findElements(By.cssSelector("textarea[name^='notes_']"))
        .get(0)
        .sendKeys("Đồng chí Bí thư thông tin tình hình thời sự.");
    minutes.click(
        minutes.driver().findElement(By.cssSelector("form.record button[type='submit']")));
    minutes.until(d -> meetings.meeting(pi.getBusinessKey()).status() == MeetingStatus.HELD);
    assertThat(driver.task(pi.getId(), BranchMeetingProcess.RECORD_VOTE)).isNotNull();
    assertThat(meetings.attendance(pi.getBusinessKey())).hasSize(23);
    minutes.screenshot("record-04-done");

    // The meeting's page shows what was recorded.
    minutes.open("/meetings/" + pi.getBusinessKey());
    minutes.waitForText("Điểm danh");
    assertThat(minutes.bodyText())
        .contains("Đã họp", "Có mặt", "Miễn sinh hoạt, vắng", "Ghi kết quả biểu quyết nghị quyết");
    minutes.screenshot("record-05-meeting-page");
  }

  /** Non-empty notices, or null to keep waiting. */
  private static List<String> notices(Tasklist tasklist) {
    List<String> shown = tasklist.notifications().stream().filter(t -> !t.isBlank()).toList();
    return shown.isEmpty() ? null : shown;
  }

  private ProcessInstance open(YearMonth month) {
    // the scheduler opens a month's meetings on the 25th before
    ProcessDriver.clockAt(month.minusMonths(1).atDay(25).atTime(6, 0));
    Meeting m =
        meetings.openRegular(organizations.organization("MB01").orElseThrow(), month).orElseThrow();
    return process.start(m);
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private static Map<String, Object> preparation() {
    Map<String, Object> v = new HashMap<>();
    v.put("meetingTime", "08:00");
    v.put("meetingPlace", "Nhà văn hóa thôn Đồng Hương");
    v.put("agendaPolitical", "Thông tin thời sự trong nước, quốc tế");
    v.put("agendaTasks", "Nhiệm vụ tháng tới: vệ sinh môi trường");
    v.put("agendaPartyBuilding", "Thu nộp đảng phí");
    v.put("draftResolution", "Chi bộ thống nhất các nhiệm vụ trọng tâm tháng tới.");
    return v;
  }
}
