package vn.chibo.notification;

/**
 * One mail to one person, as handed to {@link NotificationService#enqueue(MailMessage)}.
 *
 * @param dedupeKey identifies this mail for good (e.g. {@code MTG-MB01-2026-12/notice/annv}):
 *     enqueueing the same key again, say when a step is repeated, adds nothing
 * @param reference the case the mail belongs to, normally the process business key; {@code
 *     dispatch(reference)} sends everything waiting under it
 * @param recipientName may be null
 * @param textBody plain text; links should be absolute ({@link NotificationService#link(String)})
 * @param invite a calendar invitation to attach, or null
 */
public record MailMessage(
    String dedupeKey,
    String reference,
    String recipientEmail,
    String recipientName,
    String subject,
    String textBody,
    CalendarInvite invite) {

  public MailMessage {
    dedupeKey = Require.singleLine(dedupeKey, "dedupeKey", 200);
    reference = Require.singleLine(reference, "reference", 64);
    recipientEmail = Require.email(recipientEmail, "recipientEmail");
    recipientName = Require.optionalSingleLine(recipientName, "recipientName", 255);
    subject = Require.singleLine(subject, "subject", 500);
    textBody = Require.text(textBody, "textBody", 100_000);
  }
}
