package vn.chibo.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page. */
@Controller
class PagesController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home() {
    return "home";
  }
}
