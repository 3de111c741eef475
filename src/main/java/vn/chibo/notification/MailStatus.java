package vn.chibo.notification;

/** Where a mail in the outbox stands. */
public enum MailStatus {
  /** Waiting to be sent (again). */
  PENDING("Chờ gửi"),
  /** Claimed by one sender; if that sender dies, the claim expires and it counts as waiting. */
  SENDING("Đang gửi"),
  SENT("Đã gửi"),
  /** Given up after the configured number of attempts; only an explicit dispatch tries again. */
  FAILED("Gửi không thành công");

  private final String label;

  MailStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
