package vn.chibo.admission;

import java.time.LocalDateTime;

/** The verification of one person's background, assigned to the branch committee. */
public record Verification(
    long id,
    String caseId,
    Relation relation,
    String personName,
    VerificationResult result,
    String note,
    String verifiedBy,
    LocalDateTime verifiedAt) {

  /** What the committee member found. */
  public enum VerificationResult {
    CLEAR("Đạt, không có vấn đề"),
    CONCERN("Có vấn đề cần làm rõ");

    private final String label;

    VerificationResult(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
