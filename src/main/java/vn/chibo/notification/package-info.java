/**
 * Thông báo: mail with calendar invitations (.ics) through a transactional outbox, and notices
 * inside the application.
 *
 * <p>Owns the tables {@code mail_outbox} and {@code notice}. Other modules use {@link
 * vn.chibo.notification.NotificationService}: they enqueue mails and notices in their own
 * transaction, and a later, retried step dispatches the mails of their case (see the service's
 * Javadoc). The mail server is Spring Boot's {@code spring.mail.*}; what this module adds is
 * configured under {@code chibo.mail.*} ({@link vn.chibo.notification.ChiboMailProperties}).
 */
package vn.chibo.notification;
