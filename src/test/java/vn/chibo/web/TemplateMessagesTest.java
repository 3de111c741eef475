package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads on the pages comes from the message bundle, and the bundle holds no
 * text that no page uses. Without this check a literal slips into a template, the bundle and the
 * pages drift apart, and a missing key shows up as {@code ??key_vi??} only when someone opens that
 * page.
 *
 * <p>Reads the files as they are in the source tree; no Spring context.
 */
class TemplateMessagesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path TEMPLATES = RESOURCES.resolve("templates");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Locale LOCALE = Locale.forLanguageTag("vi");

  /**
   * Elements whose content is not prose: {@code <code>} holds column names and paths that a person
   * types exactly as shown and that must not be translated; scripts and styles are code.
   */
  private static final Set<String> NOT_PROSE = Set.of("code", "script", "style");

  /** Plain attributes whose value a person reads (or hears, from a screen reader). */
  private static final Set<String> TEXT_ATTRIBUTES =
      Set.of(
          "title",
          "placeholder",
          "alt",
          "label",
          "aria-label",
          "aria-description",
          "aria-roledescription",
          "aria-placeholder",
          "aria-valuetext");

  /**
   * Thymeleaf attributes whose expression produces text a person reads, or passes values on to a
   * fragment that does (the page title).
   */
  private static final Set<String> TEXT_EXPRESSIONS =
      Set.of("th:text", "th:utext", "th:value", "th:with", "th:replace", "th:insert");

  /** A date or time pattern ('dd/MM/yyyy HH:mm'): letters, but no words. */
  private static final Pattern DATE_PATTERN = Pattern.compile("[dMyuHhmsSaE/:.,\\- ]+");

  private static final Pattern QUOTED = Pattern.compile("'((?:\\\\.|[^'\\\\])*)'");
  private static final Pattern LITERAL_SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");
  private static final Pattern INLINED =
      Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
  private static final Pattern BASENAME = Pattern.compile("(?m)^\\s*basename:\\s*(\\S+)\\s*$");

  private static List<Template> templates;
  private static List<Bundle> bundles;
  private static String javaSources;

  @BeforeAll
  static void read() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      List<Path> paths = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      templates = new ArrayList<>();
      for (Path p : paths) {
        templates.add(Template.parse(p));
      }
    }
    try (Stream<Path> files = Files.list(RESOURCES)) {
      List<Path> paths =
          files
              .filter(p -> p.getFileName().toString().matches("messages.*\\.properties"))
              .sorted()
              .toList();
      bundles = new ArrayList<>();
      for (Path p : paths) {
        bundles.add(Bundle.read(p));
      }
    }
    StringBuilder java = new StringBuilder();
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        java.append(Files.readString(p)).append('\n');
      }
    }
    javaSources = java.toString();
    assertThat(templates).as("templates under " + TEMPLATES).isNotEmpty();
    assertThat(bundles).extracting(Bundle::name).contains("messages.properties");
  }

  @Test
  void templatesShowNoTextThatIsNotInTheBundle() {
    List<String> problems = new ArrayList<>();
    for (Template t : checkedTemplates()) {
      for (Text text : t.texts) {
        String words = INLINED.matcher(text.value).replaceAll(" ");
        int at = firstLetter(words);
        if (at >= 0) {
          int line =
              text.line + (int) words.substring(0, at).chars().filter(c -> c == '\n').count();
          problems.add(t.name + ":" + line + ": text \"" + words.strip() + "\"");
        }
      }
      for (Attribute a : t.attributes) {
        for (String literal : literalsIn(a)) {
          problems.add(t.name + ":" + a.line + ": " + a.name + " shows \"" + literal + "\"");
        }
      }
    }
    assertThat(problems)
        .as("text written into the templates instead of a #{key} of messages.properties")
        .isEmpty();
  }

  @Test
  void everyMessageTheTemplatesUseIsInTheBundleWithItsArguments() {
    Map<String, String> defined = new HashMap<>();
    bundles.forEach(b -> defined.putAll(b.values));
    List<String> problems = new ArrayList<>();
    for (Template t : checkedTemplates()) {
      for (MessageUse use : t.messages) {
        String where = t.name + ":" + use.line + ": #{" + use.key + "}";
        if (use.key.matches("\\$\\{[A-Za-z][A-Za-z0-9.]*\\.key}?")) {
          // The key comes from the code (a record's key), whose literals the next test checks.
          continue;
        }
        String prefix = family(use.key);
        if (prefix != null) {
          // A key chosen by a value, e.g. one per enum constant: the family must exist.
          if (defined.keySet().stream().noneMatch(k -> k.startsWith(prefix))) {
            problems.add(where + " names keys " + prefix + "… of which the bundle has none");
          }
          continue;
        }
        if (use.key.isEmpty() || !use.key.matches("[A-Za-z0-9.]+")) {
          problems.add(where + " is not a plain key, so it cannot be checked");
          continue;
        }
        String value = defined.get(use.key);
        if (value == null) {
          problems.add(where + " is in no messages*.properties");
          continue;
        }
        int expected = placeholders(value);
        if (expected != use.arguments) {
          problems.add(
              where + " is given " + use.arguments + " argument(s), the message has " + expected);
        }
        if (use.unescaped && use.arguments > 0) {
          problems.add(where + " in th:utext: its arguments would reach the page unescaped");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyBundleKeyIsUsedByATemplateOrTheCode() {
    Set<String> used = new TreeSet<>();
    Set<String> families = new TreeSet<>();
    templates.forEach(
        t ->
            t.messages.forEach(
                m -> {
                  used.add(m.key);
                  String prefix = family(m.key);
                  if (prefix != null) {
                    families.add(prefix);
                  }
                }));
    List<String> problems = new ArrayList<>();
    for (Bundle b : checkedBundles()) {
      b.lines.forEach(
          (key, line) -> {
            if (!used.contains(key)
                && families.stream().noneMatch(key::startsWith)
                && !javaSources.contains('"' + key + '"')
                && !builtInCode(key)) {
              problems.add(
                  b.name + ":" + line + ": " + key + " is used by no template and no code");
            }
          });
    }
    assertThat(problems).isEmpty();
  }

  /** The code builds the key from a literal prefix and a value: {@code "probation.who." + role}. */
  private static boolean builtInCode(String key) {
    for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
      if (javaSources.matches(
          "(?s).*\"" + java.util.regex.Pattern.quote(key.substring(0, dot + 1)) + "\"\\s*\\+.*")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The literal prefix of a key chosen by a value, {@code ${'probation.status.' + s.name()}}, or
   * null for any other key.
   */
  private static String family(String key) {
    var m =
        java.util.regex.Pattern.compile("^\\$\\{\\s*'([a-z][A-Za-z0-9.]*\\.)'\\s*\\+.*$")
            .matcher(key);
    return m.matches() ? m.group(1) : null;
  }

  @Test
  void bundlesAreUtf8InNfcWithoutDuplicateKeysAndWithValidPatterns() {
    List<String> problems = new ArrayList<>();
    for (Bundle b : checkedBundles()) {
      problems.addAll(b.problems);
      b.lines.forEach(
          (key, line) -> {
            String value = b.values.get(key);
            String where = b.name + ":" + line + ": " + key;
            if (placeholders(value) > 0) {
              try {
                new MessageFormat(value, LOCALE);
              } catch (IllegalArgumentException e) {
                problems.add(where + " is not a valid MessageFormat pattern: " + e.getMessage());
              }
              // With arguments Spring formats the message: a single apostrophe starts a quoted
              // part and swallows the text after it.
              if (value.replace("''", "").contains("'")) {
                problems.add(where + " has arguments, so an apostrophe must be written ''");
              }
            } else if (value.contains("''")) {
              // Without arguments the text is shown as it is: '' would show twice.
              problems.add(where + " has no arguments, so an apostrophe is written once");
            }
          });
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyBundleIsOnTheMessageSourceBasename() throws IOException {
    Matcher m = BASENAME.matcher(Files.readString(RESOURCES.resolve("application.yml")));
    assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
    List<String> names =
        Stream.of(m.group(1).split(",")).map(n -> n.strip() + ".properties").toList();
    assertThat(names)
        .as("a bundle that is not on the basename is checked here but never read by the app")
        .containsAll(bundles.stream().map(Bundle::name).toList());
  }

  private static List<Template> checkedTemplates() {
    return templates.stream().toList();
  }

  private static List<Bundle> checkedBundles() {
    return bundles;
  }

  /** The texts a person would read that an attribute holds as they are written. */
  private static List<String> literalsIn(Attribute a) {
    String name = a.name.startsWith("data-th-") ? "th:" + a.name.substring(8) : a.name;
    List<String> found = new ArrayList<>();
    if (!name.startsWith("th:")) {
      boolean shown =
          TEXT_ATTRIBUTES.contains(name) || (name.equals("value") && a.elementShowsValue);
      if (shown && firstLetter(a.value) >= 0) {
        found.add(a.value);
      }
      return found;
    }
    if (name.equals("th:attr")) {
      for (String pair : splitTopLevel(a.value)) {
        int eq = pair.indexOf('=');
        if (eq > 0 && TEXT_ATTRIBUTES.contains(pair.substring(0, eq).strip())) {
          found.addAll(wordsInExpression(pair.substring(eq + 1)));
        }
      }
      return found;
    }
    String plain = name.substring(3);
    if (TEXT_EXPRESSIONS.contains(name) || TEXT_ATTRIBUTES.contains(plain)) {
      found.addAll(wordsInExpression(a.value));
    }
    return found;
  }

  /**
   * Words written into an expression: the text parts of |…| substitutions, and quoted literals that
   * read as text (with a space or a Vietnamese letter) rather than as a map key, an enum name or a
   * date pattern.
   */
  private static List<String> wordsInExpression(String expression) {
    List<String> found = new ArrayList<>();
    Matcher substitution = LITERAL_SUBSTITUTION.matcher(expression);
    while (substitution.find()) {
      String text = withoutExpressions(substitution.group(1));
      if (firstLetter(text) >= 0) {
        found.add(substitution.group());
      }
    }
    Matcher quoted = QUOTED.matcher(expression);
    while (quoted.find()) {
      String literal = quoted.group(1);
      boolean readsAsText =
          literal.codePoints().anyMatch(c -> Character.isLetter(c) && c > 127)
              || (firstLetter(literal) >= 0 && literal.strip().contains(" "));
      if (readsAsText && !DATE_PATTERN.matcher(literal).matches()) {
        found.add(quoted.group());
      }
    }
    return found;
  }

  /** The text with every ${…}, *{…}, #{…}, @{…} and ~{…} taken out. */
  private static String withoutExpressions(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (i + 1 < text.length()
          && "$*#@~".indexOf(text.charAt(i)) >= 0
          && text.charAt(i + 1) == '{') {
        i = closing(text, i + 1, '{', '}') + 1;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Index of the bracket closing the one at {@code open}, skipping quoted literals. */
  private static int closing(String s, int open, char opening, char closing) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' && (i == 0 || s.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && c == opening) {
        depth++;
      } else if (!quoted && c == closing && --depth == 0) {
        return i;
      }
    }
    return s.length() - 1;
  }

  /** Splits at commas outside quotes and brackets. */
  private static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' && (i == 0 || s.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && "({[".indexOf(c) >= 0) {
        depth++;
      } else if (!quoted && ")}]".indexOf(c) >= 0) {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  /** Every #{key} or #{key(arguments)} in an expression, nested ones included. */
  private static List<MessageUse> messagesIn(String expression, int line, boolean unescaped) {
    List<MessageUse> uses = new ArrayList<>();
    int from = 0;
    while ((from = expression.indexOf("#{", from)) >= 0) {
      int end = closing(expression, from + 1, '{', '}');
      String body = expression.substring(from + 2, end).strip();
      int paren = body.indexOf('(');
      String key = (paren < 0 ? body : body.substring(0, paren)).strip();
      int arguments = 0;
      if (paren >= 0) {
        String inside = body.substring(paren + 1, closing(body, paren, '(', ')'));
        arguments = inside.isBlank() ? 0 : splitTopLevel(inside).size();
      }
      uses.add(new MessageUse(key, arguments, line, unescaped));
      from += 2;
    }
    return uses;
  }

  /** How many arguments a message takes: one more than its highest {n}. */
  private static int placeholders(String value) {
    if (!value.contains("{")) {
      return 0;
    }
    try {
      return new MessageFormat(value, LOCALE).getFormatsByArgumentIndex().length;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isLetter(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  private record Text(String value, int line) {}

  private record Attribute(String name, String value, int line, boolean elementShowsValue) {}

  private record MessageUse(String key, int arguments, int line, boolean unescaped) {}

  /** One template: its text nodes outside non-prose elements, its attributes, its messages. */
  private static final class Template extends AbstractMarkupHandler {
    final String name;
    final List<Text> texts = new ArrayList<>();
    final List<Attribute> attributes = new ArrayList<>();
    final List<MessageUse> messages = new ArrayList<>();
    private final List<String[]> pending = new ArrayList<>();
    private final List<Integer> pendingLines = new ArrayList<>();
    private String element = "";
    private int notProse;

    private Template(String name) {
      this.name = name;
    }

    static Template parse(Path file) throws IOException {
      Template t = new Template(TEMPLATES.relativize(file).toString().replace('\\', '/'));
      try {
        new MarkupParser(ParseConfiguration.htmlConfiguration())
            .parse(new StringReader(Files.readString(file)), t);
      } catch (ParseException e) {
        throw new IllegalStateException(t.name + ": " + e.getMessage(), e);
      }
      return t;
    }

    @Override
    public void handleText(char[] buffer, int offset, int len, int line, int col) {
      String value = new String(buffer, offset, len);
      messages.addAll(messagesIn(value, line, false));
      if (notProse == 0) {
        texts.add(new Text(value, line));
      }
    }

    @Override
    public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
      start(new String(buffer, offset, len));
    }

    @Override
    public void handleStandaloneElementStart(
        char[] buffer, int offset, int len, boolean minimized, int line, int col) {
      start(new String(buffer, offset, len));
    }

    @Override
    public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
      end();
      if (NOT_PROSE.contains(element)) {
        notProse++;
      }
    }

    @Override
    public void handleStandaloneElementEnd(
        char[] buffer, int offset, int len, boolean minimized, int line, int col) {
      end();
    }

    @Override
    public void handleCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
      close(new String(buffer, offset, len));
    }

    @Override
    public void handleAutoCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
      close(new String(buffer, offset, len));
    }

    @Override
    public void handleAttribute(
        char[] buffer,
        int nameOffset,
        int nameLen,
        int nameLine,
        int nameCol,
        int operatorOffset,
        int operatorLen,
        int operatorLine,
        int operatorCol,
        int valueContentOffset,
        int valueContentLen,
        int valueOuterOffset,
        int valueOuterLen,
        int valueLine,
        int valueCol) {
      pending.add(
          new String[] {
            new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT),
            new String(buffer, valueContentOffset, valueContentLen)
          });
      pendingLines.add(valueLine);
    }

    private void start(String name) {
      element = name.toLowerCase(Locale.ROOT);
      pending.clear();
      pendingLines.clear();
    }

    /** The element's attributes are all known now: record them. */
    private void end() {
      Map<String, String> byName = new LinkedHashMap<>();
      pending.forEach(p -> byName.put(p[0], p[1]));
      boolean showsValue =
          element.equals("input")
              && Set.of("submit", "button", "reset")
                  .contains(byName.getOrDefault("type", "").toLowerCase(Locale.ROOT));
      for (int i = 0; i < pending.size(); i++) {
        String[] p = pending.get(i);
        int line = pendingLines.get(i);
        attributes.add(new Attribute(p[0], p[1], line, showsValue));
        if (p[0].startsWith("th:") || p[0].startsWith("data-th-")) {
          messages.addAll(messagesIn(p[1], line, p[0].endsWith("utext")));
        }
      }
      pending.clear();
      pendingLines.clear();
    }

    private void close(String name) {
      if (NOT_PROSE.contains(name.toLowerCase(Locale.ROOT)) && notProse > 0) {
        notProse--;
      }
    }
  }

  /** One messages*.properties: its values, the line of each key, and what is wrong with it. */
  private record Bundle(
      String name, Map<String, String> values, Map<String, Integer> lines, List<String> problems) {

    static Bundle read(Path file) throws IOException {
      String name = file.getFileName().toString();
      byte[] bytes = Files.readAllBytes(file);
      List<String> problems = new ArrayList<>();
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        problems.add(name + ": not valid UTF-8 (" + e.getMessage() + ")");
        text = new String(bytes, StandardCharsets.UTF_8);
      }
      if (text.startsWith("\uFEFF")) {
        problems.add(name + ":1: starts with a byte order mark");
      }
      String[] physical = text.split("\n", -1);
      for (int i = 0; i < physical.length; i++) {
        if (!Normalizer.isNormalized(physical[i], Normalizer.Form.NFC)) {
          problems.add(
              name + ":" + (i + 1) + ": not in Unicode NFC (the same letter, other bytes)");
        }
      }
      Map<String, Integer> lines = new LinkedHashMap<>();
      for (int i = 0; i < physical.length; i++) {
        int first = i + 1;
        StringBuilder logical = new StringBuilder(physical[i].stripLeading());
        while (endsWithContinuation(logical) && i + 1 < physical.length) {
          logical.setLength(logical.length() - 1);
          logical.append(physical[++i].stripLeading());
        }
        String line = logical.toString();
        if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
          continue;
        }
        String key = keyOf(line);
        Integer earlier = lines.putIfAbsent(key, first);
        if (earlier != null) {
          problems.add(name + ":" + first + ": " + key + " again (first on line " + earlier + ")");
        }
      }
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      Map<String, String> values = new HashMap<>();
      properties.forEach((k, v) -> values.put((String) k, (String) v));
      return new Bundle(name, values, lines, problems);
    }

    private static boolean endsWithContinuation(CharSequence line) {
      int backslashes = 0;
      for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      return backslashes % 2 == 1;
    }

    /** The key of a logical line, unescaped the way {@link Properties} reads it. */
    private static String keyOf(String line) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\' && i + 1 < line.length()) {
          key.append(line.charAt(++i));
        } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
          break;
        } else {
          key.append(c);
        }
      }
      return key.toString();
    }
  }
}
