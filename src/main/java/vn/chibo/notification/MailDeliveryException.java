package vn.chibo.notification;

/**
 * Some mails of a case could not be delivered. Thrown out of the BPMN step that dispatches them, so
 * that the engine retries the job and, when the retries run out, raises an incident. The message
 * names the case, the counts and the first error with addresses masked, and carries no cause: the
 * engine stores message and stack trace in its tables, which must not hold addresses or mail text.
 */
public class MailDeliveryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reference;
  private final int failed;

  public MailDeliveryException(String reference, int failed, int attempted, String firstError) {
    super(
        failed
            + " of "
            + attempted
            + " mail(s) for "
            + reference
            + " could not be sent and wait in the outbox; first error: "
            + firstError);
    this.reference = reference;
    this.failed = failed;
  }

  public String reference() {
    return reference;
  }

  public int failed() {
    return failed;
  }
}
