package jp.advisor.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared header of every page needs ({@code templates/ui/layout.html}): who is logged in, the pages of
 * their roles, and whether English is shown beside the Japanese ({@code ?lang=en}, or the browser's language).
 */
@ControllerAdvice(basePackages = "jp.advisor.ui")
class Layout {

    /** The header's facts; {@code user} is null on a page seen without a login. */
    record Header(String user, List<RolePage> pages, boolean english) {
    }

    @ModelAttribute("header")
    Header header(Authentication authentication, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Header(null, List.of(), english);
        }
        List<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return new Header(authentication.getName(), RolePage.of(authorities), english);
    }
}
