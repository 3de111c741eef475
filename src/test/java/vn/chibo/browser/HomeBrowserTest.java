package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.chibo.reporting.HomeContext;
import vn.chibo.reporting.HomeFixture;
import vn.chibo.reporting.HomeFixture.Seeded;
import vn.chibo.support.ProcessDriver;

/**
 * The start page of every demo role in a real Chromium, on a desktop and on a phone, the morning
 * before the March meeting ({@link HomeFixture}); a picture of each in {@code
 * target/screenshots/home-*.png}. On the phone nothing may need sideways scrolling, and the
 * secretary reaches the meeting from the page with the keyboard alone.
 */
@HomeContext
class HomeBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  Seeded seeded;

  @BeforeEach
  void setUp() {
    browser.at(port);
    seeded = HomeFixture.seed(context);
  }

  @AfterAll
  static void resetClock() {
    ProcessDriver.resetClock();
  }

  @Test
  void everyRolesStartPageOnADesktop() {
    Browser.Window w = browser.desktop();
    for (var person : people().entrySet()) {
      showStartPage(w, person.getKey(), person.getValue());
    }
  }

  @Test
  void everyRolesStartPageOnAPhone() {
    Browser.Window w = browser.phone();
    for (var person : people().entrySet()) {
      showStartPage(w, person.getKey(), person.getValue());
    }
    w.login("annv", PASSWORD);
    w.waitFor(By.cssSelector("main.home h1"));
    assertThat(w.number("return window.innerWidth")).as("phone viewport width").isEqualTo(360);
  }

  @Test
  void theSecretaryOpensTheMeetingFromTheStartPageWithTheKeyboard() {
    Browser.Window w = browser.desktop();
    w.login("annv", PASSWORD);
    w.waitFor(By.id("my-tasks"));
    String target = "/meetings/" + HomeFixture.MB01_MEETING;
    for (int i = 0; i < 60; i++) {
      new Actions(w.driver()).sendKeys(Keys.TAB).perform();
      String focused = w.string("return document.activeElement.getAttribute('href') || ''");
      if (focused.equals(target)) {
        break;
      }
    }
    WebElement focused = w.driver().switchTo().activeElement();
    assertThat(focused.getAttribute("href"))
        .as("a link to the meeting is reached by Tab")
        .endsWith(target);
    assertThat(w.string("return getComputedStyle(document.activeElement).outlineStyle"))
        .as("the focused link is visibly marked")
        .isNotEqualTo("none");
    w.screenshot("home-annv-keyboard-focus");
    new Actions(w.driver()).sendKeys(Keys.ENTER).perform();
    w.until(d -> w.currentPath().equals(target));
    w.waitForText("Chuẩn bị nội dung sinh hoạt");
  }

  /** Who logs in, and a piece of each one's own section the page must show. */
  private Map<String, List<String>> people() {
    Map<String, List<String>> people = new LinkedHashMap<>();
    people.put(
        "annv", List.of("Chi bộ thôn Đồng Hương", "Đang chuẩn bị nội dung", "Công việc của tôi"));
    people.put(
        "binhtv", List.of("Chi ủy viên – Chi bộ thôn Đồng Hương", "Vắng sinh hoạt không lý do"));
    people.put("tailv", List.of("Chi bộ thôn Yên Thượng", "Chưa mở"));
    people.put("huytq", List.of("Đảng bộ xã Mỹ Bằng – tháng 03/2027", "Chi bộ chưa sinh hoạt"));
    people.put("hahtt", List.of("Đảng bộ tỉnh Tuyên Quang – tháng 03/2027", "Chi bộ Tổ dân phố 5"));
    people.put(
        seeded.plainMember().username(),
        List.of("Buổi sinh hoạt sắp tới", HomeFixture.OVERDUE_ITEM, "chưa đọc"));
    people.put("admin", List.of("Quản trị hệ thống", "người dùng", "sự cố quy trình đang mở"));
    return people;
  }

  private void showStartPage(Browser.Window w, String username, List<String> expected) {
    w.login(username, PASSWORD);
    w.waitFor(By.cssSelector("main.home h1"));
    assertThat(w.currentPath()).as(username).isIn("/", "");
    assertThat(w.driver().getTitle()).isEqualTo("Trang chủ – Chi bộ số");
    assertThat(w.bodyText()).as(username).contains(expected);
    String name = username.equals(seeded.plainMember().username()) ? "member" : username;
    w.screenshot("home-" + name);
    assertThat(w.number("return document.documentElement.scrollWidth"))
        .as("the start page of %s fits the window's width", username)
        .isLessThanOrEqualTo(w.number("return window.innerWidth"));
    w.driver().findElement(By.cssSelector("form.logout button[type=submit]")).click();
    w.waitFor(By.id("username"));
  }
}
