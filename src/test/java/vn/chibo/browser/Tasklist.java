package vn.chibo.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Camunda Tasklist (an AngularJS app) and the Camunda Form (form-js) in its task pane, found by
 * what a person sees: task names, button texts and field labels. form-js gives inputs generated
 * ids, so a field is found through its label's {@code for}.
 */
final class Tasklist {

  static final String PATH = "/camunda/app/tasklist/";

  /** The first load of the Tasklist's scripts on a cold server takes a while. */
  static final Duration FIRST_LOAD = Duration.ofSeconds(60);

  static final By FORM = By.cssSelector("[cam-tasklist-form-camunda] .fjs-container form.fjs-form");
  static final By DISABLED_FORM = By.cssSelector(".disabled-form .fjs-container");
  static final By COMPLETE = By.cssSelector(".form-actions button.btn-primary");
  static final By CLAIM = By.cssSelector("button.claim");
  static final By NOTIFICATIONS = By.cssSelector(".page-notifications .notifications .alert");

  private final Browser.Window window;

  Tasklist(Browser.Window window) {
    this.window = window;
  }

  /** The Tasklist's start page, once its filter and list columns are drawn. */
  Tasklist openStart() {
    window.open(PATH);
    window.until(
        FIRST_LOAD,
        d ->
            !d.findElements(By.cssSelector("[cam-tasklist-filters]")).isEmpty()
                && !d.findElements(By.cssSelector("[cam-tasks]")).isEmpty()
                && d.findElements(By.cssSelector(".loader:not(.ng-hide)")).isEmpty());
    return this;
  }

  /** A task by its address, as a link to it would open it. */
  Tasklist openTask(String taskId, String taskName) {
    window.open(PATH + "default/#/?task=" + taskId);
    window.until(
        FIRST_LOAD,
        d ->
            !d.findElements(
                    By.xpath(
                        "//*[contains(@class,'task-details')]//h2[normalize-space(.)="
                            + Browser.xpathLiteral(taskName)
                            + "]"))
                .isEmpty());
    window.until(FIRST_LOAD, d -> !d.findElements(FORM).isEmpty());
    return this;
  }

  /** Takes the task: the Tasklist shows the form read-only until the person has claimed it. */
  Tasklist claim() {
    window.click(window.waitFor(CLAIM));
    window.until(d -> d.findElements(DISABLED_FORM).isEmpty() && d.findElements(CLAIM).isEmpty());
    return this;
  }

  /** The input, textarea or select of the form field whose label starts with {@code label}. */
  WebElement field(String label) {
    WebElement l = window.waitFor(labelStarting(label));
    return window.driver().findElement(By.id(l.getAttribute("for")));
  }

  /**
   * Replaces what the field holds with {@code text}, as a person does: select all, type.
   * WebDriver's {@code clear()} empties the input without an input event, so form-js puts its value
   * back and the typed text lands after it ("08:00" + "07:30").
   */
  Tasklist fill(String label, String text) {
    WebElement input = field(label);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    window.until(d -> text.equals(input.getAttribute("value")));
    return this;
  }

  /** Picks the option of a radio group by its label. */
  Tasklist choose(String optionLabel) {
    WebElement option =
        window.waitFor(
            By.xpath(
                "//div[contains(@class,'fjs-container')]//label[normalize-space(.)="
                    + Browser.xpathLiteral(optionLabel)
                    + "]"));
    window.click(option);
    WebElement radio = window.driver().findElement(By.id(option.getAttribute("for")));
    window.until(d -> radio.isSelected());
    return this;
  }

  /** The visible labels of the form's fields, without the required mark. */
  List<String> labels() {
    return window
        .driver()
        .findElements(By.cssSelector(".fjs-container label.fjs-form-field-label"))
        .stream()
        .map(WebElement::getText)
        .map(t -> t.replaceFirst("\\*$", "").strip())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  WebElement completeButton() {
    return window.waitFor(COMPLETE);
  }

  void complete() {
    WebElement button = completeButton();
    window.until(d -> button.isEnabled());
    window.click(button);
  }

  /** The texts of the notices the Tasklist shows at the top of the page. */
  List<String> notifications() {
    return window.driver().findElements(NOTIFICATIONS).stream().map(WebElement::getText).toList();
  }

  static By labelStarting(String label) {
    return By.xpath(
        "//div[contains(@class,'fjs-container')]//label[contains(@class,'fjs-form-field-label')]"
            + "[starts-with(normalize-space(.),"
            + Browser.xpathLiteral(label)
            + ")]");
  }
}
