package vn.chibo.resolution;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A task a resolution assigns to a named member with a deadline. */
public record ActionItem(
    long id,
    String meetingId,
    long branchId,
    String title,
    long assigneeMemberId,
    LocalDate dueDate,
    ActionItemStatus status,
    String reportNote,
    LocalDateTime reportedAt) {

  public ActionItem {
    Objects.requireNonNull(meetingId, "meetingId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(status, "status");
  }

  /** The business key of its {@code ActionItemProcess}. */
  public String businessKey() {
    return "ACT-" + id;
  }
}
