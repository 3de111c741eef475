package vn.chibo.document.attachment;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.chibo.organization.GroupIds;
import vn.chibo.organization.OrganizationAccess;

/**
 * Who may see and who may add a case's files. A case and its files are seen by those whose roles
 * cover its branch (the branch's people, upper levels their subtree) and do not exist for anyone
 * else (404). Files are added by the branch's secretaries and committee and by whoever may work one
 * of the case's open tasks now; anyone else who sees the case is refused (403).
 */
@Component
class AttachmentAccess {

  private final CaseDirectory cases;
  private final CaseTasks tasks;
  private final OrganizationAccess organizations;
  private final AttachmentService attachments;

  AttachmentAccess(
      CaseDirectory cases,
      CaseTasks tasks,
      OrganizationAccess organizations,
      AttachmentService attachments) {
    this.cases = cases;
    this.tasks = tasks;
    this.organizations = organizations;
    this.attachments = attachments;
  }

  /** The case, if the person may see it. */
  Optional<CaseRef> find(String key, Authentication auth) {
    return cases.find(key).filter(c -> organizations.scopeOf(auth).covers(c.branchId()));
  }

  /** The case, if the person may see it; 404 otherwise, as if it did not exist. */
  CaseRef visible(String key, Authentication auth) {
    return find(key, auth).orElseThrow(() -> notFound("Không có hồ sơ " + key));
  }

  /** The file, if the person may see its case; 404 otherwise. */
  Attachment visibleAttachment(long id, Authentication auth) {
    return attachments
        .attachment(id)
        .filter(a -> find(a.caseKey(), auth).isPresent())
        .orElseThrow(() -> notFound("Không có tệp " + id));
  }

  boolean mayAdd(CaseRef c, Authentication auth) {
    List<String> groups = GroupIds.of(auth);
    return groups.contains(GroupIds.secretaries(c.branchCode()))
        || groups.contains(GroupIds.committee(c.branchCode()))
        || tasks.worksOn(c.key(), auth.getName());
  }

  /** The case, if the person may add files to it: 404 when they do not see it, 403 otherwise. */
  CaseRef addable(String key, Authentication auth) {
    CaseRef c = visible(key, auth);
    if (!mayAdd(c, auth)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Chỉ bí thư, phó bí thư, chi ủy viên của chi bộ hoặc người đang được giao một công việc"
              + " của hồ sơ này mới thêm được tệp đính kèm");
    }
    return c;
  }

  /** The open task of the case the person works now, if that is what {@code taskId} names. */
  Optional<Task> workableTask(CaseRef c, String taskId, Authentication auth) {
    return tasks.workable(c.key(), taskId, auth.getName());
  }

  private static ResponseStatusException notFound(String reason) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
  }
}
