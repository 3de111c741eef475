package vn.chibo.notification;

/** STUB. */
public record MailMessage(
    String dedupeKey,
    String reference,
    String recipientEmail,
    String recipientName,
    String subject,
    String textBody,
    CalendarInvite invite) {}
