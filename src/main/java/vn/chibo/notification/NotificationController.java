package vn.chibo.notification;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in user's notices; every request is limited to that user's own notices. */
@Controller
class NotificationController {

  static final int INBOX_SIZE = 100;

  private final NotificationService service;

  NotificationController(NotificationService service) {
    this.service = service;
  }

  @GetMapping("/notifications")
  String inbox(Authentication auth, Model model) {
    model.addAttribute("notices", service.inbox(auth.getName(), INBOX_SIZE));
    model.addAttribute("mailWanted", service.mailWanted(auth.getName()));
    return "notification/inbox";
  }

  /** The person's choice: mail besides the notices here, or notices only. */
  @PostMapping("/notifications/mail")
  String setMail(
      @RequestParam(name = "emailEnabled", required = false) String enabled, Authentication auth) {
    service.setMailWanted(auth.getName(), enabled != null);
    return "redirect:/notifications?saved";
  }

  @PostMapping("/notifications/{id}/read")
  String markRead(@PathVariable long id, Authentication auth) {
    try {
      service.markRead(auth.getName(), id);
    } catch (NoticeNotFoundException e) {
      // Someone else's notice is "not found", not "forbidden": its existence is not theirs to know.
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/read-all")
  String markAllRead(Authentication auth) {
    service.markAllRead(auth.getName());
    return "redirect:/notifications";
  }

  @GetMapping("/api/notifications/unread-count")
  @ResponseBody
  UnreadCount unreadCount(Authentication auth) {
    return new UnreadCount(service.unreadCount(auth.getName()));
  }

  record UnreadCount(int unread) {}
}
