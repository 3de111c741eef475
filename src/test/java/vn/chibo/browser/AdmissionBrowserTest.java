package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.admission.AdmissionService;
import vn.chibo.admission.AdmissionStage;
import vn.chibo.admission.AdmissionTestSupport;
import vn.chibo.admission.DocumentKind;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;

/**
 * An admission case from the secretary's first click to the committee's verification, in a real
 * Chromium: the secretary of Chi bộ thôn Đồng Hương (annv) opens the case on /admissions/new,
 * assigns the mentor on the page the Tasklist's task links to, uploads the documents and completes
 * the dossier on one page; a committee member (binhtv) finds the verifications in the Tasklist; the
 * commune's secretary (huytq) sees the case at its stage on the board, the secretary of another
 * branch (tailv) does not. Pictures at 1280 px and on a 360-px phone.
 */
@BrowserContext
class AdmissionBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";
  static final String APPLICANT = "Hoàng Văn Quyết";

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired AdmissionService admissions;
  @Autowired MemberAdmissionProcess process;
  @Autowired OrganizationService organizations;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  AdmissionTestSupport support;

  @BeforeEach
  void setUp() {
    browser.at(port);
    support =
        new AdmissionTestSupport(
            admissions,
            process,
            organizations,
            identity,
            new ProcessDriver(management, tasks, identity),
            jdbc);
  }

  @Test
  void theSecretaryTakesACaseThroughMentorAndDossierAndTheCommitteeAndCommuneFindIt()
      throws IOException {
    long applicant = support.candidate("MB01", APPLICANT, LocalDate.of(1999, 8, 12));

    // Opening the case.
    Browser.Window secretary = browser.desktop().login("annv", PASSWORD);
    secretary.open("/admissions");
    secretary.waitForText("Kết nạp đảng viên");
    secretary.click(secretary.waitFor(By.linkText("Mở hồ sơ kết nạp")));
    secretary.waitForText("Mở hồ sơ kết nạp đảng viên");
    new Select(secretary.waitFor(By.id("memberId"))).selectByValue(Long.toString(applicant));
    secretary.screenshot("admission-01-new");
    secretary.click(secretary.driver().findElement(By.cssSelector("form.stacked button")));
    secretary.waitForText("Hồ sơ kết nạp: " + APPLICANT);
    assertThat(secretary.bodyText()).contains("Đã mở hồ sơ kết nạp", "Phân công đảng viên giúp đỡ");
    String id = secretary.currentPath().replaceAll("^/admissions/([^?#]+).*$", "$1");
    assertThat(admissions.admissionCase(id).stage()).isEqualTo(AdmissionStage.MENTOR);
    secretary.screenshot("admission-02-case-opened");

    // The mentor, on the page the Tasklist links the task to; chosen and sent by keyboard.
    Task mentorTask = process.openTasks(id).get(0);
    secretary.open(Tasklist.PATH + "default/#/?task=" + mentorTask.getId());
    WebElement link =
        secretary.until(
            Tasklist.FIRST_LOAD,
            d ->
                d
                    .findElements(
                        By.cssSelector(
                            "a[href*='/admissions/task?taskId=" + mentorTask.getId() + "']"))
                    .stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    secretary.screenshot("admission-03-tasklist-external-form");
    secretary.open(link.getAttribute("href").replaceFirst("^https?://[^/]+", ""));
    secretary.waitForText("Phân công đảng viên giúp đỡ");
    WebElement mentor = secretary.waitFor(By.id("mentorMemberId"));
    mentor.sendKeys("Triệu Văn Bình");
    assertThat(new Select(mentor).getFirstSelectedOption().getText()).isEqualTo("Triệu Văn Bình");
    secretary.screenshot("admission-04-mentor-form");
    new Actions(secretary.driver()).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
    secretary.until(d -> admissions.admissionCase(id).stage() == AdmissionStage.DOSSIER);
    // back where the Tasklist sent the person from
    secretary.until(d -> secretary.currentPath().startsWith(Tasklist.PATH));
    assertThat(admissions.admissionCase(id).mentorMemberId()).isEqualTo(support.memberId("binhtv"));

    // The dossier: documents and facts on one page, reached from the case page.
    secretary.open("/admissions/" + id);
    secretary.click(secretary.waitFor(By.linkText("Hoàn thiện hồ sơ kết nạp")));
    secretary.waitForText("Còn thiếu 5 tài liệu bắt buộc");
    secretary.screenshot("admission-05-dossier-empty");
    String taskPage = secretary.currentPath();
    Path folder = Files.createDirectories(Path.of("target", "admission-files"));
    // typed day first, as written in Vietnam
    String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    int left = 5;
    for (DocumentKind kind : DocumentKind.values()) {
      if (!kind.isRequired()) {
        continue;
      }
      Path file = folder.resolve(kind.name().toLowerCase() + ".pdf");
      Files.write(file, AdmissionTestSupport.PDF);
      new Select(secretary.waitFor(By.id("kind"))).selectByValue(kind.name());
      WebElement date = secretary.driver().findElement(By.id("documentDate"));
      date.clear();
      date.sendKeys(today);
      secretary.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
      WebElement upload = secretary.driver().findElement(By.cssSelector("form.upload button"));
      secretary.click(upload);
      left--;
      // the page before the upload said the same; wait for the one after it
      secretary.until(ExpectedConditions.stalenessOf(upload));
      secretary.waitForText("Đã tải lên tài liệu");
      if (left > 0) {
        secretary.waitForText("Còn thiếu " + left + " tài liệu bắt buộc");
      }
    }
    secretary.waitForText("Đã có đủ các tài liệu bắt buộc");
    assertThat(secretary.currentPath()).startsWith("/admissions/task?taskId=");
    assertThat(admissions.currentDocuments(id)).hasSize(5);

    // The same page on a phone, as a secretary may fill it in.
    Browser.Window phone = browser.phone().login("annv", PASSWORD);
    phone.open(taskPage);
    phone.waitForText("Đã có đủ các tài liệu bắt buộc");
    assertNoSidewaysScroll(phone);
    phone.screenshot("admission-06-dossier-documents");

    new Select(secretary.waitFor(By.id("education"))).selectByVisibleText("Trung học phổ thông");
    new Select(secretary.driver().findElement(By.id("introducer1MemberId")))
        .selectByVisibleText("Hà Thị Lan");
    secretary.driver().findElement(By.id("introducer1Months")).sendKeys("24");
    new Select(secretary.driver().findElement(By.id("introducer2MemberId")))
        .selectByVisibleText("Bùi Thị Mai");
    secretary.driver().findElement(By.id("introducer2Months")).sendKeys("18");
    secretary.driver().findElement(By.id("fatherName")).sendKeys("Hoàng Văn Thắng");
    secretary.driver().findElement(By.id("motherName")).sendKeys("Nông Thị Hiền");
    secretary.screenshot("admission-07-dossier-filled");
    secretary.click(secretary.driver().findElement(By.cssSelector("form.dossier button")));
    secretary.waitForText("Đã hoàn thành công việc");
    assertThat(admissions.admissionCase(id).stage()).isEqualTo(AdmissionStage.VERIFICATION);
    assertThat(secretary.bodyText())
        .contains("Thẩm tra lý lịch", "Cha: Hoàng Văn Thắng", "Mẹ: Nông Thị Hiền");
    // the diagram marks the verification as the current step
    WebElement verifyShape =
        secretary
            .driver()
            .findElement(By.cssSelector("[data-element-id='UserTask_VerifyBackground']"));
    assertThat(verifyShape.getAttribute("class")).contains("is-active");
    assertThat(
            secretary
                .driver()
                .findElement(By.cssSelector("[data-element-id='UserTask_CompileDossier']"))
                .getAttribute("class"))
        .contains("is-passed");
    secretary.screenshot("admission-08-case-at-verification");

    // The committee member finds the three verifications in the Tasklist.
    List<Task> verifications =
        process.openTasks(id).stream()
            .filter(t -> t.getTaskDefinitionKey().equals(MemberAdmissionProcess.VERIFY_BACKGROUND))
            .toList();
    assertThat(verifications).hasSize(3);
    Browser.Window committee = browser.desktop().login("binhtv", PASSWORD);
    new Tasklist(committee).openStart();
    committee.until(
        Tasklist.FIRST_LOAD,
        d ->
            d.findElements(By.xpath("//*[@cam-tasks]//*[normalize-space(.)='Thẩm tra lý lịch']"))
                    .size()
                >= 3);
    committee.screenshot("admission-09-tasklist-verifications");
    Tasklist verify =
        new Tasklist(committee).openTask(verifications.get(0).getId(), "Thẩm tra lý lịch");
    assertThat(committee.bodyText()).contains(APPLICANT);
    assertThat(verify.labels()).isNotEmpty();
    committee.screenshot("admission-10-tasklist-verification-form");

    // A case that waits too long for the commune's decision, next to it on the board.
    LocalDate longAgo = LocalDate.now(clock).minusMonths(6);
    String late =
        support.toDecision(
            support.candidate("MB01", "Hoàng Văn Lâm", LocalDate.of(1998, 1, 20)), longAgo);

    // The commune's secretary sees it on the board at its stage, on a computer and a phone.
    Browser.Window commune = browser.desktop().login("huytq", PASSWORD);
    commune.open("/admissions");
    WebElement column =
        commune.waitFor(By.cssSelector("section[aria-labelledby='stage-VERIFICATION']"));
    assertThat(column.getText()).contains(APPLICANT, "Chi bộ thôn Đồng Hương");
    assertThat(
            commune
                .driver()
                .findElement(By.cssSelector("section[aria-labelledby='stage-DOSSIER']"))
                .getText())
        .doesNotContain(APPLICANT);
    WebElement lateCard =
        commune
            .driver()
            .findElement(By.cssSelector("section[aria-labelledby='stage-DECISION'] li.is-overdue"));
    assertThat(lateCard.getText()).contains("Hoàng Văn Lâm", "Quá hạn");
    assertThat(lateCard.findElement(By.cssSelector(".days")).getCssValue("color"))
        .isEqualTo("rgba(179, 38, 30, 1)");
    commune.screenshot("admission-11-board-commune");
    commune.open("/admissions/" + late);
    commune.waitForText("Quyết định kết nạp đảng viên");
    // the wide diagram opens scrolled to the step the case waits at
    commune.until(d -> commune.number("return document.querySelector('.diagram').scrollLeft") > 0);
    commune.screenshot("admission-12-case-overdue-decision");
    Browser.Window communePhone = browser.phone().login("huytq", PASSWORD);
    communePhone.open("/admissions");
    communePhone.waitForText(APPLICANT);
    assertNoSidewaysScroll(communePhone);
    communePhone.screenshot("admission-11-board-commune");
    communePhone.open("/admissions/" + id);
    communePhone.waitForText("Hồ sơ trên sơ đồ quy trình");
    assertNoSidewaysScroll(communePhone);
    communePhone.screenshot("admission-12-case-commune");

    // Another branch's secretary neither sees it on the board nor reaches its page.
    Browser.Window other = browser.desktop().login("tailv", PASSWORD);
    other.open("/admissions");
    other.waitForText("Kết nạp đảng viên");
    assertThat(other.bodyText()).doesNotContain(APPLICANT);
    other.screenshot("admission-13-board-other-branch");
    other.open("/admissions/" + id);
    other.waitForText("Không tìm thấy trang");
    assertThat(other.bodyText()).doesNotContain(APPLICANT);
  }

  /** The page fits the phone's width; only the diagram scrolls sideways, inside its frame. */
  private static void assertNoSidewaysScroll(Browser.Window window) {
    assertThat(window.number("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(window.number("return window.innerWidth"));
  }
}
