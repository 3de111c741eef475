package vn.chibo.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Thông báo: mail through a reliable outbox, and notices inside the application.
 *
 * <p>Used from BPMN in two steps. A synchronous step calls {@link #enqueue(MailMessage)} (and
 * {@link #notify(InAppNotice)}) inside the engine's transaction, so the mails exist exactly when
 * the step commits. A following {@code asyncBefore} step with a retry cycle calls {@link
 * #dispatch(String)}; if the mail server is down it throws, the engine retries the job and finally
 * raises an incident, and nothing that was already delivered is delivered again.
 */
@Service
public class NotificationService {

  private final OutboxRepository outbox;
  private final NoticeRepository notices;
  private final MailPreferenceRepository preferences;
  private final MailDispatcher dispatcher;
  private final ChiboMailProperties properties;
  private final TransactionTemplate savepoint;
  private final Clock clock;

  NotificationService(
      OutboxRepository outbox,
      NoticeRepository notices,
      MailPreferenceRepository preferences,
      MailDispatcher dispatcher,
      ChiboMailProperties properties,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.outbox = outbox;
    this.notices = notices;
    this.preferences = preferences;
    this.dispatcher = dispatcher;
    this.properties = properties;
    // Inside the caller's transaction this is a savepoint: if a concurrent transaction inserts the
    // same key first, only our insert is undone and the caller's transaction stays usable (on
    // PostgreSQL a failed statement would otherwise doom it). Without a caller it is a plain one.
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.clock = clock;
  }

  /**
   * Puts a mail into the outbox, in the caller's transaction: if that rolls back, the mail was
   * never there. Nothing is sent yet.
   *
   * @return false when a mail with the same dedupe key is already there (nothing is written)
   */
  public boolean enqueue(MailMessage message) {
    Objects.requireNonNull(message, "message");
    String ics =
        message.invite() == null
            ? null
            : message
                .invite()
                .toIcs(clock.instant(), message.recipientEmail(), message.recipientName());
    return insertOnce(() -> outbox.insertIfAbsent(message, ics, now()));
  }

  /**
   * Puts a mail to a person into the outbox unless they chose notices in the application only.
   *
   * @param username the recipient's login, or null for a recipient without one (always mailed)
   * @return false when nothing was written (opted out, or the same mail is already there)
   */
  public boolean enqueueFor(String username, MailMessage message) {
    if (username != null && optedOut().contains(username)) {
      return false;
    }
    return enqueue(message);
  }

  private static final Object OPTED_OUT = new Object();

  /**
   * Who chose notices only, read once per transaction: a notice to a branch mails two dozen people
   * in one step, and the few who opted out are one short query.
   */
  @SuppressWarnings("unchecked")
  private Set<String> optedOut() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return preferences.optedOut();
    }
    Set<String> cached = (Set<String>) TransactionSynchronizationManager.getResource(OPTED_OUT);
    if (cached == null) {
      cached = preferences.optedOut();
      TransactionSynchronizationManager.bindResource(OPTED_OUT, cached);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void suspend() {
              TransactionSynchronizationManager.unbindResourceIfPossible(OPTED_OUT);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(OPTED_OUT);
            }
          });
    }
    return cached;
  }

  /**
   * Whom a message is for: their login (null if none) and their address (null or blank if none).
   */
  public record Addressee(String username, String email, String fullName) {
    public Addressee {
      Objects.requireNonNull(fullName, "fullName");
    }
  }

  /**
   * Tells one person something, in the caller's transaction: a notice in the application when they
   * have a login, and a mail with the same text and the link unless they have no address or chose
   * notices only. Both are keyed by {@code dedupeKey}, so telling twice tells once.
   *
   * @param link a path inside the application the notice opens, and the mail links to
   * @return whether anything new was written (false when the person was told before)
   */
  public boolean tell(
      Addressee to, String dedupeKey, String reference, String title, String text, String link) {
    boolean told = false;
    if (to.email() != null && !to.email().isBlank()) {
      told =
          enqueueFor(
              to.username(),
              new MailMessage(
                  dedupeKey,
                  reference,
                  to.email(),
                  to.fullName(),
                  title,
                  "Kính gửi đồng chí " + to.fullName() + ",\n\n" + text + "\n\n" + link(link),
                  null));
    }
    if (to.username() != null) {
      told |= notify(new InAppNotice(dedupeKey, to.username(), title, text, link, reference));
    }
    return told;
  }

  /** Whether the person wants mail besides the notices in the application (by default, yes). */
  public boolean mailWanted(String username) {
    return preferences.emailEnabled(username).orElse(true);
  }

  /** Turns mail on or off for the person; in-app notices always stay. */
  public void setMailWanted(String username, boolean wanted) {
    preferences.save(Require.singleLine(username, "username", 64), wanted, now());
    TransactionSynchronizationManager.unbindResourceIfPossible(OPTED_OUT);
  }

  /**
   * Adds a notice to a user's list, in the caller's transaction.
   *
   * @return false when a notice with the same dedupe key is already there (nothing is written)
   */
  public boolean notify(InAppNotice notice) {
    Objects.requireNonNull(notice, "notice");
    return insertOnce(() -> notices.insertIfAbsent(notice, now()));
  }

  private boolean insertOnce(BooleanSupplier insert) {
    try {
      return Boolean.TRUE.equals(savepoint.execute(status -> insert.getAsBoolean()));
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /**
   * Sends every mail of the case that is waiting (or was given up on), each in its own
   * transactions, independent of the caller's. Mails being sent by someone else right now are left
   * to them.
   *
   * @throws MailDeliveryException after trying all of them, if any could not be sent; those wait in
   *     the outbox for the next dispatch or the sweep
   */
  public DispatchResult dispatch(String reference) {
    return dispatcher.dispatch(Require.singleLine(reference, "reference", 64));
  }

  /**
   * What the periodic sweep does: sends mails that have waited longer than {@code
   * chibo.mail.sweep-min-age}, of any case. Failures stay in the outbox and are counted, not
   * thrown.
   */
  public DispatchResult dispatchPending() {
    return dispatcher.dispatchPending();
  }

  /** An absolute link to a page of the application, for mail text. */
  public String link(String path) {
    Objects.requireNonNull(path, "path");
    return properties.baseUrl() + (path.startsWith("/") ? path : "/" + path);
  }

  /** The user's notices, newest first. */
  public List<Notice> inbox(String username, int limit) {
    return notices.newestFirst(username, Math.max(0, limit));
  }

  public int unreadCount(String username) {
    return notices.unreadCount(username);
  }

  /**
   * Marks one of the user's own notices as read (again is fine).
   *
   * @throws NoticeNotFoundException if the user has no notice with that id
   */
  public void markRead(String username, long noticeId) {
    if (notices.markRead(username, noticeId, now()) == 0 && !notices.exists(username, noticeId)) {
      throw new NoticeNotFoundException(noticeId);
    }
  }

  public void markAllRead(String username) {
    notices.markAllRead(username, now());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
