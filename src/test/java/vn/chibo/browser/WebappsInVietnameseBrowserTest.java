package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;

/**
 * The Camunda webapps speak Vietnamese to everyone, a browser set to English included: the
 * secretary of Chi bộ thôn Đồng Hương (annv) opens the Tasklist, a task and its date picker, and
 * the profile page, on a desktop and on a phone, with an en-US browser; the administrator finds the
 * webapps by their Vietnamese names. Nothing on screen may be one of the English labels of the
 * webjar's {@code en.json}, and each page says it is Vietnamese.
 */
@BrowserContext
class WebappsInVietnameseBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";
  static final String ENGLISH = "en-US";
  static final String PREPARE = "Chuẩn bị nội dung sinh hoạt";
  static final String WELCOME = "/camunda/app/welcome/default/";

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
  void theTasklistSpeaksVietnameseToABrowserSetToEnglish() {
    ProcessInstance pi = open(YearMonth.of(2029, 6));
    Task prepare = driver.task(pi.getId(), BranchMeetingProcess.PREPARE_CONTENT);

    Browser.Window w = browser.desktop(ENGLISH).login("annv", PASSWORD);
    assertThat(w.string("return navigator.language")).isEqualTo(ENGLISH);
    Tasklist tasklist = new Tasklist(w).openStart();
    w.waitForText("Chạy trên nền");
    assertVietnamese(w, "tasklist");
    assertThat(w.driver().getTitle()).isEqualTo("Chi bộ số – Công việc");
    w.screenshot("webapps-vi-01-tasklist-start");

    tasklist.openTask(prepare.getId(), PREPARE);
    w.waitForText("Nhận việc");
    assertThat(w.bodyText()).contains("Biểu mẫu", "Lịch sử", "Sơ đồ", "Mô tả");
    assertVietnamese(w, "tasklist");
    w.screenshot("webapps-vi-02-tasklist-task");

    // AngularJS's date picker: Vietnamese month and day names, the week from Monday
    w.click(w.waitFor(By.xpath("//a[normalize-space(.)='Đặt ngày theo dõi']")));
    WebElement picker = w.waitFor(By.cssSelector(".uib-daypicker"));
    assertThat(picker.findElement(By.cssSelector(".uib-title")).getText())
        .matches("Tháng \\d{1,2} năm \\d{4}");
    assertThat(
            picker.findElements(By.cssSelector("thead th small")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactly("T2", "T3", "T4", "T5", "T6", "T7", "CN");
    assertThat(picker.getText()).doesNotContain("previous", "next");
    w.screenshot("webapps-vi-03-tasklist-date-picker");
  }

  /** The header's application menu names the webapps in Vietnamese. */
  @Test
  void anAdministratorSeesTheWebappsNamedInVietnamese() {
    Browser.Window w = browser.desktop(ENGLISH).login("admin", PASSWORD);
    new Tasklist(w).openStart();
    w.click(w.waitFor(By.cssSelector("li.app-switch > a")));
    assertThat(
            w.driver().findElements(By.cssSelector("li.app-switch li > a")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactlyInAnyOrder("Giám sát", "Quản trị");
    assertVietnamese(w, "tasklist");
    w.screenshot("webapps-vi-04-tasklist-application-menu");

    w.open(WELCOME);
    w.until(Tasklist.FIRST_LOAD, d -> w.bodyText().contains("Ứng dụng"));
    assertThat(w.bodyText()).contains("Giám sát", "Công việc", "Quản trị", "Liên kết");
    assertVietnamese(w, "welcome");
    w.screenshot("webapps-vi-05-welcome-administrator");
  }

  /**
   * The filter dialog's list of criteria: the Tasklist names them in its code, in English, and
   * hints at their values with English examples.
   */
  @Test
  void anAdministratorsFilterDialogNamesItsCriteriaInVietnamese() {
    Browser.Window w = browser.desktop(ENGLISH).login("admin", PASSWORD);
    new Tasklist(w).openStart();
    w.click(w.waitFor(w.byText("button", "Tạo bộ lọc")));
    w.click(
        w.waitFor(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='Điều kiện']")));
    // the section opens sliding down: a click while it moves may land beside the link
    w.until(
        d ->
            !d.findElements(By.cssSelector(".modal .panel-collapse.in .task-filter-hint")).isEmpty()
                && d.findElements(By.cssSelector(".modal .collapsing")).isEmpty());
    w.click(w.waitFor(By.xpath("//a[normalize-space(.)='Thêm điều kiện']")));
    WebElement criteria = w.waitFor(By.cssSelector("select[name=queryParamKey]"));

    List<String> groups =
        criteria.findElements(By.tagName("optgroup")).stream()
            .map(g -> g.getAttribute("label"))
            .toList();
    assertThat(groups)
        .containsExactly(
            "Phiên quy trình",
            "Định nghĩa quy trình",
            "Hồ sơ tình huống",
            "Định nghĩa hồ sơ tình huống",
            "Khác",
            "Người dùng / nhóm",
            "Công việc",
            "Ngày giờ");
    List<String> options =
        criteria.findElements(By.tagName("option")).stream()
            .map(o -> o.getAttribute("textContent").replaceAll("\\s+", " ").strip())
            .filter(o -> !o.isEmpty())
            .toList();
    assertThat(options)
        .contains("Khóa nghiệp vụ giống *", "Nhóm được giao *", "Hạn trước *", "Mức ưu tiên");
    assertThat(options.stream().filter(o -> o.matches(".*\\b(Key|Like|Before|After|In|Name)\\b.*")))
        .as("criteria still in English")
        .isEmpty();

    // a criterion's hint, with its example kept as it is typed
    new Select(criteria).selectByVisibleText("Hạn trước *");
    assertThat(
            w.waitFor(By.cssSelector("[cam-tasklist-filter-modal-form-criteria] .text-help"))
                .getText())
        .isEqualTo("Ví dụ: `${ now() }`, `${ dateTime() }` hoặc `${ dateTime().plusWeeks(2) }`");
    assertVietnamese(w, "tasklist");
    w.screenshot("webapps-vi-07-tasklist-filter-criteria");
  }

  @Test
  void theTasklistAndTheProfileSpeakVietnameseOnAPhoneSetToEnglish() {
    ProcessInstance pi = open(YearMonth.of(2029, 7));
    Task prepare = driver.task(pi.getId(), BranchMeetingProcess.PREPARE_CONTENT);

    Browser.Window w = browser.phone(ENGLISH).login("annv", PASSWORD);
    assertThat(w.number("return window.innerWidth")).as("phone viewport width").isEqualTo(360);
    new Tasklist(w).openTask(prepare.getId(), PREPARE);
    w.waitForText("Nhận việc");
    assertVietnamese(w, "tasklist");
    w.screenshot("webapps-vi-02-tasklist-task");

    w.open(WELCOME);
    w.until(Tasklist.FIRST_LOAD, d -> w.bodyText().contains("Hồ sơ"));
    assertThat(w.bodyText()).contains("Liên kết", "Sinh hoạt chi bộ");
    assertVietnamese(w, "welcome");
    w.screenshot("webapps-vi-06-welcome-profile");
  }

  /**
   * What the person sees is Vietnamese: no line on the page and no input's placeholder is one of
   * the webapp's English labels or a label's key (a label read before the labels had arrived), none
   * contains one of its longer English phrases, and the page says it is Vietnamese.
   */
  private static void assertVietnamese(Browser.Window w, String app) {
    EnglishLabels english = EnglishLabels.of(app);
    List<String> texts = new ArrayList<>(List.of(w.bodyText().split("\n")));
    texts.addAll(
        List.of(
            w.string(
                    "return [...document.querySelectorAll('[placeholder]')]"
                        + ".map(e => e.getAttribute('placeholder')).join('\\n')")
                .split("\n")));
    List<String> found =
        texts.stream().map(String::strip).filter(english::isEnglishOrKey).distinct().toList();
    assertThat(found).as("English labels or label keys on the %s page", app).isEmpty();
    assertThat(w.string("return document.documentElement.lang")).isEqualTo("vi");
  }

  private ProcessInstance open(YearMonth month) {
    // the scheduler opens a month's meetings on the 25th before
    ProcessDriver.clockAt(month.minusMonths(1).atDay(25).atTime(6, 0));
    Meeting m =
        meetings.openRegular(organizations.organization("MB01").orElseThrow(), month).orElseThrow();
    return process.start(m);
  }

  /** The English labels of a webapp that its Vietnamese file says differently. */
  record EnglishLabels(Set<String> keys, Set<String> labels, Set<String> phrases) {

    static EnglishLabels of(String app) {
      JsonNode en = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
      JsonNode vi = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/vi.json");
      Set<String> labels = new HashSet<>();
      Set<String> phrases = new HashSet<>();
      for (Map.Entry<String, JsonNode> label : en.get("labels").properties()) {
        String text = label.getValue().asText().strip();
        JsonNode translated = vi.get("labels").get(label.getKey());
        if (text.chars().filter(Character::isLetter).count() < 3
            || text.contains("{{")
            || text.contains("<")
            || (translated != null && translated.asText().strip().equals(text))) {
          continue;
        }
        labels.add(text);
        if (text.split(" ").length >= 3) {
          phrases.add(text);
        }
      }
      Set<String> keys = new HashSet<>();
      en.get("labels").fieldNames().forEachRemaining(keys::add);
      return new EnglishLabels(keys, labels, phrases);
    }

    boolean isEnglishOrKey(String text) {
      return keys.contains(text)
          || labels.contains(text)
          || phrases.stream().anyMatch(text::contains);
    }

    private static JsonNode read(String path) {
      try (InputStream in =
          WebappsInVietnameseBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
        return new ObjectMapper()
            .readTree(
                new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
