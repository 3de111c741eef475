package vn.chibo.notification;

/** No notice with that id belongs to that user (it may exist for someone else). */
public class NoticeNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoticeNotFoundException(long noticeId) {
    super("notice " + noticeId + " not found for this user");
  }
}
