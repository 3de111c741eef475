package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.document.DocumentService;
import vn.chibo.document.DocumentType;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.MeetingTestSupport;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;

/**
 * The documents section of a meeting page in Chromium, as the secretary uses it after the meeting:
 * the notice already issued, the minutes issued with one button, a correction refused without its
 * reason. On a desktop and a 360-px phone.
 */
@BrowserContext
class DocumentsBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired DocumentService documents;

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
  void theSecretaryIssuesTheMinutesFromTheMeetingPageAndACorrectionNeedsAReason() {
    MeetingTestSupport support =
        new MeetingTestSupport(meetings, organizations, process, identity, driver);
    ProcessInstance pi = support.open("MB01", YearMonth.of(2033, 6));
    String id = pi.getBusinessKey();
    support.prepareAndAgree(pi);
    support.recordMeeting(pi, LocalDateTime.of(2033, 6, 3, 10, 30), java.util.List.of());
    String notice = documents.latest(DocumentType.MEETING_NOTICE, id).orElseThrow().numberLine();

    Browser.Window secretary = browser.desktop().login("annv", PASSWORD);
    secretary.open("/meetings/" + id + "#tai-lieu");
    secretary.waitForText("Văn bản");
    WebElement section = secretary.waitFor(By.id("tai-lieu"));
    assertThat(section.getText())
        .contains(
            "Thông báo sinh hoạt chi bộ",
            "Đã ban hành, " + notice,
            "Biên bản sinh hoạt chi bộ",
            "Chưa ban hành",
            "Nghị quyết chi bộ",
            "Chưa ban hành được: nghị quyết chưa được biểu quyết.");
    assertThat(section.findElement(By.partialLinkText(notice)).getAttribute("href"))
        .contains("/documents/issued/");
    secretary.screenshot("documents-01-meeting-page");

    WebElement issue =
        section.findElement(
            By.cssSelector("form[action$='/documents/" + id + "/MEETING_MINUTES/issue'] button"));
    secretary.click(issue);
    secretary.waitForText("Đã ban hành biên bản sinh hoạt chi bộ, Số ");
    String minutes = documents.latest(DocumentType.MEETING_MINUTES, id).orElseThrow().numberLine();
    assertThat(secretary.bodyText()).contains("Đã ban hành biên bản sinh hoạt chi bộ, " + minutes);
    secretary.screenshot("documents-02-minutes-issued");

    // The browser asks for the reason itself; the server refuses a correction without one too.
    ((JavascriptExecutor) secretary.driver())
        .executeScript(
            "document.querySelectorAll('form.correction [required]')"
                + ".forEach(e => e.removeAttribute('required'))");
    secretary.click(
        secretary
            .driver()
            .findElement(By.cssSelector("form.correction[action*='/documents/issued/'] button")));
    secretary.waitForText("Chưa đính chính được: chưa nhập lý do đính chính.");
    assertThat(documents.issued(id)).hasSize(2);
    secretary.screenshot("documents-03-correction-refused");

    Browser.Window phone = browser.phone().login("annv", PASSWORD);
    phone.open("/meetings/" + id + "#tai-lieu");
    phone.waitForText(minutes);
    assertThat(phone.number("return document.documentElement.scrollWidth"))
        .as("no sideways scrolling on a phone")
        .isLessThanOrEqualTo(phone.number("return window.innerWidth"));
    phone.screenshot("documents-04-phone");
  }
}
