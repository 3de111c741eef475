package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.process.MeetingTaskActions;
import vn.chibo.organization.OrganizationService;

/**
 * The attachments section of a meeting page in a real Chromium on a 360-px phone: the secretary of
 * Chi bộ thôn Đồng Hương (annv) attaches a file with a long name, reaching the form's fields and
 * sending it by keyboard, then a text file named {@code .pdf} that is refused by field. Pictures in
 * {@code target/screenshots/attachment-*.png}; nothing may need sideways scrolling.
 */
@BrowserContext
class AttachmentBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";
  static final String LONG_NAME =
      "Biên bản sinh hoạt chi bộ bất thường về công tác chuẩn bị đại hội nhiệm kỳ 2025-2030"
          + "_ban-ky-cua-bi-thu-va-thu-ky.pdf";

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired MeetingService meetings;
  @Autowired MeetingTaskActions meetingTasks;
  @Autowired OrganizationService organizations;
  @Autowired Clock clock;

  @BeforeEach
  void setUp() {
    browser.at(port);
  }

  @Test
  void theSecretaryAttachesAFileByKeyboardOnAPhoneAndARefusedOneIsExplained() throws IOException {
    Meeting m =
        meetings.openExtra(
            organizations.organization("MB01").orElseThrow(),
            MeetingKind.EXTRAORDINARY,
            LocalDate.now(clock).plusMonths(6).withDayOfMonth(14).toString(),
            "08:00",
            "Hội trường thôn",
            null,
            "annv");
    meetingTasks.start(m);
    Path dir = Files.createDirectories(Path.of("target", "attachment-browser"));
    Path pdf =
        Files.write(
            dir.resolve(LONG_NAME), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    Path text =
        Files.write(dir.resolve("ghi-chu.pdf"), "không phải PDF".getBytes(StandardCharsets.UTF_8));

    Browser.Window phone = browser.phone().login("annv", PASSWORD);
    phone.open("/meetings/" + m.id());
    phone.waitForText("Tệp đính kèm");
    assertThat(phone.bodyText()).contains("Chưa có tệp đính kèm nào.", "tối đa 10 MB");

    // The file is chosen (a picker cannot be driven), the rest is done from the keyboard.
    phone.driver().findElement(By.id("attachment-file")).sendKeys(pdf.toAbsolutePath().toString());
    focus(phone, "attachment-file");
    new Actions(phone.driver()).sendKeys(Keys.TAB).perform();
    assertThat(phone.string("return document.activeElement.id"))
        .isEqualTo("attachment-description");
    new Actions(phone.driver()).sendKeys("Bản ký").sendKeys(Keys.TAB).perform();
    assertThat(
            phone.string(
                "return document.activeElement.tagName + ':' + document.activeElement.type"))
        .isEqualTo("BUTTON:submit");
    phone.screenshot("attachment-01-form-phone");
    new Actions(phone.driver()).sendKeys(Keys.ENTER).perform();
    phone.waitForText("Đã đính kèm tệp");
    assertThat(phone.currentPath()).isEqualTo("/meetings/" + m.id() + "#tep-dinh-kem");
    assertThat(phone.bodyText()).contains(LONG_NAME, "Nguyễn Văn An thêm lúc", "Bản ký");
    assertNoSidewaysScroll(phone);
    phone.screenshot("attachment-02-added-phone");

    phone.driver().findElement(By.id("attachment-file")).sendKeys(text.toAbsolutePath().toString());
    focus(phone, "attachment-file");
    new Actions(phone.driver())
        .sendKeys(Keys.TAB)
        .sendKeys(Keys.TAB)
        .sendKeys(Keys.ENTER)
        .perform();
    phone.waitForText("Chưa đính kèm được");
    assertThat(phone.bodyText()).contains("Tệp: chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc văn bản Word");
    assertThat(phone.driver().findElement(By.id("attachment-file")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertNoSidewaysScroll(phone);
    phone.screenshot("attachment-03-refused-phone");
  }

  private static void focus(Browser.Window window, String id) {
    window.string("document.getElementById('" + id + "').focus(); return ''");
  }

  private static void assertNoSidewaysScroll(Browser.Window window) {
    assertThat(window.number("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(window.number("return window.innerWidth"));
  }
}
