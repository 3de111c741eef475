package vn.chibo.document.attachment;

import java.time.LocalDateTime;

/**
 * One attached file (its content is read separately).
 *
 * @param caseKey the business key of the case it belongs to
 * @param branchId the case's branch when the file was added
 * @param taskId the task it was added from, or null when added from the case's page
 * @param taskName that task's name as it was then
 */
public record Attachment(
    long id,
    String caseKey,
    long branchId,
    String taskId,
    String taskName,
    String fileName,
    String contentType,
    int sizeBytes,
    String sha256,
    String description,
    String uploadedBy,
    LocalDateTime uploadedAt) {}
