package vn.chibo.document;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One issued version of an official document. Never changed once written: a correction is a new
 * version whose {@code previousId} is this one.
 */
public record OfficialDocument(
    long id,
    DocumentType type,
    String subjectKey,
    long branchId,
    long issuerId,
    int version,
    Long previousId,
    int number,
    String symbol,
    int year,
    String reference,
    String title,
    LocalDate documentDate,
    String correctionReason,
    String fileName,
    int sizeBytes,
    String sha256,
    String issuedBy,
    LocalDateTime issuedAt) {

  /** "Số 05-NQ/CB" as printed under the issuing body. */
  public String numberLine() {
    return "Số " + reference;
  }
}
