package vn.chibo.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code chibo.mail.*}; the SMTP server itself is Spring Boot's {@code
 * spring.mail.*}.
 *
 * @param transport {@code smtp} delivers through {@code spring.mail.*}; {@code log} (the demo
 *     default, for running without a mail server) only logs that a mail would have gone
 * @param from the sender address
 * @param fromName the sender's display name
 * @param baseUrl where the application is reached from outside, for links in mails
 * @param claimTimeout a mail claimed longer ago than this counts as waiting again: its sender is
 *     taken to have died (a crash between sending and recording can thus send it twice)
 * @param sweepInterval how often the safety-net sweep runs (read by the scheduler as {@code
 *     chibo.mail.sweep-interval})
 * @param sweepMinAge the sweep leaves younger mails to the process step that enqueued them
 * @param sweepBatch at most this many mails per sweep, so one sweep cannot hold the scheduler
 * @param maxAttempts after this many failed attempts a mail is FAILED and the sweep leaves it
 */
@ConfigurationProperties("chibo.mail")
public record ChiboMailProperties(
    Transport transport,
    String from,
    String fromName,
    String baseUrl,
    Duration claimTimeout,
    Duration sweepInterval,
    Duration sweepMinAge,
    int sweepBatch,
    int maxAttempts) {

  public ChiboMailProperties {
    transport = transport == null ? Transport.LOG : transport;
    from = from == null || from.isBlank() ? "chibo@localhost" : from.strip();
    fromName = fromName == null || fromName.isBlank() ? "Chi bộ số" : fromName.strip();
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    claimTimeout = positive(claimTimeout, Duration.ofMinutes(10));
    sweepInterval = positive(sweepInterval, Duration.ofMinutes(5));
    sweepMinAge = positive(sweepMinAge, Duration.ofMinutes(15));
    sweepBatch = sweepBatch > 0 ? sweepBatch : 100;
    maxAttempts = maxAttempts > 0 ? maxAttempts : 10;
  }

  private static Duration positive(Duration value, Duration fallback) {
    return value == null || value.isNegative() || value.isZero() ? fallback : value;
  }

  public enum Transport {
    SMTP,
    LOG
  }
}
