package vn.chibo.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Delivery for the demo and development, where there is no mail server: the mail counts as sent and
 * one log line says so. Only the id and the case are logged, never the address or the text.
 */
@Component
@ConditionalOnProperty(name = "chibo.mail.transport", havingValue = "log", matchIfMissing = true)
class LogMailTransport implements MailTransport {

  private static final Logger log = LoggerFactory.getLogger(LogMailTransport.class);

  @Override
  public void send(OutboxMail mail) {
    log.info(
        "Mail {} for {} not sent to any server (chibo.mail.transport=log); marked as sent",
        mail.id(),
        mail.reference());
  }
}
