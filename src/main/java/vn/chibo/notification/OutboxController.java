package vn.chibo.notification;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for administrators (access set in the security configuration): what was sent, what
 * waits and why, and "send again" for a mail that waits or was given up on.
 */
@Controller
class OutboxController {

  static final int PAGE_SIZE = 200;

  private final MailDispatcher dispatcher;

  OutboxController(MailDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @GetMapping("/notifications/outbox")
  String outbox(Model model) {
    model.addAttribute("messages", dispatcher.latest(PAGE_SIZE));
    model.addAttribute("pageSize", PAGE_SIZE);
    return "notification/outbox";
  }

  @PostMapping("/notifications/outbox/{id}/resend")
  String resend(@PathVariable long id, RedirectAttributes redirect) {
    DispatchResult result =
        dispatcher.resend(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    String text;
    if (result.sent() > 0) {
      text = "Đã gửi lại thư số " + id + ".";
    } else if (result.failed() > 0) {
      text = "Thư số " + id + " vẫn chưa gửi được; xem lỗi trong bảng.";
    } else {
      text = "Thư số " + id + " không ở trạng thái chờ gửi hoặc lỗi nên không gửi lại.";
    }
    redirect.addFlashAttribute("message", text);
    redirect.addFlashAttribute("success", result.sent() > 0);
    return "redirect:/notifications/outbox";
  }
}
