package vn.chibo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese labels of the Camunda webapps against the English ones shipped in the webjar of
 * the Camunda version in use: after an upgrade brings new keys, this test names them. Every key of
 * {@code en.json} must be in our {@code vi.json}, at the same place, not empty, not left in
 * English, with the same {@code {{placeholders}}}, {@code %s}/{@code %d} and HTML tags, in NFC.
 *
 * <p>It also checks that the {@code config.js} the webapps load is ours, not the webjar's, and that
 * it offers Vietnamese only: the webapps take the browser's language only when it is one of the
 * available locales, so with {@code vi} alone a browser set to English gets Vietnamese as well.
 */
class WebappTranslationTest {

  static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

  /**
   * Words that stay as they are in Vietnamese: format names and acronyms (the glossary's list), and
   * {@code null}, the literal value the variable editors show.
   */
  static final Set<String> KEPT_WORDS =
      Set.of(
          "BPMN", "DMN", "CMMN", "XML", "JSON", "ID", "URL", "REST", "API", "CSV", "UUID", "cron",
          "null");

  /** moment.js patterns, not text: a Vietnamese date may well be written as the English one. */
  static final List<String> FORMAT_KEYS =
      List.of("dateLocales.longDateFormat.", "dateLocales.calendar.sameElse", "dateLocales.week.");

  /** A date or time pattern a person is asked to type, such as {@code YYYY-MM-DDTHH:mm:ss}. */
  static final Pattern DATE_PATTERN = Pattern.compile("[YMDHhmsT:./ -]+");

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}|%[sd]");
  static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelHasAVietnameseOne(String app) {
    Map<String, JsonNode> en = flatten(readShipped(APP_ROOT + app + "/locales/en.json"));
    URL viFile = resource(APP_ROOT + app + "/locales/vi.json");
    assertThat(viFile).as("src/main/resources/" + APP_ROOT + app + "/locales/vi.json").isNotNull();
    Map<String, JsonNode> vi = flatten(read(viFile));

    List<String> problems = new ArrayList<>();
    en.forEach(
        (key, english) -> {
          JsonNode vietnamese = vi.get(key);
          if (vietnamese == null) {
            problems.add(key + ": thiếu (tiếng Anh: " + english + ")");
          } else {
            problems.addAll(compare(key, english, vietnamese));
          }
        });
    vi.keySet().stream()
        .filter(key -> !en.containsKey(key))
        .forEach(key -> problems.add(key + ": không có trong en.json"));

    assertThat(problems)
        .as("%s/locales/vi.json: %d lỗi, trên %d khóa", app, problems.size(), en.size())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theConfigServedIsOursAndOffersOnlyVietnamese(String app) {
    URL config = resource(APP_ROOT + app + "/scripts/config.js");
    assertThat(config.getProtocol())
        .as("%s/scripts/config.js comes from the application, not from the webjar", app)
        .isEqualTo("file");
    String script = text(config);
    assertThat(script.replaceAll("\\s+", ""))
        .contains("availableLocales:['vi']")
        .contains("fallbackLocale:'vi'");
  }

  static List<String> compare(String key, JsonNode english, JsonNode vietnamese) {
    List<String> problems = new ArrayList<>();
    if (!english.isTextual()) {
      if (!english.equals(vietnamese)) {
        problems.add(key + ": phải giữ nguyên giá trị " + english + ", đang là " + vietnamese);
      }
      return problems;
    }
    String en = english.asText();
    String vi = vietnamese.isTextual() ? vietnamese.asText() : vietnamese.toString();
    if (!vietnamese.isTextual()) {
      problems.add(key + ": phải là chuỗi, đang là " + vietnamese);
    } else if (vi.isBlank() && !en.isBlank()) {
      problems.add(key + ": rỗng (tiếng Anh: \"" + en + "\")");
    } else if (vi.equals(en) && isEnglishText(key, en)) {
      problems.add(key + ": vẫn là tiếng Anh \"" + en + "\"");
    }
    if (!tokens(PLACEHOLDER, en).equals(tokens(PLACEHOLDER, vi))) {
      problems.add(
          key
              + ": tham số khác tiếng Anh "
              + tokens(PLACEHOLDER, en)
              + " ≠ "
              + tokens(PLACEHOLDER, vi));
    }
    if (!tokens(HTML_TAG, en).equals(tokens(HTML_TAG, vi))) {
      problems.add(
          key + ": thẻ HTML khác tiếng Anh " + tokens(HTML_TAG, en) + " ≠ " + tokens(HTML_TAG, vi));
    }
    if (!Normalizer.isNormalized(vi, Normalizer.Form.NFC)) {
      problems.add(key + ": chưa chuẩn hóa NFC \"" + vi + "\"");
    }
    return problems;
  }

  /**
   * Text a person reads: not a date pattern, with at least one word that is not a format name or
   * acronym.
   */
  static boolean isEnglishText(String key, String value) {
    if (FORMAT_KEYS.stream().anyMatch(key::startsWith) || DATE_PATTERN.matcher(value).matches()) {
      return false;
    }
    Matcher words = WORD.matcher(value);
    while (words.find()) {
      if (!KEPT_WORDS.contains(words.group())) {
        return true;
      }
    }
    return false;
  }

  /** Placeholders by name (spaces inside the braces do not matter) or tags, sorted. */
  static List<String> tokens(Pattern pattern, String value) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(value);
    while (m.find()) {
      found.add(m.groupCount() > 0 && m.group(1) != null ? "{{" + m.group(1) + "}}" : m.group());
    }
    found.sort(null);
    return found;
  }

  /** Leaves by dotted path; list items as {@code path[i]}. */
  static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten("", root, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            field.getValue(),
            leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private JsonNode readShipped(String path) {
    URL url = resource(path);
    assertThat(url)
        .as("the webjar's %s (camunda-webapp-webjar on the test class path)", path)
        .isNotNull();
    return read(url);
  }

  private JsonNode read(URL url) {
    // the webjar's files start with a byte order mark
    return readTree(text(url).replaceFirst("^\uFEFF", ""));
  }

  private JsonNode readTree(String content) {
    try {
      return json.readTree(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL resource(String path) {
    return WebappTranslationTest.class.getClassLoader().getResource(path);
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
