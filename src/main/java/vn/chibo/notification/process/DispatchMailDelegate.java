package vn.chibo.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.notification.DispatchResult;
import vn.chibo.notification.NotificationService;

/**
 * Sends the mails a process enqueued for its case: {@code
 * camunda:delegateExpression="#{dispatchMailDelegate}"} on a service task (e.g. {@code
 * ServiceTask_SendNotice}) that is {@code asyncBefore} with a {@code failedJobRetryTimeCycle}. The
 * case is the process business key. A {@link vn.chibo.notification.MailDeliveryException} is left
 * to the engine: it retries the job and, when the retries run out, raises an incident.
 */
@Component("dispatchMailDelegate")
public class DispatchMailDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(DispatchMailDelegate.class);

  private final NotificationService notifications;

  DispatchMailDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (reference == null) {
      throw new IllegalStateException(
          "activity " + execution.getCurrentActivityId() + " needs a business key to send mail");
    }
    DispatchResult result = notifications.dispatch(reference);
    log.debug(
        "{} at {}: {} mail(s) sent", reference, execution.getCurrentActivityId(), result.sent());
  }
}
