package vn.chibo.notification;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers mails from the outbox, each at most once as far as the database can tell.
 *
 * <p>Every state change runs in a transaction of its own, never in the caller's: the claim must be
 * visible to other senders before the mail goes out, and the record that it went out must survive
 * whatever happens to the caller's transaction afterwards (a rolled-back engine job would otherwise
 * send everything again on its retry). It follows that a dispatch does not see mails enqueued in
 * the caller's own, still open transaction; the BPMN step that dispatches therefore runs {@code
 * asyncBefore}, after the enqueueing step has committed.
 */
@Component
class MailDispatcher {

  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
  private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
  private static final int MAX_ERROR_LENGTH = 1000;

  private final OutboxRepository outbox;
  private final MailTransport transport;
  private final TransactionTemplate ownTransaction;
  private final ChiboMailProperties properties;
  private final Clock clock;

  MailDispatcher(
      OutboxRepository outbox,
      MailTransport transport,
      PlatformTransactionManager transactions,
      ChiboMailProperties properties,
      Clock clock) {
    this.outbox = outbox;
    this.transport = transport;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
    this.clock = clock;
  }

  /** Sends every waiting (or given-up) mail of the case; throws if any of them failed. */
  DispatchResult dispatch(String reference) {
    LocalDateTime staleBefore = now().minus(properties.claimTimeout());
    List<Long> ids = inOwnTransaction(() -> outbox.dispatchable(reference, staleBefore));
    Outcome outcome = deliver(ids, true);
    if (outcome.failed > 0) {
      throw new MailDeliveryException(
          reference, outcome.failed, outcome.sent + outcome.failed, outcome.firstError);
    }
    if (outcome.sent > 0) {
      log.info("Sent {} mail(s) for {}", outcome.sent, reference);
    }
    return new DispatchResult(reference, outcome.sent, 0);
  }

  /**
   * The safety net: mails that have waited longer than {@code sweep-min-age}, whatever their case.
   * Younger mails are left to the process step that enqueued them, so the two do not race for them
   * (they could not send twice, but the step would find nothing and pass while the sweep fails).
   */
  DispatchResult dispatchPending() {
    LocalDateTime now = now();
    List<Long> ids =
        inOwnTransaction(
            () ->
                outbox.sweepable(
                    now.minus(properties.sweepMinAge()),
                    now.minus(properties.claimTimeout()),
                    properties.maxAttempts(),
                    properties.sweepBatch()));
    Outcome outcome = deliver(ids, false);
    if (outcome.sent + outcome.failed > 0) {
      log.info(
          "Outbox sweep: {} mail(s) sent, {} failed and waiting", outcome.sent, outcome.failed);
    }
    return new DispatchResult(null, outcome.sent, outcome.failed);
  }

  @Scheduled(
      initialDelayString = "${chibo.mail.sweep-interval:PT5M}",
      fixedDelayString = "${chibo.mail.sweep-interval:PT5M}")
  void sweep() {
    dispatchPending();
  }

  /**
   * An administrator's "send again" for one mail: it is claimed and sent now. Empty when the mail
   * does not exist; a result with nothing sent when it is not waiting or failed (already sent, or
   * being sent right now).
   */
  Optional<DispatchResult> resend(long id) {
    Optional<OutboxMessage> message = inOwnTransaction(() -> outbox.find(id));
    if (message.isEmpty()) {
      return Optional.empty();
    }
    Outcome outcome = deliver(List.of(id), true);
    return Optional.of(new DispatchResult(message.get().reference(), outcome.sent, outcome.failed));
  }

  List<OutboxMessage> latest(int limit) {
    return outbox.latest(limit);
  }

  private Outcome deliver(List<Long> ids, boolean includeFailed) {
    Outcome outcome = new Outcome();
    for (long id : ids) {
      LocalDateTime claimedAt = now();
      LocalDateTime staleBefore = claimedAt.minus(properties.claimTimeout());
      Optional<OutboxMail> claimed =
          inOwnTransaction(() -> outbox.claim(id, claimedAt, staleBefore, includeFailed));
      if (claimed.isEmpty()) {
        continue; // another sender has it, or it was sent meanwhile
      }
      OutboxMail mail = claimed.get();
      try {
        transport.send(mail);
      } catch (MessagingException | RuntimeException e) {
        String error = describe(e);
        inOwnTransaction(() -> outbox.markFailed(mail, error, properties.maxAttempts()));
        log.warn(
            "Mail {} for {} not sent (attempt {}): {}",
            mail.id(),
            mail.reference(),
            mail.attempts(),
            error);
        outcome.failed++;
        if (outcome.firstError == null) {
          outcome.firstError = error;
        }
        continue;
      }
      boolean recorded = inOwnTransaction(() -> outbox.markSent(mail, now()));
      if (!recorded) {
        // The claim expired while the server was accepting the mail and someone else took it over.
        log.warn("Mail {} for {} was sent after its claim expired", mail.id(), mail.reference());
      }
      outcome.sent++;
    }
    return outcome;
  }

  private <T> T inOwnTransaction(Supplier<T> work) {
    return ownTransaction.execute(status -> work.get());
  }

  /**
   * Timestamps are compared for equality as claim tokens, so keep them at a precision every
   * database stores.
   */
  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * The error as kept in the outbox, logged and put into the engine's incident: exception type and
   * message, with anything that looks like an address masked, since SMTP servers like to quote the
   * recipient back.
   */
  static String describe(Throwable e) {
    String text = e.getClass().getSimpleName();
    if (e.getMessage() != null) {
      text += ": " + e.getMessage();
    }
    text = EMAIL.matcher(text).replaceAll("[address]").replaceAll("\\s+", " ").strip();
    return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
  }

  private static final class Outcome {
    int sent;
    int failed;
    String firstError;
  }
}
