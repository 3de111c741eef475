package vn.chibo.admission;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Admission deadlines in working days and the limits on uploaded documents (DOMAIN.md §4).
 *
 * @param decisionWorkingDays the competent committee decides within this many working days of the
 *     branch resolution
 * @param decisionExtensionMaxWorkingDays the one extension of that deadline may add at most this
 * @param ceremonyWorkingDays the ceremony is held within this many working days of the branch
 *     receiving the decision
 * @param memberFileWorkingDays the new member's file is complete this many working days after the
 *     ceremony
 * @param maxDocumentBytes the largest file a dossier accepts
 * @param documentTypes the content types a dossier accepts
 */
@ConfigurationProperties("chibo.admission")
public record AdmissionProperties(
    Integer decisionWorkingDays,
    Integer decisionExtensionMaxWorkingDays,
    Integer ceremonyWorkingDays,
    Integer memberFileWorkingDays,
    Integer maxDocumentBytes,
    List<String> documentTypes) {

  public AdmissionProperties {
    decisionWorkingDays = decisionWorkingDays == null ? 60 : decisionWorkingDays;
    decisionExtensionMaxWorkingDays =
        decisionExtensionMaxWorkingDays == null ? 30 : decisionExtensionMaxWorkingDays;
    ceremonyWorkingDays = ceremonyWorkingDays == null ? 30 : ceremonyWorkingDays;
    memberFileWorkingDays = memberFileWorkingDays == null ? 30 : memberFileWorkingDays;
    maxDocumentBytes = maxDocumentBytes == null ? 10 * 1024 * 1024 : maxDocumentBytes;
    documentTypes =
        documentTypes == null || documentTypes.isEmpty()
            ? List.of("application/pdf", "image/jpeg", "image/png")
            : List.copyOf(documentTypes);
    for (int days :
        List.of(
            decisionWorkingDays,
            decisionExtensionMaxWorkingDays,
            ceremonyWorkingDays,
            memberFileWorkingDays)) {
      if (days < 1) {
        throw new IllegalArgumentException("chibo.admission: số ngày làm việc phải lớn hơn 0");
      }
    }
  }
}
