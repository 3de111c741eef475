package vn.chibo.notification;

import java.time.LocalDateTime;

/** STUB. */
public record CalendarInvite(
    String uid,
    String summary,
    String location,
    String description,
    LocalDateTime start,
    LocalDateTime end,
    String organizerEmail,
    String organizerName) {}
