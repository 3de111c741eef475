package vn.chibo.meeting;

/** A member's line in the roll call (điểm danh). */
public enum Presence {
  PRESENT("Có mặt"),
  ABSENT_EXCUSED("Vắng có lý do"),
  ABSENT_UNEXCUSED("Vắng không lý do"),
  EXEMPTED("Miễn sinh hoạt, vắng"),
  TRANSFERRED_TEMPORARILY("Chuyển sinh hoạt tạm thời");

  private final String label;

  Presence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isAbsence() {
    return this == ABSENT_EXCUSED || this == ABSENT_UNEXCUSED;
  }
}
