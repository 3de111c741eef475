package vn.chibo.workflow;

/**
 * Where a page form returns after completing a task. The Tasklist opens a task's external form with
 * {@code ?taskId=…&callbackUrl=…}, its own absolute address as the callback; only a path of the
 * Tasklist in this application is followed, never another site (an open redirect otherwise).
 */
public final class TaskCallbacks {

  private TaskCallbacks() {}

  /** The Tasklist path (with its fragment) of the callback, or null when it is not one. */
  public static String sameOriginPath(String callbackUrl) {
    if (callbackUrl == null || callbackUrl.isBlank()) {
      return null;
    }
    try {
      java.net.URI uri = java.net.URI.create(callbackUrl.strip());
      String path = uri.getRawPath();
      if (path == null || !path.startsWith("/camunda/app/tasklist")) {
        return null;
      }
      return path + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
