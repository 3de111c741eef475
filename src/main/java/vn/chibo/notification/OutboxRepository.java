package vn.chibo.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox table. The status column is the delivery claim: every change of status is one
 * conditional UPDATE, so of two senders (threads or nodes) exactly one wins a row.
 */
@Repository
class OutboxRepository {

  /** Waiting, or claimed by a sender that has not reported back in time. */
  private static final String WAITING =
      "(status = 'PENDING' or (status = 'SENDING' and claimed_at < ?))";

  /** As {@link #WAITING}, and also given up on: an explicit request to send tries those again. */
  private static final String WAITING_OR_FAILED =
      "(status in ('PENDING', 'FAILED') or (status = 'SENDING' and claimed_at < ?))";

  private static final String LIST_COLUMNS =
      "id, dedupe_key, reference, recipient_email, subject, ics is not null as has_invite, status,"
          + " attempts, last_error, created_at, claimed_at, sent_at";

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the mail unless its dedupe key is already there; returns whether it inserted. */
  boolean insertIfAbsent(MailMessage m, String ics, LocalDateTime now) {
    return jdbc.sql(
                "insert into mail_outbox (dedupe_key, reference, recipient_email, recipient_name,"
                    + " subject, text_body, ics, status, attempts, created_at)"
                    + " select ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ? from (values (1)) as one (x)"
                    + " where not exists (select 1 from mail_outbox where dedupe_key = ?)")
            .params(
                m.dedupeKey(),
                m.reference(),
                m.recipientEmail(),
                m.recipientName(),
                m.subject(),
                m.textBody(),
                ics,
                now,
                m.dedupeKey())
            .update()
        > 0;
  }

  /** Ids of the case's mails that an explicit dispatch should try now. */
  List<Long> dispatchable(String reference, LocalDateTime staleBefore) {
    return jdbc.sql(
            "select id from mail_outbox where reference = ? and "
                + WAITING_OR_FAILED
                + " order by id")
        .params(reference, staleBefore)
        .query(Long.class)
        .list();
  }

  /** Ids for the sweep: waiting for a while, and not given up on. */
  List<Long> sweepable(
      LocalDateTime createdBefore, LocalDateTime staleBefore, int maxAttempts, int limit) {
    return jdbc.sql(
            "select id from mail_outbox where created_at < ? and attempts < ? and "
                + WAITING
                + " order by id fetch first ? rows only")
        .params(createdBefore, maxAttempts, staleBefore, limit)
        .query(Long.class)
        .list();
  }

  /**
   * Claims the mail for one sender: PENDING (or expired SENDING, or FAILED when {@code
   * includeFailed}) becomes SENDING and the attempt is counted. Empty when someone else has it.
   */
  Optional<OutboxMail> claim(
      long id, LocalDateTime claimedAt, LocalDateTime staleBefore, boolean includeFailed) {
    int claimed =
        jdbc.sql(
                "update mail_outbox set status = 'SENDING', claimed_at = ?, attempts = attempts + 1"
                    + " where id = ? and "
                    + (includeFailed ? WAITING_OR_FAILED : WAITING))
            .params(claimedAt, id, staleBefore)
            .update();
    if (claimed == 0) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select id, dedupe_key, reference, recipient_email, recipient_name, subject, text_body,"
                + " ics, attempts, claimed_at from mail_outbox where id = ? and claimed_at = ?")
        .params(id, claimedAt)
        .query(OutboxRepository::mapClaimed)
        .optional();
  }

  /** Records delivery, if the claim is still ours. */
  boolean markSent(OutboxMail mail, LocalDateTime sentAt) {
    return jdbc.sql(
                "update mail_outbox set status = 'SENT', sent_at = ?, last_error = null"
                    + " where id = ? and status = 'SENDING' and claimed_at = ?")
            .params(sentAt, mail.id(), mail.claimedAt())
            .update()
        > 0;
  }

  /**
   * Records a failed attempt, if the claim is still ours: back to PENDING, or FAILED once the
   * attempts reach {@code maxAttempts}.
   */
  boolean markFailed(OutboxMail mail, String error, int maxAttempts) {
    return jdbc.sql(
                "update mail_outbox set status = case when attempts >= ? then 'FAILED'"
                    + " else 'PENDING' end, last_error = ?, claimed_at = null"
                    + " where id = ? and status = 'SENDING' and claimed_at = ?")
            .params(maxAttempts, error, mail.id(), mail.claimedAt())
            .update()
        > 0;
  }

  Optional<OutboxMessage> find(long id) {
    return jdbc.sql("select " + LIST_COLUMNS + " from mail_outbox where id = ?")
        .param(id)
        .query(OutboxRepository::mapListed)
        .optional();
  }

  List<OutboxMessage> latest(int limit) {
    return jdbc.sql(
            "select "
                + LIST_COLUMNS
                + " from mail_outbox order by created_at desc, id desc fetch first ? rows only")
        .param(limit)
        .query(OutboxRepository::mapListed)
        .list();
  }

  private static OutboxMail mapClaimed(ResultSet rs, int row) throws SQLException {
    return new OutboxMail(
        rs.getLong("id"),
        rs.getString("dedupe_key"),
        rs.getString("reference"),
        rs.getString("recipient_email"),
        rs.getString("recipient_name"),
        rs.getString("subject"),
        rs.getString("text_body"),
        rs.getString("ics"),
        rs.getInt("attempts"),
        rs.getObject("claimed_at", LocalDateTime.class));
  }

  private static OutboxMessage mapListed(ResultSet rs, int row) throws SQLException {
    return new OutboxMessage(
        rs.getLong("id"),
        rs.getString("dedupe_key"),
        rs.getString("reference"),
        rs.getString("recipient_email"),
        rs.getString("subject"),
        rs.getBoolean("has_invite"),
        MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getObject("created_at", LocalDateTime.class),
        rs.getObject("claimed_at", LocalDateTime.class),
        rs.getObject("sent_at", LocalDateTime.class));
  }
}
