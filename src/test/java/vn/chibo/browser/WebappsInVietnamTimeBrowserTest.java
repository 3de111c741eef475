package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;

/**
 * Dates in the Camunda webapps are Vietnamese time (UTC+07:00) whatever time zone the browser runs
 * in: the secretary of Chi bộ thôn Đồng Hương (annv), on a trip to New York, sees a task due at
 * 08:00 in Vietnam as due at 08:00, and the due date she picks is stored as Vietnamese time; the
 * administrator's Cockpit shows a deployment's time in Vietnamese time as well.
 */
@BrowserContext
class WebappsInVietnamTimeBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";
  static final String ENGLISH = "en-US";
  static final String NEW_YORK = "America/New_York";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String PREPARE = "Chuẩn bị nội dung sinh hoạt";
  static final String FOOTER_ZONE = "Ngày giờ hiển thị theo giờ Việt Nam (UTC+07:00)";

  static final By TASK_DUE = By.cssSelector("[cam-tasklist-task-meta] .due-date [am-time-ago]");
  static final By LIST_DUE = By.cssSelector("[cam-tasks] .due-date [am-time-ago]");

  /** 08:00 in Vietnam, 01:00 UTC, 20:00 the evening before in New York. */
  static final OffsetDateTime DUE = OffsetDateTime.parse("2032-12-03T08:00:00+07:00");

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;

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
  void aBrowserInNewYorkShowsAndSetsTaskDatesInVietnameseTime() {
    ProcessInstance pi = open(YearMonth.of(2032, 12));
    Task prepare = driver.task(pi.getId(), BranchMeetingProcess.PREPARE_CONTENT);
    prepare.setDueDate(Date.from(DUE.toInstant()));
    prepare.setFollowUpDate(null);
    tasks.saveTask(prepare);

    Browser.Window w = browser.desktop(ENGLISH, NEW_YORK).login("annv", PASSWORD);
    assertThat(w.string("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
        .isEqualTo(NEW_YORK);
    assertThat(w.number("return new Date('" + DUE.toInstant() + "').getHours()"))
        .as("the browser's own clock reads the due date as the evening before")
        .isEqualTo(20);

    new Tasklist(w).openTask(prepare.getId(), PREPARE);
    assertThat(tooltip(w, TASK_DUE)).isEqualTo("thứ sáu, 03/12/2032 08:00");
    // The list holds the secretary's other tasks too: this one is among them, in Vietnam's time.
    assertThat(tooltips(w, LIST_DUE)).contains("thứ sáu, 03/12/2032 08:00");
    assertThat(w.waitFor(By.id("footer-timezone")).getText()).isEqualTo(FOOTER_ZONE);
    w.screenshot("webapps-time-01-tasklist-new-york");

    // the due date's picker opens at 08:00 on the 3rd; the 10th at 09:30 is stored as Vietnamese
    // time
    w.click(w.waitFor(By.cssSelector("[cam-tasklist-task-meta] .due-date .view-value")));
    WebElement picker = w.waitFor(By.cssSelector(".uib-daypicker"));
    assertThat(picker.findElement(By.cssSelector(".uib-title")).getText())
        .isEqualTo("Tháng 12 năm 2032");
    assertThat(picker.findElement(By.cssSelector("button.active")).getText()).isEqualTo("03");
    WebElement hours = w.waitFor(By.cssSelector(".uib-timepicker .hours input"));
    WebElement minutes = w.driver().findElement(By.cssSelector(".uib-timepicker .minutes input"));
    assertThat(hours.getAttribute("value")).isEqualTo("08");
    assertThat(minutes.getAttribute("value")).isEqualTo("00");

    w.click(
        picker.findElement(
            By.xpath(".//button[not(contains(@class,'active'))][span[normalize-space(.)='10']]")));
    type(w, hours, "09");
    type(w, minutes, "30");
    WebElement preview = w.waitFor(By.cssSelector("[cam-tasklist-task-meta] .due-date .preview"));
    w.until(d -> preview.getText().equals("10/12/2032 09:30"));
    w.click(w.waitFor(By.cssSelector(".cam-widget-inline-field.btn-group .glyphicon-ok")));

    w.until(d -> !DUE.toInstant().equals(dueOf(prepare.getId())));
    assertThat(dueOf(prepare.getId()))
        .isEqualTo(OffsetDateTime.parse("2032-12-10T09:30:00+07:00").toInstant());
    w.until(d -> "thứ sáu, 10/12/2032 09:30".equals(tooltip(w, TASK_DUE)));
    w.screenshot("webapps-time-02-tasklist-due-date-set");

    // an empty follow-up date's picker starts at the time in Vietnam now, not in New York
    int hourBefore = LocalDateTime.now(VIETNAM).getHour();
    w.click(w.waitFor(By.xpath("//a[normalize-space(.)='Đặt ngày theo dõi']")));
    String startHour =
        w.waitFor(By.cssSelector(".uib-timepicker .hours input")).getAttribute("value");
    int hourAfter = LocalDateTime.now(VIETNAM).getHour();
    assertThat(Integer.parseInt(startHour)).isIn(hourBefore, hourAfter);
  }

  @Test
  void cockpitShowsADeploymentsTimeInVietnameseTimeToABrowserInNewYork() {
    Deployment latest =
        repository.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
    String expected =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .format(Instant.ofEpochMilli(latest.getDeploymentTime().getTime()).atZone(VIETNAM));

    Browser.Window w = browser.desktop(ENGLISH, NEW_YORK).login("admin", PASSWORD);
    w.open("/camunda/app/cockpit/default/#/repository?deployment=" + latest.getId());
    WebElement time =
        w.until(
            Tasklist.FIRST_LOAD,
            d -> {
              var found = d.findElements(By.cssSelector(".deployment dd.time"));
              return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
            });
    assertThat(time.getText()).isEqualTo(expected);
    assertThat(w.waitFor(By.id("footer-timezone")).getText())
        .isEqualTo("Ngày giờ hiển thị theo giờ Việt Nam (UTC+07:00)");
    w.screenshot("webapps-time-03-cockpit-deployment");
  }

  /** What a person reads on hovering over the element. */
  private static String tooltip(Browser.Window w, By by) {
    WebElement element = w.waitFor(by);
    new Actions(w.driver()).moveToElement(element).perform();
    String text = w.waitFor(By.cssSelector(".tooltip-inner")).getText();
    new Actions(w.driver()).moveToLocation(1, 1).perform();
    w.until(d -> d.findElements(By.cssSelector(".tooltip-inner")).isEmpty());
    return text;
  }

  /** The tooltips of every element the selector finds, in the order shown. */
  private static java.util.List<String> tooltips(Browser.Window w, By by) {
    w.waitFor(by);
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (WebElement element : w.driver().findElements(by)) {
      new Actions(w.driver()).moveToElement(element).perform();
      texts.add(w.waitFor(By.cssSelector(".tooltip-inner")).getText());
      new Actions(w.driver()).moveToLocation(1, 1).perform();
      w.until(d -> d.findElements(By.cssSelector(".tooltip-inner")).isEmpty());
    }
    return texts;
  }

  /** Types into a time picker's field and leaves it, which writes the number with two digits. */
  private static void type(Browser.Window w, WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    w.until(d -> text.equals(input.getAttribute("value")));
  }

  private Instant dueOf(String taskId) {
    Date due = tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate();
    return due == null ? null : due.toInstant();
  }

  private ProcessInstance open(YearMonth month) {
    // the scheduler opens a month's meetings on the 25th before
    ProcessDriver.clockAt(month.minusMonths(1).atDay(25).atTime(6, 0));
    Meeting m =
        meetings.openRegular(organizations.organization("MB01").orElseThrow(), month).orElseThrow();
    return process.start(m);
  }
}
