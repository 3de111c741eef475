package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.chibo.admission.probation.ProbationCase;
import vn.chibo.admission.probation.ProbationPagesFixture;
import vn.chibo.admission.probation.ProbationService;
import vn.chibo.admission.probation.ProbationStatus;
import vn.chibo.organization.Member;

/**
 * The probation pages in a real Chromium: the secretary of Chi bộ thôn Đồng Hương (annv) opens the
 * case of one of the demo data's probationary members, by keyboard; the commune's secretary (huytq)
 * finds it on the board next to a case whose probation just ended and one whose decision is
 * overdue, reaches that one from the board by keyboard, and reads its votes and diagram; the
 * secretary of another branch (tailv) finds none of them. Pictures in {@code
 * target/screenshots/probation-*.png} at 1280 px and on a 360-px phone, where nothing may need
 * sideways scrolling.
 */
@BrowserContext
class ProbationBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ProbationService probation;

  ProbationPagesFixture fixture;

  @BeforeEach
  void setUp() {
    browser.at(port);
    fixture = ProbationPagesFixture.of(context);
  }

  @Test
  void theSecretaryOpensACaseAndTheCommuneFollowsItAndALateOneOnTheBoard() {
    Member member = fixture.demoProbationaryWithoutCase("MB01");

    // Opening the case, the member chosen and the form sent by keyboard.
    Browser.Window secretary = browser.desktop().login("annv", PASSWORD);
    secretary.open("/probations");
    secretary.waitForText("Đảng viên dự bị");
    secretary.click(secretary.waitFor(By.linkText("Mở hồ sơ dự bị")));
    secretary.waitForText("Mở hồ sơ đảng viên dự bị");
    WebElement choice = secretary.waitFor(By.id("memberId"));
    choice.sendKeys(member.fullName());
    assertThat(new Select(choice).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo(Long.toString(member.id()));
    secretary.screenshot("probation-01-new");
    Browser.Window secretaryPhone = browser.phone().login("annv", PASSWORD);
    secretaryPhone.open("/probations/new");
    secretaryPhone.waitForText(member.fullName());
    assertNoSidewaysScroll(secretaryPhone);
    secretaryPhone.screenshot("probation-01-new");
    new Actions(secretary.driver()).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
    secretary.waitForText("Hồ sơ đảng viên dự bị: " + member.fullName());
    String id = secretary.currentPath().replaceAll("^/probations/([^?#]+).*$", "$1");
    ProbationCase opened = probation.probationCase(id);
    assertThat(opened.memberId()).isEqualTo(member.id());
    assertThat(opened.status()).isEqualTo(ProbationStatus.IN_PROBATION);
    assertThat(secretary.bodyText())
        .contains("Đã mở hồ sơ đảng viên dự bị", "Hết thời gian dự bị", "Bước tiếp theo:");
    assertThat(
            secretary
                .driver()
                .findElement(
                    By.cssSelector("[data-element-id='IntermediateCatchEvent_ProbationEnded']"))
                .getAttribute("class"))
        .contains("is-active");
    secretary.screenshot("probation-02-case-opened");
    secretaryPhone.open("/probations/" + id);
    secretaryPhone.waitForText("Hồ sơ trên sơ đồ quy trình");
    assertNoSidewaysScroll(secretaryPhone);
    secretaryPhone.screenshot("probation-02-case-opened");

    // Two more cases under the commune: one just past probation, one whose decision is late.
    var ended = fixture.justEnded(42);
    var late = fixture.waitingForALateDecision(43);

    // The commune's secretary sees all three at their steps.
    Browser.Window commune = browser.desktop().login("huytq", PASSWORD);
    commune.open("/probations");
    WebElement first =
        commune.waitFor(By.cssSelector("section[aria-labelledby='status-IN_PROBATION']"));
    assertThat(first.getText()).contains(member.fullName(), "Chi bộ thôn Đồng Hương");
    assertThat(column(commune, "SELF_REVIEW").getText()).contains(ended.member(), "Còn");
    WebElement lateCard =
        commune
            .driver()
            .findElement(
                By.cssSelector(
                    "section[aria-labelledby='status-COMMITTEE_DECISION'] li.is-overdue"));
    assertThat(lateCard.getText()).contains(late.member(), "Quá hạn", "Hạn cấp ủy quyết định");
    assertThat(lateCard.findElement(By.cssSelector(".days")).getCssValue("color"))
        .isEqualTo("rgba(179, 38, 30, 1)");
    commune.screenshot("probation-03-board-commune");

    // From the board to the late case by keyboard alone.
    String target = "/probations/" + late.caseId();
    for (int i = 0; i < 80; i++) {
      new Actions(commune.driver()).sendKeys(Keys.TAB).perform();
      if (commune
          .string("return document.activeElement.getAttribute('href') || ''")
          .equals(target)) {
        break;
      }
    }
    assertThat(commune.driver().switchTo().activeElement().getAttribute("href"))
        .as("the late case is reached by Tab")
        .endsWith(target);
    assertThat(commune.string("return getComputedStyle(document.activeElement).outlineStyle"))
        .as("the focused card is visibly marked")
        .isNotEqualTo("none");
    new Actions(commune.driver()).sendKeys(Keys.ENTER).perform();
    commune.until(d -> commune.currentPath().equals(target));
    commune.waitForText("Quyết định công nhận đảng viên chính thức hoặc xóa tên");
    assertThat(commune.bodyText())
        .contains(
            "Việc tiếp theo của đồng chí",
            "Lần 1, ngày",
            "Không đề nghị nào đạt",
            "Lần 2, ngày",
            "Đạt: đề nghị công nhận",
            "cơ sở tính 6 đảng viên chính thức, cần 4 phiếu",
            "Quá hạn");
    assertThat(
            commune
                .driver()
                .findElement(By.cssSelector(".next-action a.button"))
                .getAttribute("href"))
        .contains("/camunda/app/tasklist/default/#/?task=");
    assertThat(
            commune
                .driver()
                .findElement(By.cssSelector("[data-element-id='UserTask_DecideRecognition']"))
                .getAttribute("class"))
        .contains("is-active");
    commune.screenshot("probation-04-case-late-decision");

    Browser.Window communePhone = browser.phone().login("huytq", PASSWORD);
    communePhone.open("/probations");
    communePhone.waitForText(late.member());
    assertNoSidewaysScroll(communePhone);
    communePhone.screenshot("probation-03-board-commune");
    communePhone.open(target);
    communePhone.waitForText("Hồ sơ trên sơ đồ quy trình");
    assertNoSidewaysScroll(communePhone);
    // the diagram opens on the step the case waits at
    communePhone.until(
        d -> communePhone.number("return document.querySelector('.diagram').scrollLeft") > 0);
    communePhone.screenshot("probation-04-case-late-decision");

    // Another branch's secretary sees none of it.
    Browser.Window other = browser.desktop().login("tailv", PASSWORD);
    other.open("/probations");
    other.waitForText("Đảng viên dự bị");
    assertThat(other.bodyText()).doesNotContain(member.fullName(), late.member(), ended.member());
    other.screenshot("probation-05-board-other-branch");
    other.open("/probations/" + id);
    other.waitForText("Không tìm thấy trang");
    assertThat(other.bodyText()).doesNotContain(member.fullName());
  }

  private static WebElement column(Browser.Window w, String status) {
    return w.driver()
        .findElement(By.cssSelector("section[aria-labelledby='status-" + status + "']"));
  }

  /** The page fits the phone's width; only the diagram scrolls sideways, inside its frame. */
  private static void assertNoSidewaysScroll(Browser.Window window) {
    assertThat(window.number("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(window.number("return window.innerWidth"));
  }
}
