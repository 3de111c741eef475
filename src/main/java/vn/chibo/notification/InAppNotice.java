package vn.chibo.notification;

/** STUB. */
public record InAppNotice(
    String dedupeKey, String username, String title, String body, String link, String reference) {}
