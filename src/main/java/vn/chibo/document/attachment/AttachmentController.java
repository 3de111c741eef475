package vn.chibo.document.attachment;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.workflow.InvalidInputException;

/**
 * The pages' side of attachments: the upload form of the attachments section posts here and is sent
 * back to the page it came from with what happened; every download link points here.
 */
@Controller
class AttachmentController {

  /** Where the section sits on a page: redirects land on it. */
  static final String ANCHOR = "#tep-dinh-kem";

  private final AttachmentService attachments;
  private final AttachmentAccess access;

  AttachmentController(AttachmentService attachments, AttachmentAccess access) {
    this.attachments = attachments;
    this.access = access;
  }

  static String href(long id) {
    return "/attachments/" + id;
  }

  @PostMapping(path = "/cases/{key}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String add(
      @PathVariable("key") String key,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "description", required = false) String description,
      @RequestParam(name = "taskId", required = false) String taskId,
      @RequestParam(name = "returnTo", required = false) String returnTo,
      Authentication auth,
      RedirectAttributes redirect)
      throws IOException {
    CaseRef c = access.addable(key, auth);
    Task task = access.workableTask(c, taskId, auth).orElse(null);
    String back = samePagePath(returnTo, c.pagePath());
    redirect.addFlashAttribute("attachmentCase", c.key());
    try {
      Attachment a =
          attachments.add(
              c,
              taskId,
              task,
              file == null ? null : file.getOriginalFilename(),
              file == null || file.isEmpty() ? null : file.getBytes(),
              description,
              auth.getName());
      redirect.addFlashAttribute("attachmentAdded", a.fileName());
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      e.errors().forEach(x -> errors.merge(x.field(), x.reason(), (x1, x2) -> x1 + "; " + x2));
      redirect.addFlashAttribute("attachmentErrors", errors);
      redirect.addFlashAttribute("attachmentDescription", description == null ? "" : description);
    }
    return "redirect:" + back + ANCHOR;
  }

  @GetMapping("/attachments/{id}")
  ResponseEntity<byte[]> download(@PathVariable("id") long id, Authentication auth) {
    Attachment a = access.visibleAttachment(id, auth);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        // the type is the one recognised on upload; the browser must not guess another
        .header("X-Content-Type-Options", "nosniff")
        .body(attachments.content(a.id()));
  }

  /**
   * The page the form was on, when it is a path of this application (never another site: an open
   * redirect otherwise); the case's page when it is not.
   */
  static String samePagePath(String returnTo, String fallback) {
    if (returnTo == null || returnTo.isBlank()) {
      return fallback;
    }
    String candidate = returnTo.strip();
    if (!candidate.startsWith("/")
        || candidate.startsWith("//")
        || candidate.contains("\\")
        || candidate.chars().anyMatch(Character::isISOControl)) {
      return fallback;
    }
    try {
      URI uri = URI.create(candidate);
      if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
        return fallback;
      }
      if (uri.getRawPath().startsWith("/api/") || uri.getRawPath().startsWith("/cases/")) {
        return fallback;
      }
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
