package vn.chibo.document;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.StepConflictException;

/**
 * Downloads of official documents and the issue and correction buttons of the case pages. A draft
 * is printed from the case as it stands each time; an issued version is served exactly as it was
 * issued.
 */
@Controller
class DocumentController {

  private final DocumentService documents;
  private final DocumentAccess access;

  DocumentController(DocumentService documents, DocumentAccess access) {
    this.documents = documents;
    this.access = access;
  }

  /** The latest issued version, or the draft while none is issued: what notices link to. */
  @GetMapping("/documents/{subject}/{type}.pdf")
  ResponseEntity<byte[]> current(
      @PathVariable String subject, @PathVariable String type, Authentication auth) {
    access.visibleCase(subject, auth);
    DocumentType t = type(type);
    Optional<OfficialDocument> issued = documents.latest(t, subject);
    if (issued.isPresent()) {
      return pdf(documents.content(issued.get().id()), issued.get().fileName(), issued.get());
    }
    return draft(subject, type, auth);
  }

  @GetMapping("/documents/{subject}/{type}/draft.pdf")
  ResponseEntity<byte[]> draft(
      @PathVariable String subject, @PathVariable String type, Authentication auth) {
    DocumentType t = type(type);
    byte[] pdf = drafted(subject, t, auth, documents::draft);
    return pdf(pdf, "du-thao-" + t.template() + "-" + subject + ".pdf", null);
  }

  /** The draft as a Word file, for a branch that words its documents its own way. */
  @GetMapping("/documents/{subject}/{type}/draft.docx")
  ResponseEntity<byte[]> draftDocx(
      @PathVariable String subject, @PathVariable String type, Authentication auth) {
    DocumentType t = type(type);
    byte[] docx = drafted(subject, t, auth, documents::draftDocx);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(
        MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    headers.setContentDisposition(
        ContentDisposition.attachment()
            .filename("du-thao-" + t.template() + "-" + subject + ".docx", StandardCharsets.UTF_8)
            .build());
    headers.set("X-Content-Type-Options", "nosniff");
    return ResponseEntity.ok().headers(headers).body(docx);
  }

  /**
   * A draft printed one way or another, for a person who may see the case: 404 when the case has
   * not reached this document, 409 when it cannot be written yet.
   */
  private byte[] drafted(
      String subject,
      DocumentType t,
      Authentication auth,
      java.util.function.BiFunction<DocumentType, String, byte[]> print) {
    access.visibleCase(subject, auth);
    if (!documents.available(subject).contains(t)) {
      throw DocumentAccess.notFound(t.label() + " của " + subject + " chưa soạn được");
    }
    try {
      return print.apply(t, subject);
    } catch (StepConflictException e) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.CONFLICT, e.getMessage());
    }
  }

  @GetMapping("/documents/issued/{id}")
  ResponseEntity<byte[]> issued(@PathVariable long id, Authentication auth) {
    OfficialDocument d = access.visibleDocument(id, auth);
    return pdf(documents.content(id), d.fileName(), d);
  }

  @PostMapping("/documents/{subject}/{type}/issue")
  String issue(
      @PathVariable String subject,
      @PathVariable String type,
      Authentication auth,
      RedirectAttributes redirect) {
    DocumentType t = type(type);
    DocumentContent content = access.issuable(t, subject, auth);
    try {
      OfficialDocument d = documents.issue(content, auth.getName());
      redirect.addFlashAttribute(
          "documentMessage", "Đã ban hành " + t.label().toLowerCase() + ", " + d.numberLine());
    } catch (StepConflictException e) {
      redirect.addFlashAttribute("documentError", e.getMessage());
    }
    return "redirect:" + pageOf(subject) + "#tai-lieu";
  }

  @PostMapping("/documents/issued/{id}/correction")
  String correct(
      @PathVariable long id,
      @RequestParam(name = "reason", required = false) String reason,
      Authentication auth,
      RedirectAttributes redirect) {
    OfficialDocument d = access.visibleDocument(id, auth);
    DocumentContent content = access.issuable(d.type(), d.subjectKey(), auth);
    try {
      OfficialDocument c = documents.correct(id, content, reason, auth.getName());
      redirect.addFlashAttribute(
          "documentMessage",
          "Đã ban hành bản đính chính lần " + (c.version() - 1) + " của " + c.numberLine());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "documentError", "Chưa đính chính được: " + e.errors().get(0).reason() + ".");
    } catch (StepConflictException e) {
      redirect.addFlashAttribute("documentError", e.getMessage());
    }
    return "redirect:" + pageOf(d.subjectKey()) + "#tai-lieu";
  }

  static DocumentType type(String text) {
    return DocumentType.parse(text)
        .orElseThrow(() -> DocumentAccess.notFound("Không có loại văn bản " + text));
  }

  /** The page a case's documents are shown on. */
  static String pageOf(String subject) {
    if (subject.startsWith("MTG-")) {
      return "/meetings/" + subject;
    }
    if (subject.startsWith("ADM-")) {
      return "/admissions/" + subject;
    }
    return "/probations/" + subject;
  }

  static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName, OfficialDocument issued) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    headers.setContentDisposition(
        ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setCacheControl("private, no-cache");
    if (issued != null) {
      headers.setETag("\"" + issued.sha256() + "\"");
      headers.set("X-Document-Sha256", issued.sha256());
    }
    return ResponseEntity.ok().headers(headers).body(bytes);
  }
}
