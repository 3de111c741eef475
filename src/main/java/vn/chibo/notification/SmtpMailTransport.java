package vn.chibo.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Delivery over SMTP with the server from {@code spring.mail.*}.
 *
 * <p>A mail with an invitation is built the way calendar clients expect an iTIP request:
 *
 * <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain; charset=UTF-8                         (what a person reads)
 *     text/calendar; method=REQUEST; charset=UTF-8      (what Outlook and Gmail act on)
 *   text/calendar; method=REQUEST; name=loi-moi.ics     (attachment, for every other client)
 * </pre>
 */
@Component
@ConditionalOnProperty(name = "chibo.mail.transport", havingValue = "smtp")
class SmtpMailTransport implements MailTransport {

  static final String INVITE_FILE_NAME = "loi-moi.ics";
  static final String CALENDAR_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final JavaMailSenderImpl sender;
  private final ChiboMailProperties properties;
  private final Clock clock;

  SmtpMailTransport(JavaMailSenderImpl sender, ChiboMailProperties properties, Clock clock) {
    this.sender = sender;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void send(OutboxMail mail) throws MessagingException {
    sender.send(build(mail));
  }

  MimeMessage build(OutboxMail mail) throws MessagingException {
    MimeMessage message = new StableIdMessage(sender.getSession(), messageId(mail));
    message.setFrom(address(properties.from(), properties.fromName()));
    message.setRecipient(
        Message.RecipientType.TO, address(mail.recipientEmail(), mail.recipientName()));
    message.setSubject(mail.subject(), UTF_8);
    message.setSentDate(Date.from(clock.instant()));
    // RFC 3834: tells vacation responders not to answer.
    message.setHeader("Auto-Submitted", "auto-generated");
    if (mail.ics() == null) {
      message.setText(mail.textBody(), UTF_8);
      return message;
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.textBody(), UTF_8);
    MimeBodyPart inlineCalendar = new MimeBodyPart();
    inlineCalendar.setDataHandler(calendar(mail.ics()));
    MimeBodyPart alternatives = new MimeBodyPart();
    alternatives.setContent(new MimeMultipart("alternative", text, inlineCalendar));

    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(calendar(mail.ics()));
    attachment.setDisposition(Part.ATTACHMENT);
    attachment.setFileName(INVITE_FILE_NAME);
    message.setContent(new MimeMultipart("mixed", alternatives, attachment));
    return message;
  }

  /** JavaMail has no content handler for text/calendar strings, so the part carries bytes. */
  private static DataHandler calendar(String ics) {
    return new DataHandler(
        new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8), CALENDAR_TYPE));
  }

  private static InternetAddress address(String email, String name) throws MessagingException {
    try {
      return new InternetAddress(email, name, UTF_8);
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 is not supported", e);
    }
  }

  /**
   * The same Message-ID for every attempt at the same mail. If a sender dies between handing a mail
   * over and recording it, the mail is sent again after the claim expires; mail clients that drop
   * duplicates by Message-ID then show it once. A hash, so the dedupe key (which may name a person)
   * does not travel.
   */
  private String messageId(OutboxMail mail) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(mail.dedupeKey().getBytes(StandardCharsets.UTF_8));
      String from = properties.from();
      String domain = from.substring(from.indexOf('@') + 1);
      return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".chibo@" + domain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** JavaMail writes a fresh random Message-ID on every send unless told otherwise. */
  private static final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
