package vn.chibo.reporting;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (trang chủ): what needs the person's attention, by the roles they hold. */
@Controller
class HomeController {

  private final HomeQueries home;

  HomeController(HomeQueries home) {
    this.home = home;
  }

  @GetMapping("/")
  String home(Authentication auth, Model model) {
    model.addAttribute("home", home.homeOf(auth));
    return "home";
  }
}
