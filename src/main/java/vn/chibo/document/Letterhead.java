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
