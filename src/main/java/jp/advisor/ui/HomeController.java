package jp.advisor.ui;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: a user with one role lands on that role's page; a user with several chooses. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        List<RolePage> pages = RolePage.of(authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList());
        if (pages.size() == 1) {
            return "redirect:" + pages.get(0).path();
        }
        model.addAttribute("pages", pages);
        return "ui/home";
    }
}
