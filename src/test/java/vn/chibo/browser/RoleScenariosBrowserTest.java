package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.admission.AdmissionCase;
import vn.chibo.admission.AdmissionService;
import vn.chibo.admission.AdmissionStage;
import vn.chibo.admission.AdmissionTestSupport;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.meeting.AgendaItem;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Presence;
import vn.chibo.meeting.RecordInput;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.notification.TestSmtp;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleType;
import vn.chibo.resolution.Resolution;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.resolution.ResolutionStatus;
import vn.chibo.resolution.vote.VoteOutcome;
import vn.chibo.support.ProcessDriver;

/**
 * Five scenarios of the acceptance list, each by the people whose work it is, through the real
 * pages in a real Chromium, with pictures at 1280 px and on a 360-px phone in {@code
 * target/screenshots/scenario-<n>-*.png}:
 *
 * <ol>
 *   <li>the secretary (annv) prepares the content in the Tasklist's Camunda Form; the committee
 *       member (binhtv) then finds the agreement in his Tasklist;
 *   <li>the committee member approves it; the notice reaches every member of MB01 at a real SMTP
 *       server, with the calendar invitation;
 *   <li>the minute-taker (maibt) records the meeting on the page the Tasklist links to, then the
 *       vote in the Tasklist; the meeting page shows the resolution passed with its counts;
 *   <li>the commune's secretary (huytq) sees the branch and its admission case; another branch's
 *       secretary (tailv) sees neither, and the meeting page answers 404;
 *   <li>a form sent without a required value is refused in Vietnamese and nothing changes.
 * </ol>
 *
 * <p>Mail goes through {@link TestSmtp} ({@code chibo.mail.transport=smtp}), which the other
 * browser tests' context does not have: this class has a context and an H2 database of its own.
 * Each scenario opens its own month of 2031 for MB01 and sets up what came before it through the
 * services; jobs are run by hand. They run in their order, so that the secretary's Tasklist in
 * scenario 1 holds only the task it clicks.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scenarios;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "chibo.mail.transport=smtp",
      "spring.mail.host=127.0.0.1"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleScenariosBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";
  static final String BRANCH = "Chi bộ thôn Đồng Hương";
  static final String PREPARE = "Chuẩn bị nội dung sinh hoạt";
  static final String AGREE = "Thống nhất nội dung sinh hoạt";
  static final String RECORD = "Ghi biên bản buổi sinh hoạt";
  static final String VOTE = "Ghi kết quả biểu quyết nghị quyết";
  static final String APPLICANT = "Đặng Văn Khải";
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired ResolutionService resolutions;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired AdmissionService admissions;
  @Autowired MemberAdmissionProcess admissionProcess;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  ProcessDriver driver;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> TestSmtp.PORT);
  }

  @BeforeEach
  void setUp() {
    browser.at(port);
    driver = new ProcessDriver(management, tasks, identity);
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  // ------------------------------------------------------------------ 1

  @Test
  @Order(1)
  void scenario1TheSecretaryPreparesTheContentAndTheCommitteeMemberFindsTheAgreement() {
    ProcessInstance pi = open(YearMonth.of(2031, 1));
    String id = pi.getBusinessKey();
    Task prepare = driver.task(pi.getId(), BranchMeetingProcess.PREPARE_CONTENT);

    // The start page, in Vietnamese, with the task waiting for the secretary.
    Browser.Window secretary = browser.desktop().login("annv", PASSWORD);
    Browser.Window phone = browser.phone().login("annv", PASSWORD);
    for (Browser.Window w : List.of(secretary, phone)) {
      w.waitFor(By.cssSelector("main.home h1"));
      assertThat(w.driver().getTitle()).isEqualTo("Trang chủ – Chi bộ số");
      assertThat(w.bodyText())
          .contains(
              "Xin chào, đồng chí Nguyễn Văn An",
              "Bí thư – " + BRANCH,
              "Công việc của tôi",
              "Danh sách công việc");
      WebElement myTasks = w.driver().findElement(By.id("my-tasks"));
      assertThat(myTasks.getText()).contains(PREPARE, id);
      w.screenshot("scenario-1-01-home-annv");
    }

    // The Tasklist: its filters and buttons in Vietnamese, the task in the group's list.
    Tasklist tasklist = new Tasklist(secretary).openStart();
    Tasklist phoneTasklist = new Tasklist(phone).openStart();
    for (Browser.Window w : List.of(secretary, phone)) {
      w.until(Tasklist.FIRST_LOAD, d -> !listed(w, PREPARE).isEmpty());
      assertThat(w.driver().getTitle()).isEqualTo("Chi bộ số – Công việc");
      assertThat(w.bodyText()).contains("Việc của nhóm tôi", PREPARE);
      assertNoEnglish(w);
      w.screenshot("scenario-1-02-tasklist-annv");
    }
    secretary.click(listed(secretary, PREPARE).get(0));
    secretary.waitFor(Tasklist.FORM);
    assertThat(secretary.currentPath()).endsWith(prepare.getId());
    secretary.waitForText("Nhận việc");
    assertThat(secretary.bodyText())
        .contains("Biểu mẫu", "Lịch sử", "Sơ đồ", "Sinh hoạt thường kỳ tháng 01/2031");
    assertThat(tasklist.labels())
        .contains(
            "Giờ họp (HH:mm)",
            "Địa điểm",
            "1. Tình hình chính trị – tư tưởng",
            "2. Kết quả tháng trước, nhiệm vụ tháng tới",
            "3. Công tác xây dựng Đảng",
            "Dự thảo nghị quyết");
    assertNoEnglish(secretary);
    secretary.screenshot("scenario-1-03-prepare-form");
    phoneTasklist.openTask(prepare.getId(), PREPARE);
    phone.waitForText("Nhận việc");
    assertThat(phoneTasklist.labels()).contains("Địa điểm", "Dự thảo nghị quyết");
    phone.screenshot("scenario-1-03-prepare-form");

    // Claimed, filled in and completed.
    tasklist.claim();
    tasklist
        .fill("Giờ họp", "07:30")
        .fill("Địa điểm", "Nhà văn hóa thôn Đồng Hương")
        .fill(
            "1. Tình hình chính trị",
            "Thông tin thời sự đầu năm 2031\nTình hình tư tưởng đảng viên dịp Tết")
        .fill(
            "2. Kết quả tháng trước",
            "Đánh giá kết quả tháng 12/2030\nNhiệm vụ tháng tới: chuẩn bị đón Tết")
        .fill("3. Công tác xây dựng Đảng", "Thu nộp đảng phí quý I\nBồi dưỡng quần chúng ưu tú")
        .fill("Dự thảo nghị quyết", "Chi bộ thống nhất tổ chức đón Tết an toàn, tiết kiệm.");
    secretary.screenshot("scenario-1-04-prepare-filled");
    tasklist.complete();
    Task agree = secretary.until(d -> driver.task(pi.getId(), BranchMeetingProcess.AGREE_CONTENT));
    secretary.until(d -> d.findElements(Tasklist.FORM).isEmpty());
    secretary.screenshot("scenario-1-05-prepare-completed");
    Meeting prepared = meetings.meeting(id);
    assertThat(prepared.status()).isEqualTo(MeetingStatus.AGREEMENT);
    assertThat(prepared.place()).isEqualTo("Nhà văn hóa thôn Đồng Hương");
    assertThat(prepared.startTime()).hasToString("07:30");
    assertThat(meetings.agenda(id).stream().map(AgendaItem::title))
        .contains("Thông tin thời sự đầu năm 2031", "Bồi dưỡng quần chúng ưu tú");

    // The committee member finds the agreement in his Tasklist, on a computer and a phone.
    Browser.Window member = relogin(secretary, "binhtv");
    relogin(phone, "binhtv");
    for (Browser.Window w : List.of(member, phone)) {
      new Tasklist(w).openStart();
      w.until(Tasklist.FIRST_LOAD, d -> !listed(w, AGREE).isEmpty());
      assertThat(listed(w, PREPARE)).as("nothing left to prepare for binhtv").isEmpty();
      w.screenshot("scenario-1-06-tasklist-binhtv");
    }
    member.click(listed(member, AGREE).get(0));
    member.waitFor(Tasklist.FORM);
    assertThat(member.currentPath()).endsWith(agree.getId());
    assertThat(new Tasklist(member).field("Chương trình sinh hoạt").getAttribute("value"))
        .contains("Bồi dưỡng quần chúng ưu tú");
    member.screenshot("scenario-1-07-agree-form-binhtv");
  }

  // ------------------------------------------------------------------ 2

  @Test
  @Order(2)
  void scenario2TheCommitteeMemberApprovesAndTheNoticeReachesEveryMemberByMail() throws Exception {
    ProcessInstance pi = open(YearMonth.of(2031, 2));
    String id = pi.getBusinessKey();
    prepareByService(pi);
    Task agree = driver.task(pi.getId(), BranchMeetingProcess.AGREE_CONTENT);
    TestSmtp.reset();

    Browser.Window member = browser.desktop().login("binhtv", PASSWORD);
    Browser.Window phone = browser.phone().login("binhtv", PASSWORD);
    Tasklist committee = new Tasklist(member).openTask(agree.getId(), AGREE);
    new Tasklist(phone).openTask(agree.getId(), AGREE);
    for (Browser.Window w : List.of(member, phone)) {
      assertThat(w.bodyText()).contains("Sinh hoạt thường kỳ tháng 02/2031", BRANCH);
      assertThat(new Tasklist(w).labels())
          .contains("Chương trình sinh hoạt", "Ý kiến của chi ủy", "Nhất trí nội dung");
      w.screenshot("scenario-2-01-agree-form");
    }
    committee.claim().choose("Nhất trí nội dung");
    member.screenshot("scenario-2-02-agree-approved");
    committee.complete();
    member.until(d -> driver.task(pi.getId(), BranchMeetingProcess.AGREE_CONTENT) == null);
    member.until(d -> d.findElements(Tasklist.FORM).isEmpty());
    member.screenshot("scenario-2-03-agree-completed");
    assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.NOTICED);

    // The notice is sent by the asynchronous step, run here as the job executor would.
    assertThat(TestSmtp.received()).as("nothing is sent before the step runs").isEmpty();
    driver.runDueJobs(pi.getId());
    Meeting m = meetings.meeting(id);
    String subject = "Thông báo sinh hoạt chi bộ tháng 02/2031 – " + BRANCH;
    List<MimeMessage> notices =
        TestSmtp.received().stream().filter(x -> subject.equals(subjectOf(x))).toList();
    Set<String> expected = new HashSet<>();
    for (Member r : meetings.rollOf(m)) {
      if (r.email() != null && !r.email().isBlank()) {
        expected.add(r.email());
      }
    }
    assertThat(expected).contains("annv@chibo.test", "binhtv@chibo.test", "maibt@chibo.test");
    // and the commune's member who supervises the branch (nhunglth in the demo)
    organizations
        .holders(m.branchId(), Set.of(RoleType.SUPERVISING_MEMBER))
        .forEach(x -> expected.add(x.email()));
    assertThat(expected).contains("nhunglth@chibo.test");
    assertThat(notices.stream().map(RoleScenariosBrowserTest::address))
        .as("one notice to each member of %s with an address and to the supervising member", BRANCH)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(notices.stream().map(RoleScenariosBrowserTest::address))
        .doesNotContain("tailv@chibo.test");

    MimeMessage toMinuteTaker =
        notices.stream().filter(x -> address(x).equals("maibt@chibo.test")).findFirst().get();
    String text = textOf(toMinuteTaker.getContent());
    assertThat(text)
        .contains(
            "Kính gửi đồng chí Bùi Thị Mai",
            "Địa điểm: Nhà văn hóa thôn Đồng Hương",
            "Thu nộp đảng phí",
            "/meetings/" + id);
    String ics = calendarOf(toMinuteTaker.getContent());
    assertThat(ics).as("the calendar invitation part").isNotNull();
    assertThat(ics)
        .contains(
            "BEGIN:VCALENDAR",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "DTSTART;TZID=Asia/Ho_Chi_Minh:"
                + m.scheduledDate().format(DateTimeFormatter.BASIC_ISO_DATE)
                + "T080000",
            "UID:" + id + "@chibo");
    for (MimeMessage notice : notices) {
      assertThat(calendarOf(notice.getContent())).as(address(notice)).contains("METHOD:REQUEST");
    }

    // What the committee member sees: the in-app notice and the meeting page, noticed.
    for (Browser.Window w : List.of(member, phone)) {
      w.open("/notifications");
      w.waitForText(subject);
      w.screenshot("scenario-2-04-notice-binhtv");
      w.open("/meetings/" + id);
      w.waitForText("Đã thông báo lúc");
      assertThat(w.bodyText()).contains("Đã gửi thông báo", "Thu nộp đảng phí");
      w.screenshot("scenario-2-05-meeting-noticed");
    }
  }

  // ------------------------------------------------------------------ 3

  @Test
  @Order(3)
  void scenario3TheMinuteTakerRecordsTheMeetingAndTheVoteAndSeesTheResolutionPassed() {
    ProcessInstance pi = open(YearMonth.of(2031, 4));
    String id = pi.getBusinessKey();
    prepareByService(pi);
    agreeByService(pi);
    LocalDate day = meetings.meeting(id).scheduledDate();
    ProcessDriver.clockAt(day.atTime(11, 0));
    Task record = driver.task(pi.getId(), BranchMeetingProcess.RECORD_MEETING);

    // The Tasklist shows the record step as a link to the app's page.
    Browser.Window minutes = browser.desktop().login("maibt", PASSWORD);
    Browser.Window phone = browser.phone().login("maibt", PASSWORD);
    By recordLink = By.cssSelector("a[href*='/meetings/record?taskId=" + record.getId() + "']");
    for (Browser.Window w : List.of(minutes, phone)) {
      w.open(Tasklist.PATH + "default/#/?task=" + record.getId());
      w.until(Tasklist.FIRST_LOAD, d -> visible(d.findElements(recordLink)) != null);
      assertThat(w.bodyText()).contains(RECORD);
      w.screenshot("scenario-3-01-tasklist-record-link");
    }
    // the link works once the person has taken the task, as every form in the Tasklist
    new Tasklist(minutes).claim();
    minutes.until(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
    minutes.screenshot("scenario-3-02-tasklist-record-claimed");
    WebElement link = visible(minutes.driver().findElements(recordLink));
    assertThat(link.getText()).contains("Mở biểu mẫu");
    minutes.click(link);
    minutes.waitForText(RECORD);
    assertThat(minutes.currentPath()).startsWith("/meetings/record?taskId=" + record.getId());
    assertThat(minutes.bodyText())
        .contains("Điểm danh", "Nguyễn Văn An", "Diễn biến theo từng nội dung", "Thu nộp đảng phí");
    minutes.screenshot("scenario-3-03-record-form");
    phone.open(minutes.currentPath());
    phone.waitForText("Điểm danh");
    phone.screenshot("scenario-3-03-record-form");

    // Roll call: two members away, one of them without a reason; times, guests, minutes, a task.
    Meeting m = meetings.meeting(id);
    List<Member> away =
        meetings.rollOf(m).stream()
            .filter(x -> x.status() == MemberStatus.OFFICIAL)
            .filter(x -> !List.of("annv", "lanht", "binhtv", "maibt").contains(x.username()))
            .limit(2)
            .toList();
    assertThat(away).hasSize(2);
    new Select(minutes.driver().findElement(By.name("presence_" + away.get(0).code())))
        .selectByVisibleText("Vắng có lý do");
    minutes
        .driver()
        .findElement(By.name("reason_" + away.get(0).code()))
        .sendKeys("Đi công tác tỉnh");
    new Select(minutes.driver().findElement(By.name("presence_" + away.get(1).code())))
        .selectByVisibleText("Vắng không lý do");
    // dates as written in Vietnam, whatever the browser's language: day/month/year, 24-hour time
    String written = MeetingTexts.date(day);
    assertThat(minutes.driver().findElement(By.name("heldStart")).getAttribute("placeholder"))
        .isEqualTo("dd/mm/yyyy hh:mm");
    retype(minutes, By.name("heldStart"), written + " 08:00");
    retype(minutes, By.name("heldEnd"), written + " 10:15");
    minutes.driver().findElement(By.name("guests")).sendKeys("Đồng chí Lê Thị Hồng Nhung");
    List<AgendaItem> agenda = meetings.agenda(id);
    for (AgendaItem item : agenda) {
      minutes
          .driver()
          .findElement(By.name("notes_" + item.id()))
          .sendKeys("Chi bộ thảo luận: " + item.title());
      minutes.driver().findElement(By.name("speakers_" + item.id())).sendKeys("Đ/c An, đ/c Lan");
    }
    minutes
        .driver()
        .findElement(By.name("taskTitle_1"))
        .sendKeys("Vận động hộ gia đình tham gia vệ sinh môi trường");
    new Select(minutes.driver().findElement(By.name("taskAssignee_1")))
        .selectByVisibleText("Hà Thị Lan");
    retype(minutes, By.name("taskDue_1"), MeetingTexts.date(day.plusDays(20)));
    minutes.screenshot("scenario-3-04-record-filled");
    minutes.click(
        minutes.driver().findElement(By.cssSelector("form.record button[type='submit']")));

    // Back in the Tasklist, where the person came from; the meeting is recorded.
    minutes.until(d -> meetings.meeting(id).status() == MeetingStatus.HELD);
    minutes.until(d -> minutes.currentPath().startsWith(Tasklist.PATH));
    Meeting held = meetings.meeting(id);
    assertThat(held.heldStart()).isEqualTo(day.atTime(8, 0));
    assertThat(held.heldEnd()).isEqualTo(day.atTime(10, 15));
    assertThat(meetings.attendance(id))
        .anyMatch(a -> a.memberId() == away.get(0).id() && a.presence() == Presence.ABSENT_EXCUSED)
        .anyMatch(
            a -> a.memberId() == away.get(1).id() && a.presence() == Presence.ABSENT_UNEXCUSED);
    assertThat(meetings.agenda(id)).allMatch(a -> a.notes() != null && !a.notes().isBlank());

    // The vote in the Tasklist: the base and the required number come from the roll call.
    VoteOutcome preview = meetings.votePreview(id);
    int votesFor = preview.base() - 2;
    assertThat(votesFor).isGreaterThanOrEqualTo(preview.required());
    Task vote = driver.task(pi.getId(), BranchMeetingProcess.RECORD_VOTE);
    Tasklist tasklist = new Tasklist(minutes).openTask(vote.getId(), VOTE);
    new Tasklist(phone).openTask(vote.getId(), VOTE);
    for (Browser.Window w : List.of(minutes, phone)) {
      w.waitForText("Biểu quyết thông qua nghị quyết");
      assertThat(w.bodyText())
          .contains(
              "Số đảng viên tính biểu quyết: " + preview.base(),
              "có ít nhất " + preview.required() + " phiếu tán thành");
      assertThat(new Tasklist(w).labels())
          .contains("Số phiếu tán thành", "Số phiếu không tán thành", "Số người không biểu quyết");
      w.screenshot("scenario-3-05-vote-form");
    }
    tasklist
        .claim()
        .fill("Số phiếu tán thành", Integer.toString(votesFor))
        .fill("Số phiếu không tán thành", "1")
        .fill("Số người không biểu quyết", "1");
    minutes.screenshot("scenario-3-06-vote-filled");
    tasklist.complete();
    minutes.until(d -> driver.task(pi.getId(), BranchMeetingProcess.RECORD_VOTE) == null);
    minutes.until(d -> d.findElements(Tasklist.FORM).isEmpty());
    Resolution r = resolutions.resolution(id).orElseThrow();
    assertThat(r.status()).isEqualTo(ResolutionStatus.PASSED);
    assertThat(r.votesFor()).isEqualTo(votesFor);

    // The meeting page shows what the branch decided, with the counts, base and required number.
    String outcome =
        "Biểu quyết: "
            + votesFor
            + " tán thành, 1 không tán thành, 1 không biểu quyết; số đảng viên tính biểu quyết "
            + preview.base()
            + ", cần ít nhất "
            + preview.required()
            + " phiếu tán thành.";
    for (Browser.Window w : List.of(minutes, phone)) {
      w.open("/meetings/" + id);
      w.waitForText("Nghị quyết");
      String page = w.bodyText().replaceAll("\\s+", " ");
      assertThat(page)
          .contains(
              "Nghị quyết (Đã thông qua, lần 1)",
              outcome,
              "Đã họp",
              "Vắng có lý do",
              "Vắng không lý do",
              "Vận động hộ gia đình tham gia vệ sinh môi trường",
              "Tự đánh giá chất lượng buổi sinh hoạt");
      if (w == minutes) {
        // On a phone every table's third column is hidden (app.css), the reason with it: reported.
        assertThat(page).contains("Đi công tác tỉnh");
      }
      w.screenshot("scenario-3-07-meeting-resolution-passed");
    }
  }

  // ------------------------------------------------------------------ 4

  @Test
  @Order(4)
  void scenario4TheCommuneSeesTheBranchAndItsCaseAnotherBranchSeesNothingOfThem() {
    ProcessInstance pi = open(YearMonth.of(2031, 5));
    String id = pi.getBusinessKey();
    AdmissionTestSupport support =
        new AdmissionTestSupport(
            admissions, admissionProcess, organizations, identity, driver, jdbc);
    long applicant = support.candidate("MB01", APPLICANT, LocalDate.of(2001, 5, 19));
    ProcessDriver.clockAt(LocalDate.of(2031, 5, 2).atTime(9, 0));
    AdmissionCase admission = admissionProcess.open(applicant, "annv");
    assertThat(admission.stage()).isEqualTo(AdmissionStage.MENTOR);

    // The commune's secretary: the branch on his start page, its case on the board.
    Browser.Window commune = browser.desktop().login("huytq", PASSWORD);
    Browser.Window phone = browser.phone().login("huytq", PASSWORD);
    for (Browser.Window w : List.of(commune, phone)) {
      w.waitFor(By.cssSelector("main.home h1"));
      assertThat(w.bodyText())
          .contains("Xin chào, đồng chí Trần Quang Huy", "Đảng bộ xã Mỹ Bằng – tháng 05/2031");
      WebElement notMet = w.driver().findElement(By.cssSelector("section.not-met"));
      assertThat(notMet.getText()).contains("Chi bộ chưa sinh hoạt", BRANCH);
      assertThat(
              notMet
                  .findElement(By.xpath(".//a[normalize-space(.)='" + BRANCH + "']"))
                  .getAttribute("href"))
          .endsWith("/meetings/" + id);
      w.screenshot("scenario-4-01-home-huytq");
      w.open("/admissions");
      WebElement mentor = w.waitFor(By.cssSelector("section[aria-labelledby='stage-MENTOR']"));
      assertThat(mentor.getText()).contains(APPLICANT, BRANCH);
      w.screenshot("scenario-4-02-admissions-huytq");
    }

    // Another branch's secretary: his own branch only.
    Browser.Window other = relogin(commune, "tailv");
    relogin(phone, "tailv");
    for (Browser.Window w : List.of(other, phone)) {
      w.open("/");
      w.waitFor(By.cssSelector("main.home h1"));
      assertThat(w.bodyText())
          .contains("Xin chào, đồng chí Lục Văn Tài", "Chi bộ thôn Yên Thượng")
          .doesNotContain(BRANCH, id, admission.id(), APPLICANT);
      w.screenshot("scenario-4-03-home-tailv");
      w.open("/admissions");
      w.waitForText("Kết nạp đảng viên");
      assertThat(w.bodyText()).doesNotContain(BRANCH, admission.id(), APPLICANT);
      w.screenshot("scenario-4-04-admissions-tailv");
      w.open("/meetings/" + id);
      w.waitForText("Không tìm thấy trang");
      assertThat(w.number("return performance.getEntriesByType('navigation')[0].responseStatus"))
          .isEqualTo(404);
      assertThat(w.bodyText()).doesNotContain(BRANCH, "Thu nộp đảng phí");
      w.screenshot("scenario-4-05-meeting-not-found-tailv");
    }
    other.open("/admissions/" + admission.id());
    other.waitForText("Không tìm thấy trang");
    assertThat(other.bodyText()).doesNotContain(APPLICANT);
  }

  // ------------------------------------------------------------------ 5

  @Test
  @Order(5)
  void scenario5AFormWithoutARequiredValueIsRefusedInVietnameseAndNothingChanges() {
    ProcessInstance pi = open(YearMonth.of(2031, 7));
    String id = pi.getBusinessKey();
    prepareByService(pi);
    Task agree = driver.task(pi.getId(), BranchMeetingProcess.AGREE_CONTENT);
    List<AgendaItem> agendaBefore = meetings.agenda(id);
    Resolution draftBefore = resolutions.resolution(id).orElseThrow();

    // Sent back without saying why, on a computer.
    Browser.Window member = browser.desktop().login("binhtv", PASSWORD);
    Tasklist committee = new Tasklist(member).openTask(agree.getId(), AGREE);
    committee.claim().choose("Trả lại để chỉnh sửa");
    assertThat(committee.field("Ý kiến cụ thể").getAttribute("value")).isEmpty();
    member.screenshot("scenario-5-01-send-back-without-comment");
    committee.complete();
    List<String> shown = member.until(d -> notices(committee));
    member.screenshot("scenario-5-02-send-back-refused");
    assertThat(String.join("\n", shown))
        .contains("Chưa lưu được: chưa nhập ý kiến của chi ủy")
        .doesNotContain("ENGINE-", "Exception");
    assertThat(tasks.createTaskQuery().taskId(agree.getId()).singleResult())
        .as("the agreement is still open")
        .isNotNull();
    assertThat(member.driver().findElements(Tasklist.FORM)).hasSize(1);
    Meeting waiting = meetings.meeting(id);
    assertThat(waiting.status()).isEqualTo(MeetingStatus.AGREEMENT);
    assertThat(waiting.agreementComment()).isNull();
    assertThat(meetings.agenda(id)).isEqualTo(agendaBefore);
    assertThat(resolutions.resolution(id).orElseThrow()).isEqualTo(draftBefore);

    // The vote without the votes for, on a phone.
    agreeByService(pi);
    LocalDate day = meetings.meeting(id).scheduledDate();
    ProcessDriver.clockAt(day.atTime(11, 0));
    recordByService(pi, day);
    Task vote = driver.task(pi.getId(), BranchMeetingProcess.RECORD_VOTE);
    Browser.Window phone = browser.phone().login("maibt", PASSWORD);
    Tasklist tasklist = new Tasklist(phone).openTask(vote.getId(), VOTE);
    tasklist.claim().fill("Số phiếu không tán thành", "1").fill("Số người không biểu quyết", "0");
    phone.screenshot("scenario-5-03-vote-without-votes-for");
    tasklist.complete();
    // Refused in the browser before anything is sent: the Tasklist says so in Vietnamese and
    // marks the field with the reason, in Vietnamese too.
    List<String> refused = phone.until(d -> notices(tasklist));
    assertThat(String.join("\n", refused)).contains("Có lỗi khi gửi biểu mẫu của công việc");
    phone.until(
        d -> fieldErrors(phone, "Số phiếu tán thành").contains("Chưa nhập thông tin bắt buộc."));
    assertThat(fieldErrors(phone, "Số phiếu tán thành"))
        .containsExactly("Chưa nhập thông tin bắt buộc.");
    phone.screenshot("scenario-5-04-vote-refused");
    assertThat(fieldErrors(phone, "Số phiếu không tán thành")).isEmpty();
    assertThat(fieldErrors(phone, "Số người không biểu quyết")).isEmpty();
    assertThat(tasks.createTaskQuery().taskId(vote.getId()).singleResult())
        .as("the vote is still open")
        .isNotNull();
    assertThat(phone.driver().findElements(Tasklist.FORM)).hasSize(1);
    assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.HELD);
    Resolution notVoted = resolutions.resolution(id).orElseThrow();
    assertThat(notVoted.status()).isEqualTo(ResolutionStatus.DRAFT);
    assertThat(notVoted.isVoted()).isFalse();
    assertThat(notVoted.votesFor()).isNull();
  }

  // ------------------------------------------------------------------

  private ProcessInstance open(YearMonth month) {
    // the scheduler opens a month's meetings on the 25th before
    ProcessDriver.clockAt(month.minusMonths(1).atDay(25).atTime(6, 0));
    Meeting m =
        meetings.openRegular(organizations.organization("MB01").orElseThrow(), month).orElseThrow();
    return process.start(m);
  }

  private void prepareByService(ProcessInstance pi) {
    Map<String, Object> v = new HashMap<>();
    v.put("meetingTime", "08:00");
    v.put("meetingPlace", "Nhà văn hóa thôn Đồng Hương");
    v.put("agendaPolitical", "Thông tin thời sự trong nước, quốc tế");
    v.put("agendaTasks", "Nhiệm vụ tháng tới: vệ sinh môi trường");
    v.put("agendaPartyBuilding", "Thu nộp đảng phí");
    v.put("draftResolution", "Chi bộ thống nhất các nhiệm vụ trọng tâm tháng tới.");
    complete("annv", pi, BranchMeetingProcess.PREPARE_CONTENT, v);
  }

  private void agreeByService(ProcessInstance pi) {
    complete(
        "binhtv", pi, BranchMeetingProcess.AGREE_CONTENT, Map.of("agreementDecision", "APPROVE"));
    driver.runDueJobs(pi.getId());
  }

  /** Everybody present, exempted members away, as the record page would send it. */
  private void recordByService(ProcessInstance pi, LocalDate day) {
    String id = pi.getBusinessKey();
    List<RecordInput.RollCall> roll = new ArrayList<>();
    for (Member x : meetings.rollOf(meetings.meeting(id))) {
      Presence p = x.status() == MemberStatus.EXEMPTED ? Presence.EXEMPTED : Presence.PRESENT;
      roll.add(new RecordInput.RollCall(x.code(), p.name(), null));
    }
    List<RecordInput.Minutes> notes =
        meetings.agenda(id).stream()
            .map(a -> new RecordInput.Minutes(a.id(), "Chi bộ thảo luận: " + a.title(), null))
            .toList();
    RecordInput input =
        new RecordInput(
            day.atTime(8, 0).toString(),
            day.atTime(10, 0).toString(),
            "Nguyễn Văn An",
            "Bùi Thị Mai",
            null,
            roll,
            notes,
            List.of());
    try {
      complete(
          "maibt",
          pi,
          BranchMeetingProcess.RECORD_MEETING,
          Map.of("meetingRecord", JSON.writeValueAsString(input)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void complete(String user, ProcessInstance pi, String key, Map<String, Object> vars) {
    Task task = driver.task(pi.getId(), key);
    assertThat(task).as("open task %s of %s", key, pi.getBusinessKey()).isNotNull();
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    driver.completeAs(user, groups, task.getId(), vars);
  }

  /** Logs out of the app and in as {@code username}, in the same window. */
  private static Browser.Window relogin(Browser.Window w, String username) {
    w.open("/");
    w.click(w.waitFor(By.cssSelector("form.logout button[type=submit]")));
    w.waitFor(By.id("username"));
    return w.login(username, PASSWORD);
  }

  /** The Tasklist list's entries with the task name {@code name}. */
  private static List<WebElement> listed(Browser.Window w, String name) {
    return w.driver()
        .findElements(By.xpath("//*[@cam-tasks]//*[normalize-space(.)=" + quote(name) + "]"));
  }

  private static String quote(String s) {
    return Browser.xpathLiteral(s);
  }

  private static WebElement visible(List<WebElement> elements) {
    return elements.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
  }

  /** Replaces what the field holds with {@code text}, typed: select all, type. */
  private static void retype(Browser.Window w, By by, String text) {
    WebElement input = w.driver().findElement(by);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    w.until(d -> text.equals(input.getAttribute("value")));
  }

  /** The messages form-js shows under the field whose label starts with {@code label}. */
  private static List<String> fieldErrors(Browser.Window w, String label) {
    WebElement field =
        w.driver()
            .findElement(
                By.xpath(
                    "//div[contains(concat(' ', @class, ' '), ' fjs-form-field ')]"
                        + "[.//label[starts-with(normalize-space(.), "
                        + quote(label)
                        + ")]]"));
    return field.findElements(By.cssSelector(".fjs-form-field-error")).stream()
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .toList();
  }

  /** Non-empty notices at the top of the Tasklist, or null to keep waiting. */
  private static List<String> notices(Tasklist tasklist) {
    List<String> shown = tasklist.notifications().stream().filter(t -> !t.isBlank()).toList();
    return shown.isEmpty() ? null : shown;
  }

  /** No line on the page is one of the Tasklist's English labels, and the page says it is vi. */
  private static void assertNoEnglish(Browser.Window w) {
    WebappsInVietnameseBrowserTest.EnglishLabels english =
        WebappsInVietnameseBrowserTest.EnglishLabels.of("tasklist");
    assertThat(
            List.of(w.bodyText().split("\n")).stream()
                .map(String::strip)
                .filter(english::isEnglishOrKey)
                .distinct()
                .toList())
        .as("English labels on the Tasklist")
        .isEmpty();
    assertThat(w.string("return document.documentElement.lang")).isEqualTo("vi");
  }

  private static String subjectOf(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String address(MimeMessage m) {
    try {
      return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain text of the mail: its text/plain part, or the whole content when it is one. */
  private static String textOf(Object content) throws MessagingException, IOException {
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart part = mp.getBodyPart(i);
        if (part.getContentType().toLowerCase().startsWith("text/plain")) {
          return String.valueOf(part.getContent());
        }
        String inner = textOf(part.getContent());
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  private static String calendarOf(Object content) throws MessagingException, IOException {
    if (content instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart part = mp.getBodyPart(i);
        if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
          Object c = part.getContent();
          return c instanceof String s
              ? s
              : new String(((InputStream) c).readAllBytes(), StandardCharsets.UTF_8);
        }
        String inner = calendarOf(part.getContent());
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }
}
