package vn.chibo.notification;

/**
 * A notice shown to one user inside the application, as handed to {@link
 * NotificationService#notify(InAppNotice)}.
 *
 * @param dedupeKey identifies this notice for good; notifying the same key again adds nothing
 * @param username the Camunda user id the notice is for
 * @param body may be null
 * @param link a path inside the application (starting with one {@code /}), or null; other links are
 *     refused so that a notice can never send its reader to another site
 * @param reference the case it belongs to (e.g. the business key), or null
 */
public record InAppNotice(
    String dedupeKey, String username, String title, String body, String link, String reference) {

  public InAppNotice {
    dedupeKey = Require.singleLine(dedupeKey, "dedupeKey", 200);
    username = Require.singleLine(username, "username", 64);
    title = Require.singleLine(title, "title", 255);
    body = Require.optional(body, "body", 2000);
    link = Require.optionalSingleLine(link, "link", 500);
    if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\"))) {
      throw new IllegalArgumentException("link must be a path inside the application");
    }
    reference = Require.optionalSingleLine(reference, "reference", 64);
  }
}
