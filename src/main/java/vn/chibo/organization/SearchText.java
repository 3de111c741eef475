package vn.chibo.organization;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a Vietnamese name used for searching: no diacritics, lower case, single spaces, so
 * that "nguyen van an" finds "Nguyễn Văn An" whether the name was typed in NFC or NFD.
 */
public final class SearchText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchText() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    // đ/Đ is a letter of its own, not d with a mark, so decomposition leaves it alone.
    String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** The canonical (NFC) form in which names are stored and shown. */
  public static String canonical(String text) {
    return text == null
        ? null
        : SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
  }
}
