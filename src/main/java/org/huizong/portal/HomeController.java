package org.huizong.portal;

import org.huizong.portal.user.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the way from the site's root to the user's own area. */
@PortalController
final class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalUser user) {
        return "redirect:" + user.role().home();
    }
}
