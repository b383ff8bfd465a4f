package jp.advisor.ui;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.advisor.users.UserException;
import jp.advisor.users.Users;

/** {@code /account}: anyone logged in sees their roles and organisations and changes their own password. */
@Controller
class AccountController {

    private final Users users;

    AccountController(Users users) {
        this.users = users;
    }

    @GetMapping("/account")
    String account(Authentication who, Model model) {
        model.addAttribute("user", users.get(who.getName()));
        return "ui/account";
    }

    @PostMapping("/account/password")
    String password(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
                    @RequestParam(required = false) String confirmPassword, Authentication who, Model model,
                    RedirectAttributes next) {
        try {
            if (newPassword == null || !newPassword.equals(confirmPassword)) {
                model.addAttribute("refusedField", "confirmPassword");
                model.addAttribute("refusedMessage", "確認のパスワードが新しいパスワードと違います / the confirmation differs"
                        + " from the new password");
                return account(who, model);
            }
            users.changeOwnPassword(who.getName(), currentPassword, newPassword);
        } catch (UserException refused) {
            model.addAttribute("refusedField", "password".equals(refused.field()) ? "newPassword" : refused.field());
            model.addAttribute("refusedMessage", refused.getMessage());
            return account(who, model);
        }
        next.addFlashAttribute("done", "パスワードを変更しました / password changed");
        return "redirect:/account";
    }
}
