package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organisation pages in a real Chromium, as the secretary of Chi bộ thôn Đồng Hương (MB01) uses
 * them: login page, home, organisation tree, branch page, member search; on a desktop and on a
 * phone.
 */
@BrowserContext
class FoundationBrowserTest {

  static final String PASSWORD = "ChiBo@2026!";
  static final String BRANCH = "Chi bộ thôn Đồng Hương";

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;

  @BeforeEach
  void at() {
    browser.at(port);
  }

  @Test
  void theSecretaryFindsTheBranchAndAMemberOnADesktop() {
    Browser.Window w = browser.desktop();
    walkThroughTheOrganisation(w, "foundation-");
  }

  @Test
  void theSecretaryFindsTheBranchAndAMemberOnAPhone() {
    Browser.Window w = browser.phone();
    walkThroughTheOrganisation(w, "foundation-");
    assertThat(w.number("return window.innerWidth")).as("phone viewport width").isEqualTo(360);
    assertThat(w.number("return document.documentElement.scrollWidth"))
        .as("the search results fit the phone's width without sideways scrolling")
        .isLessThanOrEqualTo(360);
  }

  @Test
  void anAnonymousVisitorIsSentToTheLoginPage() {
    Browser.Window w = browser.desktop();
    w.open("/organizations");
    w.waitFor(By.id("username"));
    assertThat(w.currentPath()).startsWith("/login");
    assertThat(w.driver().getTitle()).isEqualTo("Đăng nhập – Chi bộ số");
    assertThat(w.bodyText()).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập");
    w.screenshot("foundation-00-anonymous-redirected-to-login");
  }

  @Test
  void aWrongPasswordIsRefusedInVietnamese() {
    Browser.Window w = browser.desktop();
    // a name nobody has: failed logins lock real users out
    w.login("khongcoai", "sai-mat-khau");
    WebElement error = w.waitFor(By.cssSelector(".login-box .error"));
    assertThat(error.getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
    assertThat(w.currentPath()).startsWith("/login");
    w.screenshot("foundation-01-wrong-password");
  }

  private void walkThroughTheOrganisation(Browser.Window w, String prefix) {
    w.open("/login");
    w.waitFor(By.id("username"));
    w.screenshot(prefix + "01-login");

    w.login("annv", PASSWORD);
    w.waitFor(By.cssSelector("main h1"));
    assertThat(w.currentPath()).isIn("/", "");
    assertThat(w.driver().getTitle()).isEqualTo("Trang chủ – Chi bộ số");
    assertThat(w.bodyText())
        .contains("Xin chào", "Tổ chức đảng", "Tìm đảng viên", "Công việc của tôi", "Đăng xuất")
        .doesNotContain("Nhập dữ liệu");
    w.screenshot(prefix + "02-home");

    w.driver().findElement(By.cssSelector("ul.cards a[href$='/organizations']")).click();
    w.waitFor(w.byText("h1", "Tổ chức đảng"));
    assertThat(w.currentPath()).isEqualTo("/organizations");
    WebElement branchLink = w.waitFor(By.linkText(BRANCH));
    w.screenshot(prefix + "03-organisation-tree");

    branchLink.click();
    w.waitFor(w.byText("h1", BRANCH));
    assertThat(w.currentPath()).isEqualTo("/organizations/MB01");
    assertThat(w.bodyText())
        .contains("MB01", "đảng viên chính thức", "Nguyễn Văn An", "Triệu Văn Bình");
    w.screenshot(prefix + "04-branch-MB01");

    w.open("/members");
    WebElement query = w.waitFor(By.id("q"));
    query.sendKeys("nguyen van an");
    w.driver().findElement(By.cssSelector("form.search button[type=submit]")).click();
    WebElement found = w.waitFor(By.linkText("Nguyễn Văn An"));
    assertThat(w.currentPath()).startsWith("/members?q=nguyen");
    assertThat(found.findElement(By.xpath("ancestor::tr")).getText()).contains(BRANCH);
    w.screenshot(prefix + "05-member-search");
  }
}
