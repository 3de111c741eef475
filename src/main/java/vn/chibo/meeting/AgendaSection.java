package vn.chibo.meeting;

/** The three parts of a regular meeting's proceedings, plus the thematic part (DOMAIN.md §2). */
public enum AgendaSection {
  POLITICAL("Tình hình chính trị – tư tưởng", "agendaPolitical"),
  TASKS("Kết quả tháng trước, nhiệm vụ tháng tới", "agendaTasks"),
  PARTY_BUILDING("Công tác xây dựng Đảng", "agendaPartyBuilding"),
  THEMATIC("Chuyên đề", "thematicTopic");

  private final String label;
  private final String formField;

  AgendaSection(String label, String formField) {
    this.label = label;
    this.formField = formField;
  }

  public String label() {
    return label;
  }

  /** The key of the preparation form's field holding this section, one item per line. */
  public String formField() {
    return formField;
  }
}
