package vn.chibo.admission.probation;

/** Where a probation case stands; mirrors the step its process is waiting at. */
public enum ProbationStatus {
  IN_PROBATION("Trong thời gian dự bị"),
  SELF_REVIEW("Chờ bản tự kiểm điểm"),
  MENTOR_REPORT("Chờ nhận xét của đảng viên giúp đỡ"),
  OPINIONS("Chờ tổng hợp ý kiến nhận xét"),
  BRANCH_VOTE("Chờ chi bộ biểu quyết"),
  SUPERIOR_REVIEW("Chờ cấp ủy cấp trên xem xét"),
  COMMITTEE_DECISION("Chờ cấp ủy có thẩm quyền quyết định"),
  RECOGNISED("Đã công nhận đảng viên chính thức"),
  REMOVED("Đã xóa tên"),
  ENDED("Đã kết thúc");

  private final String label;

  ProbationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still under way: the process waits at one of its steps. */
  public boolean isOpen() {
    return this != RECOGNISED && this != REMOVED && this != ENDED;
  }
}
