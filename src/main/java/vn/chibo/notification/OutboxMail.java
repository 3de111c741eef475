package vn.chibo.notification;

import java.time.LocalDateTime;

/**
 * A claimed outbox row with everything a transport needs. {@code claimedAt} is the claim itself:
 * the sender records the outcome only if the row still carries it.
 */
record OutboxMail(
    long id,
    String dedupeKey,
    String reference,
    String recipientEmail,
    String recipientName,
    String subject,
    String textBody,
    String ics,
    int attempts,
    LocalDateTime claimedAt) {}
