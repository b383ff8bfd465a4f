package jp.advisor.users;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form for browsers (templates/login.html, Japanese first); Spring Security checks the post and puts the
 * CSRF token into the form. After it, {@code /} sends each user to their role's page (module ui).
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
