package vn.chibo.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. The start page is the reporting module's. */
@Controller
class PagesController {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
