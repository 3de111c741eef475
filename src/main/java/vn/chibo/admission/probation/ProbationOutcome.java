package vn.chibo.admission.probation;

/**
 * The two ways a probation ends by decision: what the mentor recommends, what the branch (or the
 * superior committee) proposes and what the competent committee decides.
 */
public enum ProbationOutcome {
  RECOGNITION("Công nhận đảng viên chính thức"),
  REMOVAL("Xóa tên trong danh sách đảng viên");

  private final String label;

  ProbationOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
