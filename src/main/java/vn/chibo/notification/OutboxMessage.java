package vn.chibo.notification;

import java.time.LocalDateTime;

/** A mail as it stands in the outbox, for the administrators' page (without body or ics). */
public record OutboxMessage(
    long id,
    String dedupeKey,
    String reference,
    String recipientEmail,
    String subject,
    boolean hasInvite,
    MailStatus status,
    int attempts,
    String lastError,
    LocalDateTime createdAt,
    LocalDateTime claimedAt,
    LocalDateTime sentAt) {

  /** Whether an administrator may ask for it to be sent again. */
  public boolean resendable() {
    return status == MailStatus.PENDING || status == MailStatus.FAILED;
  }
}
