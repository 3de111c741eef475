package vn.chibo.document;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.chibo.workflow.StepConflictException;

/**
 * The documents section of a case page (meeting, admission, probation): for each kind of document
 * the case has reached, its draft, its issued versions and what the viewer may do. Templates call
 * it as {@code @documentPanel}.
 */
@Component("documentPanel")
public class DocumentPanel {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final DocumentService documents;
  private final DocumentAccess access;

  DocumentPanel(DocumentService documents, DocumentAccess access) {
    this.documents = documents;
    this.access = access;
  }

  /** The rows of the section, empty when the person may not see the case. */
  public List<Row> of(String subjectKey, Authentication auth) {
    if (subjectKey == null || !access.sees(subjectKey, auth)) {
      return List.of();
    }
    List<OfficialDocument> issued = documents.issued(subjectKey);
    List<Row> rows = new ArrayList<>();
    for (DocumentType type : documents.available(subjectKey)) {
      List<Version> versions =
          issued.stream()
              .filter(d -> d.type() == type)
              .map(
                  d ->
                      new Version(
                          d.id(),
                          d.version(),
                          d.numberLine(),
                          WHEN.format(d.issuedAt()),
                          d.issuedBy(),
                          d.correctionReason(),
                          d.sha256(),
                          "/documents/issued/" + d.id()))
              .toList();
      String notIssuable;
      boolean mayIssue;
      try {
        DocumentContent c = documents.contentOf(type, subjectKey);
        notIssuable = c.notIssuableBecause();
        mayIssue = documents.mayIssue(c, auth);
      } catch (StepConflictException e) {
        notIssuable = e.getMessage();
        mayIssue = false;
      }
      String base = "/documents/" + subjectKey + "/" + type.name();
      rows.add(
          new Row(
              type.name(),
              type.label(),
              type.form(),
              base + "/draft.pdf",
              base + "/draft.docx",
              versions,
              versions.isEmpty() ? null : versions.get(versions.size() - 1),
              mayIssue && notIssuable == null,
              notIssuable,
              base + "/issue"));
    }
    return rows;
  }

  /**
   * The latest issued version of each kind of document about the case, for a short list (the
   * member's next meeting on the start page); empty when the person may not see the case.
   */
  public List<Issued> issuedOf(String subjectKey, Authentication auth) {
    if (subjectKey == null || !access.sees(subjectKey, auth)) {
      return List.of();
    }
    java.util.Map<DocumentType, OfficialDocument> latest = new java.util.LinkedHashMap<>();
    documents.issued(subjectKey).forEach(d -> latest.put(d.type(), d));
    return latest.values().stream()
        .map(d -> new Issued(d.type().label(), d.numberLine(), "/documents/issued/" + d.id()))
        .toList();
  }

  /** An issued document as a link: "Thông báo sinh hoạt chi bộ, Số 01-TB/CB". */
  public record Issued(String label, String numberLine, String url) {}

  /** One kind of document in the section. */
  public record Row(
      String type,
      String label,
      String form,
      String draftUrl,
      String draftDocxUrl,
      List<Version> versions,
      Version latest,
      boolean mayIssue,
      String notIssuableBecause,
      String issueUrl) {

    public String correctionUrl() {
      return latest == null ? null : latest.url() + "/correction";
    }
  }

  /** One issued version. */
  public record Version(
      long id,
      int version,
      String numberLine,
      String issuedAt,
      String issuedBy,
      String correctionReason,
      String sha256,
      String url) {}
}
