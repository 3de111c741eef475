package vn.chibo.browser;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, for tests that use the app as a
 * person does. Nothing is ever downloaded: both programs are given by path, so Selenium Manager is
 * never asked for a driver or a browser.
 *
 * <p>Register it as a static extension. Before the class runs it checks that both programs are
 * there: when they are missing the tests are skipped with one line saying how to enable them, or,
 * when the environment variable {@code CI} is set, they fail. After a failed test it saves a
 * screenshot and the page source of every open window; after each test it closes them.
 *
 * <p>Paths can be overridden with the system properties {@code chibo.browser.chromedriver} and
 * {@code chibo.browser.chromium}.
 */
public final class Browser
    implements ExecutionCondition,
        BeforeAllCallback,
        AfterTestExecutionCallback,
        AfterEachCallback,
        AfterAllCallback {

  private static final AtomicBoolean SKIP_TOLD = new AtomicBoolean();

  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("chibo.browser.chromedriver", "/usr/bin/chromedriver"));
  static final Path CHROMIUM =
      Path.of(System.getProperty("chibo.browser.chromium", "/usr/bin/chromium"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Long enough for a cold Tasklist on a busy two-core machine, short enough to fail clearly. */
  static final Duration WAIT = Duration.ofSeconds(30);

  static final String VIETNAMESE = "vi-VN";

  /** A person in Vietnam: the browser's own time zone, unless a test asks for another. */
  static final String VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

  static final int PHONE_WIDTH = 360;
  static final int PHONE_HEIGHT = 740;
  static final double PHONE_PIXEL_RATIO = 2.0;

  /** How much taller the viewport must be for the longest pane that scrolls inside the page. */
  static final String INNER_SCROLL_EXTRA =
      "let extra = 0;"
          + " for (const el of document.querySelectorAll('body *')) {"
          + "   if (el.clientHeight === 0) continue;"
          + "   const overflow = getComputedStyle(el).overflowY;"
          + "   if (overflow !== 'auto' && overflow !== 'scroll') continue;"
          + "   extra = Math.max(extra, el.scrollHeight - el.clientHeight);"
          + " }"
          + " return extra;";

  private final List<Window> open = new ArrayList<>();
  private String baseUrl;

  /** {@code http://localhost:<port>}: the session cookie is Secure, which Chromium allows there. */
  public Browser at(int port) {
    this.baseUrl = "http://localhost:" + port;
    return this;
  }

  /** A 1280×900 window of a browser set to Vietnamese. */
  public Window desktop() {
    return start(false, VIETNAMESE, VIETNAM_TIME_ZONE);
  }

  /** A phone set to Vietnamese: 360×740 viewport, touch, a phone's user agent. */
  public Window phone() {
    return start(true, VIETNAMESE, VIETNAM_TIME_ZONE);
  }

  /** A 1280×900 window of a browser set to {@code language}, e.g. {@code en-US}. */
  public Window desktop(String language) {
    return start(false, language, VIETNAM_TIME_ZONE);
  }

  /**
   * A 1280×900 window of a browser set to {@code language} on a machine in {@code timeZone} (an
   * IANA name such as {@code America/New_York}): someone abroad, or a computer left on UTC.
   */
  public Window desktop(String language, String timeZone) {
    return start(false, language, timeZone);
  }

  /** A phone set to {@code language}, e.g. {@code en-US}. */
  public Window phone(String language) {
    return start(true, language, VIETNAM_TIME_ZONE);
  }

  private Window start(boolean phone, String language, String timeZone) {
    if (baseUrl == null) {
      throw new IllegalStateException("call at(port) first");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("chibo-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=" + language,
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs", Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
    if (phone) {
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of(
                  "width",
                  PHONE_WIDTH,
                  "height",
                  PHONE_HEIGHT,
                  "pixelRatio",
                  PHONE_PIXEL_RATIO,
                  "touch",
                  true),
              "userAgent",
              "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko)"
                  + " Chrome/130.0 Mobile Safari/537.36"));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            // Chromium takes its time zone from the environment chromedriver passes on
            .withEnvironment(Map.of("TZ", timeZone))
            .withLogFile(Path.of("target", "chromedriver.log").toFile())
            .build();
    createScreenshotFolder();
    Window window = new Window(new ChromeDriver(service, options), profile, phone);
    open.add(window);
    return window;
  }

  /**
   * Without the programs the tests are skipped, with the line saying how to enable them; under CI
   * they run and fail in {@link #beforeAll}, so a CI without a browser cannot look green.
   */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String missing = missingPrograms();
    if (missing == null || isCi()) {
      return ConditionEvaluationResult.enabled("chromium và chromedriver có sẵn");
    }
    if (SKIP_TOLD.compareAndSet(false, true)) {
      tellTheBuild(skipLine(missing));
    }
    return ConditionEvaluationResult.disabled(skipLine(missing));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String missing = missingPrograms();
    if (missing != null) {
      throw new AssertionError(
          "Kiểm thử trình duyệt bắt buộc khi có biến môi trường CI: không tìm thấy "
              + missing
              + " — cài gói chromium chromium-driver (.ci/run tự cài)");
    }
  }

  /**
   * Surefire keeps what tests print in files; the JVM's own error stream still reaches the build's
   * output, where the person running the build reads it.
   */
  static void tellTheBuild(String line) {
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    err.println(line);
  }

  static String skipLine(String missing) {
    return "Bỏ qua kiểm thử trình duyệt: không tìm thấy "
        + missing
        + " — cài gói chromium chromium-driver (.ci/run tự cài)";
  }

  static String missingPrograms() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(CHROMEDRIVER)) {
      missing.add("chromedriver (" + CHROMEDRIVER + ")");
    }
    if (!Files.isExecutable(CHROMIUM)) {
      missing.add("chromium (" + CHROMIUM + ")");
    }
    return missing.isEmpty() ? null : String.join(", ", missing);
  }

  static boolean isCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    String name = "FAILED-" + context.getRequiredTestMethod().getName();
    for (Window window : open) {
      try {
        window.screenshot(name);
        window.savePageSource(name);
      } catch (RuntimeException e) {
        System.err.println("Không chụp được màn hình sau lỗi: " + e);
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (Window window : open) {
      window.close();
    }
    open.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    afterEach(context);
  }

  private static void createScreenshotFolder() {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One Chromium session: one person at one screen. */
  public final class Window {

    private final ChromeDriver driver;
    private final Path profile;
    private final boolean phone;
    private final WebDriverWait wait;

    Window(ChromeDriver driver, Path profile, boolean phone) {
      this.driver = driver;
      this.profile = profile;
      this.phone = phone;
      this.wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
      // a page read while the next one loads: try again on the new page
      this.wait.ignoring(StaleElementReferenceException.class);
    }

    public WebDriver driver() {
      return driver;
    }

    public String url(String path) {
      return baseUrl + path;
    }

    public Window open(String path) {
      driver.get(url(path));
      return this;
    }

    public String currentPath() {
      String current = driver.getCurrentUrl();
      return current.startsWith(baseUrl) ? current.substring(baseUrl.length()) : current;
    }

    /** Logs in through the app's Vietnamese login page and waits to leave it. */
    public Window login(String username, String password) {
      open("/login");
      WebElement user = waitFor(By.id("username"));
      user.clear();
      user.sendKeys(username);
      WebElement pass = driver.findElement(By.id("password"));
      pass.clear();
      pass.sendKeys(password);
      driver.findElement(By.cssSelector("form button[type=submit]")).click();
      until(
          d ->
              !currentPath().startsWith("/login")
                  || !d.findElements(By.cssSelector(".login-box .error")).isEmpty());
      return this;
    }

    public WebElement waitFor(By by) {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public <T> T until(Function<WebDriver, T> condition) {
      return wait.until(condition);
    }

    public <T> T until(Duration timeout, Function<WebDriver, T> condition) {
      return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
          .ignoring(StaleElementReferenceException.class)
          .until(condition);
    }

    /** Waits until the page's visible text contains {@code text}. */
    public Window waitForText(String text) {
      until(d -> bodyText().contains(text));
      return this;
    }

    /**
     * Clicks as a person would after scrolling the element to the middle of the screen, out from
     * under fixed headers and footers.
     */
    public void click(WebElement element) {
      driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Runs a script in the page and returns its number result as an int. */
    public int number(String script) {
      return ((Number) driver.executeScript(script)).intValue();
    }

    /** Runs a script in the page and returns its result as a string. */
    public String string(String script) {
      return String.valueOf(driver.executeScript(script));
    }

    public String bodyText() {
      return driver.findElement(By.tagName("body")).getText();
    }

    /** An element whose visible text is exactly {@code text} (after trimming). */
    public By byText(String tag, String text) {
      return By.xpath("//" + tag + "[normalize-space(.)=" + xpathLiteral(text) + "]");
    }

    /**
     * The whole page as a PNG under {@code target/screenshots/}, named {@code name} plus {@code
     * -phone} for a phone window. Apps that scroll inside panes (the Tasklist) are shown with the
     * viewport made tall enough for the longest pane, so the whole form is in the picture.
     */
    public Path screenshot(String name) {
      int extra = Math.min(number(INNER_SCROLL_EXTRA), 5000);
      if (extra > 0) {
        int width = number("return window.innerWidth");
        int height = number("return window.innerHeight");
        emulateViewport(width, height + extra);
      }
      try {
        return capture(name);
      } finally {
        if (extra > 0) {
          restoreViewport();
        }
      }
    }

    private Path capture(String name) {
      @SuppressWarnings("unchecked")
      Map<String, Object> metrics =
          (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      double width = ((Number) size.get("width")).doubleValue();
      double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
      Path file = SCREENSHOTS.resolve(fileName(name) + ".png");
      try {
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return file;
    }

    private void emulateViewport(int width, int height) {
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of(
              "width",
              width,
              "height",
              height,
              "deviceScaleFactor",
              phone ? PHONE_PIXEL_RATIO : 0,
              "mobile",
              phone));
      // two frames: the app lays itself out for the new size before the picture is taken
      driver.executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    private void restoreViewport() {
      if (phone) {
        emulateViewport(PHONE_WIDTH, PHONE_HEIGHT);
      } else {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
    }

    /** The current DOM, for finding selectors and for reading what a failed test saw. */
    public Path savePageSource(String name) {
      Path file = SCREENSHOTS.resolve(fileName(name) + ".html");
      try {
        Files.writeString(file, driver.getPageSource(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return file;
    }

    private String fileName(String name) {
      return phone ? name + "-phone" : name;
    }

    void close() {
      try {
        driver.quit();
      } finally {
        deleteQuietly(profile);
      }
    }
  }

  static String xpathLiteral(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    return "concat('" + s.replace("'", "',\"'\",'") + "')";
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
