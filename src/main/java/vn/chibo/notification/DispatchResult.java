package vn.chibo.notification;

/**
 * What one dispatch did.
 *
 * @param reference the case dispatched, or null for the sweep over all cases
 * @param sent mails delivered by this call
 * @param failed mails this call tried and could not deliver (they wait for the next attempt)
 */
public record DispatchResult(String reference, int sent, int failed) {

  public boolean allSent() {
    return failed == 0;
  }
}
