package vn.chibo.resolution;

/** Where a resolution's task stands. */
public enum ActionItemStatus {
  /** Written into the minutes; starts when the resolution or conclusion is adopted. */
  PLANNED("Dự kiến"),
  OPEN("Đang thực hiện"),
  DONE("Đã hoàn thành"),
  NOT_DONE("Chưa hoàn thành");

  private final String label;

  ActionItemStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still owed: carried into the next meeting's agenda. */
  public boolean isUnfinished() {
    return this == OPEN || this == NOT_DONE;
  }
}
