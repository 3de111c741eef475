package vn.chibo.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationType;

/**
 * The top of a Party document for one issuing body: the body above it and the body itself in
 * capitals at the top left, the body's symbol in the number, and the place written before the date
 * at the top right ("Mỹ Bằng, ngày 03 tháng 12 năm 2026").
 *
 * @param parentLine the superior organisation ("ĐẢNG BỘ XÃ MỸ BẰNG"), empty for the top of the tree
 * @param bodyLine the issuing body itself ("CHI BỘ THÔN ĐỒNG HƯƠNG", "ĐẢNG ỦY XÃ MỸ BẰNG")
 * @param bodySymbol the body's symbol after the slash in the number ("CB", "ĐU", "TU")
 * @param bodyName the body in a sentence ("Chi bộ thôn Đồng Hương", "Đảng ủy xã Mỹ Bằng")
 * @param place the place name before the date
 */
public record Letterhead(
    String parentLine, String bodyLine, String bodySymbol, String bodyName, String place) {

  private static final Locale VI = Locale.forLanguageTag("vi");

  /**
   * The letterhead of {@code path.get(0)}, given its path to the root (nearest first). A branch
   * writes as itself ("CB"); a committee writes as its executive committee, the đảng ủy ("ĐU"), or
   * as the provincial committee ("TU").
   */
  static Letterhead of(List<Organization> path) {
    Organization body = path.get(0);
    String parent = path.size() > 1 ? upper(path.get(1).name()) : "";
    String name = body.isBranch() ? body.name() : committeeName(body);
    String symbol =
        switch (body.type()) {
          case BRANCH -> "CB";
          case PROVINCIAL_COMMITTEE -> "TU";
          default -> "ĐU";
        };
    return new Letterhead(parent, upper(name), symbol, name, placeOf(path));
  }

  /** "Đảng bộ xã Mỹ Bằng" → "Đảng ủy xã Mỹ Bằng"; "Đảng bộ tỉnh Tuyên Quang" → "Tỉnh ủy …". */
  static String committeeName(Organization o) {
    String name = o.name().strip();
    if (o.type() == OrganizationType.PROVINCIAL_COMMITTEE) {
      for (String p : List.of("Đảng bộ tỉnh ", "Đảng bộ thành phố ")) {
        if (name.startsWith(p)) {
          return (p.contains("tỉnh") ? "Tỉnh ủy " : "Thành ủy ") + name.substring(p.length());
        }
      }
    }
    if (name.startsWith("Đảng bộ ")) {
      return "Đảng ủy " + name.substring("Đảng bộ ".length());
    }
    return name;
  }

  /**
   * The place of the nearest commune or ward above the body ("Đảng bộ xã Mỹ Bằng" → "Mỹ Bằng"), or
   * of the province for bodies directly under it.
   */
  static String placeOf(List<Organization> path) {
    for (Organization o : path) {
      if (o.type() == OrganizationType.COMMUNE_COMMITTEE
          || o.type() == OrganizationType.PROVINCIAL_COMMITTEE) {
        return stripPrefix(o.name());
      }
    }
    return stripPrefix(path.get(path.size() - 1).name());
  }

  private static String stripPrefix(String name) {
    for (String p :
        List.of(
            "Đảng bộ xã ",
            "Đảng bộ phường ",
            "Đảng bộ đặc khu ",
            "Đảng bộ tỉnh ",
            "Đảng bộ thành phố ")) {
      if (name.startsWith(p)) {
        return name.substring(p.length()).strip();
      }
    }
    return name.strip();
  }

  /** The widest line, in letters, that the letterhead's column holds at its type size. */
  static final int COLUMN_LETTERS = 26;

  /** The superior organisation on as few lines as the column needs, of even length. */
  public List<String> parentLines() {
    return balanced(parentLine, COLUMN_LETTERS);
  }

  /** The issuing body on as few lines as the column needs, of even length. */
  public List<String> bodyLines() {
    return balanced(bodyLine, COLUMN_LETTERS);
  }

  /**
   * A name broken between words into the fewest lines of at most {@code width} letters (a longer
   * word keeps a line of its own), each line no longer than the one above and the lines as even as
   * that allows: "ĐẢNG BỘ CÔNG TY CỔ PHẦN" over "XI MĂNG TÂN QUANG".
   */
  static List<String> balanced(String text, int width) {
    String[] words = text.strip().split("\\s+");
    if (text.isBlank() || text.strip().length() <= width) {
      return text.isBlank() ? List.of() : List.of(text.strip());
    }
    int lines = (text.strip().length() + width - 1) / width;
    while (true) {
      List<String> best = null;
      int bestLongest = Integer.MAX_VALUE;
      boolean bestNarrowing = false;
      // Every way of cutting the words into that many lines (names have few words). Lines that
      // narrow downwards are preferred, as letterheads are set, then the shortest longest line.
      for (List<String> candidate : cuts(words, 0, lines)) {
        int longest = candidate.stream().mapToInt(String::length).max().orElse(0);
        boolean narrowing = true;
        for (int i = 1; i < candidate.size(); i++) {
          narrowing &= candidate.get(i).length() <= candidate.get(i - 1).length();
        }
        boolean fits = longest <= width;
        boolean better =
            best == null
                || (fits && bestLongest > width)
                || (fits == bestLongest <= width
                    && (narrowing && !bestNarrowing
                        || narrowing == bestNarrowing && longest < bestLongest));
        if (better) {
          best = candidate;
          bestLongest = longest;
          bestNarrowing = narrowing;
        }
      }
      if (best != null && (bestLongest <= width || lines >= words.length)) {
        return best;
      }
      lines++;
    }
  }

  private static List<List<String>> cuts(String[] words, int from, int lines) {
    List<List<String>> all = new java.util.ArrayList<>();
    if (lines == 1) {
      all.add(List.of(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length))));
      return all;
    }
    for (int end = from + 1; end <= words.length - (lines - 1); end++) {
      String first = String.join(" ", java.util.Arrays.copyOfRange(words, from, end));
      for (List<String> rest : cuts(words, end, lines - 1)) {
        List<String> one = new java.util.ArrayList<>();
        one.add(first);
        one.addAll(rest);
        all.add(one);
      }
    }
    return all;
  }

  /** "Mỹ Bằng, ngày 03 tháng 12 năm 2026". */
  public String placeAndDate(LocalDate date) {
    return place + ", " + inWords(date);
  }

  /**
   * A date as Party documents write it: "ngày 03 tháng 12 năm 2026". Days below 10 and the months
   * January and February take a leading zero; other months do not ("ngày 15 tháng 3 năm 2026").
   */
  public static String inWords(LocalDate date) {
    int m = date.getMonthValue();
    return "ngày "
        + String.format("%02d", date.getDayOfMonth())
        + " tháng "
        + (m <= 2 ? String.format("%02d", m) : Integer.toString(m))
        + " năm "
        + date.getYear();
  }

  static String upper(String text) {
    return text.strip().toUpperCase(VI);
  }
}
