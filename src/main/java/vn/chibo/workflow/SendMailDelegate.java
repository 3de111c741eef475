package vn.chibo.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.chibo.notification.NotificationService;

/**
 * Every "Gửi …" service task of every process: sends the case's queued mail (the outbox rows whose
 * reference is the business key). A failure throws, so the job is retried and, after its retries,
 * becomes an incident; messages already sent are never sent again.
 */
@Component("sendMailDelegate")
class SendMailDelegate implements JavaDelegate {

  private final NotificationService notifications;

  SendMailDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.dispatch(execution.getProcessBusinessKey());
  }
}
