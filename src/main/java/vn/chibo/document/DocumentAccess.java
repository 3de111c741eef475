package vn.chibo.document;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.chibo.organization.OrganizationAccess;

/**
 * Who may see a case's documents: those whose roles cover its branch (the branch itself, and upper
 * levels through their subtree). For anyone else the case and its documents do not exist.
 */
@Component
class DocumentAccess {

  private final DocumentService documents;
  private final OrganizationAccess access;

  DocumentAccess(DocumentService documents, OrganizationAccess access) {
    this.documents = documents;
    this.access = access;
  }

  /** The branch of the case, if the person may see it; 404 otherwise. */
  long visibleCase(String subjectKey, Authentication auth) {
    return documents
        .branchOf(subjectKey)
        .filter(b -> access.scopeOf(auth).covers(b))
        .orElseThrow(() -> notFound("Không có hồ sơ " + subjectKey));
  }

  /** The issued document, if the person may see it; 404 otherwise. */
  OfficialDocument visibleDocument(long id, Authentication auth) {
    return documents
        .find(id)
        .filter(d -> access.scopeOf(auth).covers(d.branchId()))
        .orElseThrow(() -> notFound("Không có văn bản " + id));
  }

  boolean sees(String subjectKey, Authentication auth) {
    return documents.branchOf(subjectKey).filter(b -> access.scopeOf(auth).covers(b)).isPresent();
  }

  /** The content, if the person signs for its issuing body; 403 otherwise. */
  DocumentContent issuable(DocumentType type, String subjectKey, Authentication auth) {
    visibleCase(subjectKey, auth);
    DocumentContent c = documents.contentOf(type, subjectKey);
    if (!documents.mayIssue(c, auth)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Chỉ bí thư, phó bí thư của cấp ban hành được ban hành hoặc đính chính "
              + type.label().toLowerCase(java.util.Locale.ROOT));
    }
    return c;
  }

  static ResponseStatusException notFound(String reason) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
  }
}
