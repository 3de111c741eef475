package vn.chibo.document.attachment;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrganizationService;
import vn.chibo.workflow.UploadedFiles;

/**
 * What the attachments section of a page shows, for the signed-in person: the case's files and,
 * when they may add one, the form. The section reads it itself ({@code ${@attachmentSection.of(key,
 * taskId)}}), so a page includes it with one line and its controller needs to know nothing about
 * attachments.
 */
@Component("attachmentSection")
public class AttachmentSection {

  private final AttachmentAccess access;
  private final AttachmentService attachments;
  private final OrganizationService organizations;

  AttachmentSection(
      AttachmentAccess access, AttachmentService attachments, OrganizationService organizations) {
    this.access = access;
    this.attachments = attachments;
    this.organizations = organizations;
  }

  /** The section's rows, newest first, and the form's state. */
  public record View(
      boolean visible,
      String caseKey,
      List<Row> rows,
      boolean canAdd,
      String taskId,
      String taskName,
      String returnTo,
      String maxSize) {}

  /** One file as the section lists it. */
  public record Row(
      long id,
      String fileName,
      String href,
      String kind,
      String size,
      String uploadedBy,
      LocalDateTime uploadedAt,
      String taskName,
      String description) {}

  /**
   * The section for a case; nothing is shown when the person does not see the case.
   *
   * @param taskId the task the page is for, if it is a task page: files added there are recorded as
   *     added from that task
   */
  public View of(String caseKey, String taskId) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    CaseRef c = auth == null ? null : access.find(caseKey, auth).orElse(null);
    if (c == null) {
      return new View(false, caseKey, List.of(), false, null, null, null, null);
    }
    Map<String, String> names = new HashMap<>();
    List<Row> rows =
        attachments.attachments(c.key()).stream()
            .map(
                a ->
                    new Row(
                        a.id(),
                        a.fileName(),
                        AttachmentController.href(a.id()),
                        kind(a.contentType()),
                        AttachmentService.size(a.sizeBytes()),
                        names.computeIfAbsent(a.uploadedBy(), this::fullName),
                        a.uploadedAt(),
                        a.taskName(),
                        a.description()))
            .toList();
    boolean canAdd = access.mayAdd(c, auth);
    Task task = canAdd ? access.workableTask(c, taskId, auth).orElse(null) : null;
    return new View(
        true,
        c.key(),
        rows,
        canAdd,
        task == null ? null : task.getId(),
        task == null ? null : task.getName(),
        currentPage(c.pagePath()),
        AttachmentService.size(attachments.maxBytes()));
  }

  private String fullName(String username) {
    return organizations.memberByUsername(username).map(Member::fullName).orElse(username);
  }

  /** The key of the type's label in the bundle ({@code attachment.type.<kind>}). */
  static String kind(String contentType) {
    return switch (contentType) {
      case UploadedFiles.PDF -> "pdf";
      case UploadedFiles.JPEG -> "jpeg";
      case UploadedFiles.PNG -> "png";
      case UploadedFiles.DOCX -> "docx";
      default -> "other";
    };
  }

  /**
   * The page being shown, for the form to come back to; the case's page when it is the answer to a
   * form (a POST cannot be returned to).
   */
  private static String currentPage(String fallback) {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return fallback;
    }
    HttpServletRequest request = attrs.getRequest();
    if (!"GET".equals(request.getMethod())) {
      return fallback;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return AttachmentController.samePagePath(query == null ? path : path + "?" + query, fallback);
  }
}
