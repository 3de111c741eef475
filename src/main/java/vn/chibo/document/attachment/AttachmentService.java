package vn.chibo.document.attachment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.workflow.Errors;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.UploadedFiles;

/**
 * The attachments module's public API: a case's files, one file and its content, and adding a file
 * with its checks. Who may do what is {@link AttachmentAccess}'s concern; this class trusts the
 * case and task it is given.
 */
@Service
public class AttachmentService {

  private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

  /** The types a case accepts, recognised by content. */
  static final Set<String> ACCEPTED =
      Set.of(UploadedFiles.PDF, UploadedFiles.JPEG, UploadedFiles.PNG, UploadedFiles.DOCX);

  static final int MAX_DESCRIPTION = 1000;

  private final AttachmentRepository repository;
  private final AttachmentProperties properties;
  private final Clock clock;

  AttachmentService(AttachmentRepository repository, AttachmentProperties properties, Clock clock) {
    this.repository = repository;
    this.properties = properties;
    this.clock = clock;
  }

  /** A case's files, newest first. */
  public List<Attachment> attachments(String caseKey) {
    return repository.ofCase(caseKey);
  }

  public Optional<Attachment> attachment(long id) {
    return repository.find(id);
  }

  public byte[] content(long id) {
    return repository.content(id);
  }

  public long maxBytes() {
    return properties.maxBytes().toBytes();
  }

  /**
   * Adds a file to a case. Every refused field is reported at once; nothing is stored then.
   *
   * @param taskId the task the person says they add it from (null when from the case's page)
   * @param task that task, when it is an open task of the case they may work; null otherwise
   */
  @Transactional
  Attachment add(
      CaseRef ref,
      String taskId,
      Task task,
      String fileName,
      byte[] content,
      String description,
      String by) {
    Errors errors = new Errors();
    boolean tooLarge = false;
    String type = null;
    long max = maxBytes();
    if (content == null || content.length == 0) {
      errors.reject("file", "chưa chọn tệp hoặc tệp rỗng");
    } else if (content.length > max) {
      tooLarge = true;
      errors.reject(
          "file", "tệp lớn quá giới hạn " + size(max) + " (tệp này " + size(content.length) + ")");
    } else {
      type = UploadedFiles.sniff(content);
      if (UploadedFiles.DOCM.equals(type)) {
        errors.reject(
            "file",
            "tệp Word có macro không được nhận; hãy lưu lại thành tệp .docx không có macro");
      } else if (type == null || !ACCEPTED.contains(type)) {
        errors.reject(
            "file",
            "chỉ nhận tệp PDF, ảnh JPEG, PNG hoặc văn bản Word (.docx); nội dung tệp này không phải"
                + " loại nào trong số đó");
      }
    }
    String name = UploadedFiles.cleanName(fileName, "tep-dinh-kem", "file", errors);
    String note = description == null || description.isBlank() ? null : description.strip();
    if (note != null && note.length() > MAX_DESCRIPTION) {
      errors.reject("description", "mô tả dài quá " + MAX_DESCRIPTION + " ký tự");
    }
    if (taskId != null && !taskId.isBlank() && task == null) {
      errors.reject(
          "taskId",
          "công việc này không còn mở, không thuộc hồ sơ "
              + ref.key()
              + " hoặc không phải việc của đồng chí");
    }
    try {
      errors.throwIfAny();
    } catch (InvalidInputException e) {
      if (tooLarge) {
        throw new AttachmentTooLargeException(e.errors());
      }
      throw e;
    }
    long id =
        repository.insert(
            new AttachmentRepository.NewAttachment(
                ref.key(),
                ref.branchId(),
                task == null ? null : task.getId(),
                task == null ? null : task.getName(),
                name,
                type,
                content,
                UploadedFiles.sha256(content),
                note,
                by,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)));
    log.info(
        "Attachment {} added to {} ({} bytes, {}){}",
        id,
        ref.key(),
        content.length,
        type,
        task == null ? "" : " from task " + task.getTaskDefinitionKey());
    return repository.find(id).orElseThrow();
  }

  /** A size as people read it: KB below one megabyte, MB with one decimal above. */
  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return ((bytes + 1023) / 1024) + " KB";
    }
    long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
    return tenths % 10 == 0 ? (tenths / 10) + " MB" : (tenths / 10) + "," + (tenths % 10) + " MB";
  }
}
