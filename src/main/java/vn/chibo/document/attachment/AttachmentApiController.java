package vn.chibo.document.attachment;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.Problems;

/**
 * The attachments API: a case's files and adding one. The file itself is downloaded from {@code
 * /attachments/{id}}. Errors are problem details: 400 naming each refused field, 413 when the file
 * is over the limit, 403 for someone who sees the case but may not add to it, 404 for a case the
 * person does not see.
 */
@RestController
class AttachmentApiController {

  private final AttachmentService attachments;
  private final AttachmentAccess access;

  AttachmentApiController(AttachmentService attachments, AttachmentAccess access) {
    this.attachments = attachments;
    this.access = access;
  }

  /** One file as the API shows it. */
  record AttachmentView(
      long id,
      String caseKey,
      String fileName,
      String contentType,
      int sizeBytes,
      String sha256,
      String description,
      String taskId,
      String taskName,
      String uploadedBy,
      LocalDateTime uploadedAt,
      String href) {

    static AttachmentView of(Attachment a) {
      return new AttachmentView(
          a.id(),
          a.caseKey(),
          a.fileName(),
          a.contentType(),
          a.sizeBytes(),
          a.sha256(),
          a.description(),
          a.taskId(),
          a.taskName(),
          a.uploadedBy(),
          a.uploadedAt(),
          AttachmentController.href(a.id()));
    }
  }

  @GetMapping("/api/cases/{key}/attachments")
  List<AttachmentView> list(@PathVariable("key") String key, Authentication auth) {
    CaseRef c = access.visible(key, auth);
    return attachments.attachments(c.key()).stream().map(AttachmentView::of).toList();
  }

  @PostMapping(
      path = "/api/cases/{key}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<AttachmentView> add(
      @PathVariable("key") String key,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "description", required = false) String description,
      @RequestParam(name = "taskId", required = false) String taskId,
      Authentication auth)
      throws IOException {
    CaseRef c = access.addable(key, auth);
    Task task = access.workableTask(c, taskId, auth).orElse(null);
    Attachment a =
        attachments.add(
            c,
            taskId,
            task,
            file == null ? null : file.getOriginalFilename(),
            file == null || file.isEmpty() ? null : file.getBytes(),
            description,
            auth.getName());
    return ResponseEntity.created(URI.create(AttachmentController.href(a.id())))
        .body(AttachmentView.of(a));
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    boolean tooLarge = e instanceof AttachmentTooLargeException;
    return Problems.invalid(
        e,
        tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
        tooLarge ? "Tệp quá lớn" : "Dữ liệu không hợp lệ",
        x -> label(x.field()) + ": " + x.reason());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
    return Problems.status(e);
  }

  /** The field as the upload form names it. */
  static String label(String field) {
    return switch (field) {
      case "file" -> "Tệp";
      case "description" -> "Mô tả";
      case "taskId" -> "Công việc";
      default -> field;
    };
  }
}
