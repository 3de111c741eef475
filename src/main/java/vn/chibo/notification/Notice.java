package vn.chibo.notification;

import java.time.LocalDateTime;

/** A stored in-app notice. */
public record Notice(
    long id,
    String username,
    String title,
    String body,
    String link,
    String reference,
    LocalDateTime createdAt,
    LocalDateTime readAt) {

  public boolean unread() {
    return readAt == null;
  }
}
