package vn.chibo.resolution.vote;

/**
 * What a branch votes on. The code is the {@code voteKind} input of the {@code VoteOutcome}
 * decision, so renaming a constant means changing the table too.
 */
public enum VoteKind {
  /** A resolution or conclusion of a meeting: more than half of the base (DOMAIN.md §2). */
  RESOLUTION("Biểu quyết nghị quyết"),
  /** Admitting one applicant: at least two thirds of the base (DOMAIN.md §4, step 8). */
  ADMISSION("Biểu quyết kết nạp đảng viên"),
  /** Recognising one probationary member as official: at least two thirds (DOMAIN.md §5). */
  RECOGNITION("Biểu quyết công nhận đảng viên chính thức");

  private final String label;

  VoteKind(String label) {
    this.label = label;
  }

  /** The Vietnamese name shown to people. */
  public String label() {
    return label;
  }
}
