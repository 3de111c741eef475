package vn.chibo.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrganizationService;

/** The login page and the start page. */
@Controller
class PagesController {

  private final OrganizationService organizations;

  PagesController(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home(Authentication auth, Model model) {
    // People are greeted by name; the administrator account has no member record.
    model.addAttribute(
        "displayName",
        auth == null
            ? ""
            : organizations
                .memberByUsername(auth.getName())
                .map(Member::fullName)
                .orElse(auth.getName()));
    return "home";
  }
}
