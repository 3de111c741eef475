package vn.chibo.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A calendar invitation (lời mời họp) sent with a mail, as an iTIP {@code REQUEST} (RFC 5546) that
 * calendar clients offer to add.
 *
 * @param uid stable per event (e.g. the meeting's business key): a later invitation with the same
 *     uid and a higher {@code sequence} updates the event instead of adding a second one
 * @param start local time in Asia/Ho_Chi_Minh
 * @param end local time in Asia/Ho_Chi_Minh, after {@code start}
 * @param sequence revision number; raise it when the time or place changes
 */
public record CalendarInvite(
    String uid,
    String summary,
    String location,
    String description,
    LocalDateTime start,
    LocalDateTime end,
    String organizerEmail,
    String organizerName,
    int sequence) {

  /** The only zone the invitations use; Vietnam has had no daylight saving time since 1975. */
  public static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

  static final String PRODUCT_ID = "-//Chi bo so//Thong bao//VI";

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  public CalendarInvite {
    uid = Require.singleLine(uid, "uid", 255);
    summary = Require.text(summary, "summary", 255);
    location = Require.optional(location, "location", 500);
    description = Require.optional(description, "description", 8000);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start");
    }
    organizerEmail = Require.email(organizerEmail, "organizerEmail");
    organizerName = Require.optionalSingleLine(organizerName, "organizerName", 255);
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
  }

  /** A first invitation (sequence 0). */
  public CalendarInvite(
      String uid,
      String summary,
      String location,
      String description,
      LocalDateTime start,
      LocalDateTime end,
      String organizerEmail,
      String organizerName) {
    this(uid, summary, location, description, start, end, organizerEmail, organizerName, 0);
  }

  /** The invitation as an iCalendar file, stamped now and without a named attendee. */
  public String toIcs() {
    return toIcs(Instant.now(), null, null);
  }

  /**
   * The invitation as an iCalendar file (RFC 5545): CRLF line ends, TEXT values escaped, lines
   * folded at 75 octets.
   *
   * @param stamp when this copy was made (DTSTAMP, written in UTC)
   * @param attendeeEmail the recipient, named as ATTENDEE as iTIP expects of a REQUEST; may be null
   * @param attendeeName the recipient's name; may be null
   */
  public String toIcs(Instant stamp, String attendeeEmail, String attendeeName) {
    Objects.requireNonNull(stamp, "stamp");
    StringBuilder ics = new StringBuilder(1024);
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "PRODID:" + PRODUCT_ID);
    line(ics, "VERSION:2.0");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:REQUEST");
    line(ics, "BEGIN:VTIMEZONE");
    line(ics, "TZID:" + TIME_ZONE);
    line(ics, "BEGIN:STANDARD");
    line(ics, "DTSTART:19700101T000000");
    line(ics, "TZOFFSETFROM:+0700");
    line(ics, "TZOFFSETTO:+0700");
    line(ics, "TZNAME:ICT");
    line(ics, "END:STANDARD");
    line(ics, "END:VTIMEZONE");
    line(ics, "BEGIN:VEVENT");
    line(ics, "UID:" + IcsText.escape(uid));
    line(ics, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
    line(ics, "DTSTART;TZID=" + TIME_ZONE + ":" + LOCAL.format(start));
    line(ics, "DTEND;TZID=" + TIME_ZONE + ":" + LOCAL.format(end));
    line(ics, "SUMMARY:" + IcsText.escape(summary));
    if (location != null) {
      line(ics, "LOCATION:" + IcsText.escape(location));
    }
    if (description != null) {
      line(ics, "DESCRIPTION:" + IcsText.escape(description));
    }
    line(ics, "ORGANIZER" + commonName(organizerName) + ":mailto:" + organizerEmail);
    if (attendeeEmail != null) {
      String attendee = Require.email(attendeeEmail, "attendeeEmail");
      // Replies are not processed, so clients are not asked to send one.
      line(
          ics,
          "ATTENDEE"
              + commonName(attendeeName)
              + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
              + attendee);
    }
    line(ics, "SEQUENCE:" + sequence);
    line(ics, "STATUS:CONFIRMED");
    line(ics, "TRANSP:OPAQUE");
    line(ics, "END:VEVENT");
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  private static String commonName(String name) {
    return name == null || name.isBlank() ? "" : ";CN=" + IcsText.quotedParameter(name.strip());
  }

  private static void line(StringBuilder ics, String contentLine) {
    ics.append(IcsText.fold(contentLine));
  }
}
