package vn.chibo.notification;

import jakarta.mail.MessagingException;

/** Hands one claimed mail over for delivery; returns normally only when it was accepted. */
interface MailTransport {

  void send(OutboxMail mail) throws MessagingException;
}
