package vn.chibo.notification;

import org.springframework.stereotype.Service;

/** STUB. */
@Service
public class NotificationService {
  public boolean enqueue(MailMessage m) {
    return true;
  }

  public boolean notify(InAppNotice n) {
    return true;
  }

  public void dispatch(String reference) {}
}
