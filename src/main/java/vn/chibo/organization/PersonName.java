package vn.chibo.organization;

/** Vietnamese personal names: family name first, given name last ("Nguyễn Văn An"). */
final class PersonName {

  private PersonName() {}

  /**
   * Splits a full name for Camunda's first/last name fields so that Camunda's "first last" display
   * reads the name in its Vietnamese order: {"Nguyễn Văn", "An"}.
   */
  static String[] split(String fullName) {
    String name = SearchText.canonical(fullName);
    int cut = name.lastIndexOf(' ');
    return cut < 0
        ? new String[] {name, ""}
        : new String[] {name.substring(0, cut), name.substring(cut + 1)};
  }
}
