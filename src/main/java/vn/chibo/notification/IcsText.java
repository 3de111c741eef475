package vn.chibo.notification;

/**
 * The two pieces of RFC 5545 text handling that calendar clients are strict about: escaping of TEXT
 * values (§3.3.11) and folding of content lines longer than 75 octets (§3.1).
 */
final class IcsText {

  static final String CRLF = "\r\n";
  static final int MAX_LINE_OCTETS = 75;

  private IcsText() {}

  /** Escapes a TEXT value: backslash, semicolon, comma and every kind of line break. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ';' -> out.append("\\;");
        case ',' -> out.append("\\,");
        case '\r' -> {
          out.append("\\n");
          // A CRLF pair is one line break, not two.
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A parameter value (e.g. the organiser's CN). Double quotes cannot be escaped in a parameter, so
   * they are replaced; the value is always quoted because names may contain {@code , ; :}.
   */
  static String quotedParameter(String value) {
    return '"' + value.replace('"', '\'').replaceAll("[\\r\\n\\t]+", " ") + '"';
  }

  /**
   * Folds one content line: at most 75 octets of UTF-8 per physical line, continuation lines start
   * with one space (which counts), and a multi-byte character (Vietnamese letters are 2 or 3
   * octets, some symbols 4) is never cut in two. Ends with CRLF.
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int octets = 0;
    int i = 0;
    while (i < line.length()) {
      int codePoint = line.codePointAt(i);
      int width = utf8Length(codePoint);
      if (octets + width > MAX_LINE_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += width;
      i += Character.charCount(codePoint);
    }
    return out.append(CRLF).toString();
  }

  static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    } else if (codePoint < 0x800) {
      return 2;
    } else if (codePoint < 0x10000) {
      return 3;
    }
    return 4;
  }
}
