package vn.chibo.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a document says, gathered from the case it is about, before it is laid out by its template.
 *
 * @param type the kind of document
 * @param subjectKey the case it is about: a meeting id, an admission or probation case id
 * @param branchId the branch whose people may see it (upper levels see it through their subtree)
 * @param issuerId the body that issues and numbers it
 * @param documentDate the date written at the top right
 * @param title the document's name in capitals is made from this ("NGHỊ QUYẾT")
 * @param summary the line under the title saying what it is about ("Về việc …"), may be empty
 * @param model what the template reads besides the letterhead
 * @param signatures the signature blocks, left to right
 * @param recipients "Nơi nhận", one line each
 * @param fileStem the downloaded file's name before the number and ".pdf"
 * @param notIssuableBecause why it can be drafted but not issued yet, or null when it can be
 */
public record DocumentContent(
    DocumentType type,
    String subjectKey,
    long branchId,
    long issuerId,
    LocalDate documentDate,
    String title,
    String summary,
    Map<String, Object> model,
    List<Signature> signatures,
    List<String> recipients,
    String fileStem,
    String notIssuableBecause) {

  public DocumentContent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subjectKey, "subjectKey");
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(title, "title");
    model = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(model));
    signatures = List.copyOf(signatures);
    recipients = List.copyOf(recipients);
  }

  /**
   * One signature block: "T/M CHI BỘ" over "BÍ THƯ" over the name; a person signing in their own
   * right ("THƯ KÝ") has no capacity line.
   *
   * @param capacity "T/M CHI BỘ", "T/M ĐẢNG ỦY", or empty
   * @param position "BÍ THƯ", "CHỦ TRÌ", "THƯ KÝ"
   * @param name the signer's full name, empty when nobody holds the position
   */
  public record Signature(String capacity, String position, String name) {}
}
