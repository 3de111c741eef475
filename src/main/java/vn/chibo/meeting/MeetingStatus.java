package vn.chibo.meeting;

/** Where a meeting stands; mirrors the step its process is waiting at. */
public enum MeetingStatus {
  PREPARING("Đang chuẩn bị nội dung"),
  AGREEMENT("Chờ thống nhất nội dung"),
  NOTICED("Đã gửi thông báo"),
  MISSED("Quá hạn chưa ghi nhận buổi họp"),
  HELD("Đã họp"),
  CLOSED("Đã kết thúc");

  private final String label;

  MeetingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The meeting has taken place (possibly late) and its record exists. */
  public boolean isHeld() {
    return this == HELD || this == CLOSED;
  }
}
