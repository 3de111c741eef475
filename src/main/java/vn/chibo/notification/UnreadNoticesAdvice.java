package vn.chibo.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in user's unread count for the "Thông báo (n)" link in the header.
 */
@ControllerAdvice
class UnreadNoticesAdvice {

  private static final Logger log = LoggerFactory.getLogger(UnreadNoticesAdvice.class);

  private final NotificationService service;

  UnreadNoticesAdvice(NotificationService service) {
    this.service = service;
  }

  @ModelAttribute("unreadNotices")
  int unreadNotices(Authentication auth) {
    if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
      return 0;
    }
    try {
      return service.unreadCount(auth.getName());
    } catch (DataAccessException e) {
      // A header badge must not turn every page (the error page too) into a failure.
      log.warn("Unread notices not counted: {}", e.getClass().getSimpleName());
      return 0;
    }
  }
}
