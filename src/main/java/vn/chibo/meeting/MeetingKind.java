package vn.chibo.meeting;

/** What a meeting is for (DOMAIN.md §2–3). */
public enum MeetingKind {
  REGULAR("Sinh hoạt thường kỳ", ""),
  THEMATIC("Sinh hoạt chuyên đề", "CD"),
  EXTRAORDINARY("Sinh hoạt bất thường", "BT");

  private final String label;
  private final String keySuffix;

  MeetingKind(String label, String keySuffix) {
    this.label = label;
    this.keySuffix = keySuffix;
  }

  public String label() {
    return label;
  }

  /** Distinguishes extra meetings of a month in the business key; empty for the regular one. */
  String keySuffix() {
    return keySuffix;
  }
}
