package vn.chibo.calendar;

/** What a calendar row does to a day that would otherwise follow the Monday-to-Friday week. */
public enum DayKind {
  /** A Monday-to-Friday day off: a holiday, a day off in lieu or a swapped day. */
  HOLIDAY("Ngày nghỉ"),
  /** A Saturday or Sunday that is worked to make up for a swapped day. */
  WORKDAY("Ngày làm bù");

  private final String label;

  DayKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
