package vn.chibo.document;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.Problems;
import vn.chibo.workflow.StepConflictException;

/**
 * The documents API: what a case has, issue, correct, read. An issued document has no update or
 * delete: those calls are answered 405 with the way to change it (a correction). Errors are problem
 * details: 400 naming the field, 403, 404, 409.
 */
@RestController
class DocumentApiController {

  private final DocumentService documents;
  private final DocumentAccess access;

  DocumentApiController(DocumentService documents, DocumentAccess access) {
    this.documents = documents;
    this.access = access;
  }

  record IssueRequest(String type, String subject) {}

  record CorrectionRequest(String reason) {}

  @GetMapping("/api/documents")
  Map<String, Object> ofCase(
      @RequestParam(name = "subject", required = false) String subject, Authentication auth) {
    if (subject == null || subject.isBlank()) {
      throw new InvalidInputException("subject", "chưa chọn hồ sơ");
    }
    access.visibleCase(subject, auth);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", subject);
    body.put(
        "available",
        documents.available(subject).stream()
            .map(
                t ->
                    Map.of(
                        "type",
                        t.name(),
                        "label",
                        t.label(),
                        "draft",
                        "/documents/" + subject + "/" + t.name() + "/draft.pdf"))
            .toList());
    body.put(
        "issued", documents.issued(subject).stream().map(DocumentApiController::json).toList());
    return body;
  }

  @PostMapping("/api/documents")
  ResponseEntity<Map<String, Object>> issue(
      @RequestBody(required = false) IssueRequest request, Authentication auth) {
    if (request == null || request.subject() == null || request.subject().isBlank()) {
      throw new InvalidInputException("subject", "chưa chọn hồ sơ");
    }
    DocumentType type =
        DocumentType.parse(request.type())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "type",
                        request.type() == null
                            ? "chưa chọn loại văn bản"
                            : "không có loại văn bản \"" + request.type() + "\""));
    DocumentContent content = access.issuable(type, request.subject(), auth);
    OfficialDocument d = documents.issue(content, auth.getName());
    return ResponseEntity.created(URI.create("/api/documents/" + d.id())).body(json(d));
  }

  @PostMapping("/api/documents/{id}/corrections")
  ResponseEntity<Map<String, Object>> correct(
      @PathVariable long id,
      @RequestBody(required = false) CorrectionRequest request,
      Authentication auth) {
    OfficialDocument old = access.visibleDocument(id, auth);
    DocumentContent content = access.issuable(old.type(), old.subjectKey(), auth);
    OfficialDocument d =
        documents.correct(id, content, request == null ? null : request.reason(), auth.getName());
    return ResponseEntity.created(URI.create("/api/documents/" + d.id())).body(json(d));
  }

  @GetMapping("/api/documents/{id}")
  Map<String, Object> one(@PathVariable long id, Authentication auth) {
    return json(access.visibleDocument(id, auth));
  }

  @GetMapping("/api/documents/{id}/content")
  ResponseEntity<byte[]> content(@PathVariable long id, Authentication auth) {
    OfficialDocument d = access.visibleDocument(id, auth);
    return DocumentController.pdf(documents.content(id), d.fileName(), d);
  }

  /** An issued document is kept as issued: no call changes or removes it. */
  @RequestMapping(
      path = {"/api/documents/{id}", "/api/documents/{id}/content"},
      method = {RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
  ResponseEntity<ProblemDetail> unchangeable(@PathVariable long id, Authentication auth) {
    OfficialDocument d = access.visibleDocument(id, auth);
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.METHOD_NOT_ALLOWED,
            "Văn bản "
                + d.reference()
                + " đã ban hành, không sửa hay xóa được; muốn thay đổi thì ban hành bản đính chính"
                + " (POST /api/documents/"
                + d.id()
                + "/corrections).");
    p.setTitle("Văn bản đã ban hành");
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .header("Allow", "GET")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }

  static Map<String, Object> json(OfficialDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("type", d.type().name());
    m.put("subject", d.subjectKey());
    m.put("version", d.version());
    m.put("previousId", d.previousId());
    m.put("number", d.number());
    m.put("reference", d.reference());
    m.put("title", d.title());
    m.put("documentDate", d.documentDate().toString());
    m.put("correctionReason", d.correctionReason());
    m.put("fileName", d.fileName());
    m.put("sizeBytes", d.sizeBytes());
    m.put("sha256", d.sha256());
    m.put("issuedBy", d.issuedBy());
    m.put("issuedAt", d.issuedAt().toString());
    m.put("content", "/api/documents/" + d.id() + "/content");
    return m;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    return Problems.invalid(e);
  }

  @ExceptionHandler(StepConflictException.class)
  ResponseEntity<ProblemDetail> conflict(StepConflictException e) {
    return Problems.conflict("Văn bản không ban hành được lúc này", e.getMessage());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
    return Problems.status(e);
  }
}
