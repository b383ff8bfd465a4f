package jp.advisor.ui.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.advisor.users.AdvisorUser;
import jp.advisor.users.Role;
import jp.advisor.users.UserException;
import jp.advisor.users.Users;

/**
 * 管理 — users and organisations: the list, a new user, one user's roles, organisations, lock and password reset.
 * Every change goes through {@link Users}, which checks it and writes the audit entry, as the API does.
 */
@Controller
@RequestMapping("/admin")
class UsersPageController {

    /** The form of a new or changed user; organisations one per line (or separated by 、 or ,). */
    record UserForm(String name, String displayName, List<Role> roles, String organisations, String password) {

        static UserForm of(AdvisorUser user) {
            return new UserForm(user.name(), user.displayName(), user.roles(), String.join("\n", user.organisations()), null);
        }

        List<Role> rolesOrNone() {
            return roles == null ? List.of() : roles;
        }

        List<String> organisationList() {
            return organisations == null ? List.of() : Arrays.stream(organisations.split("[\\r\\n,、]+"))
                    .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        }

        Users.Details details() {
            return new Users.Details(displayName, rolesOrNone(), organisationList());
        }
    }

    private final Users users;

    UsersPageController(Users users) {
        this.users = users;
    }

    @ModelAttribute("allRoles")
    List<Role> allRoles() {
        return List.of(Role.values());
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm(null, null, List.of(Role.STAFF), null, null));
        }
        List<AdvisorUser> all = users.list();
        model.addAttribute("users", all);
        // Each organisation with the users who act for it; an organisation nobody is bound to shows with none.
        Map<String, TreeSet<String>> organisations = new TreeMap<>();
        users.organisations().forEach(o -> organisations.put(o, new TreeSet<>()));
        all.forEach(u -> u.organisations().forEach(o -> organisations.computeIfAbsent(o, k -> new TreeSet<>()).add(u.name())));
        model.addAttribute("organisations", organisations);
        return "ui/admin/users";
    }

    @PostMapping("/users")
    String add(@ModelAttribute("form") UserForm form, Authentication who, Model model, RedirectAttributes next) {
        boolean generated = form.password() == null || form.password().isBlank();
        String password = generated ? Users.generatePassword() : form.password();
        try {
            users.add(who.getName(), form.name() == null ? null : form.name().strip(), form.details(), password);
        } catch (UserException refused) {
            model.addAttribute("refused", refused);
            return list(model);
        }
        next.addFlashAttribute("done", "利用者 " + form.name() + " を追加しました / added user " + form.name());
        if (generated) {
            next.addFlashAttribute("shownOnce", password);
        }
        return "redirect:/admin/users/" + form.name().strip();
    }

    @GetMapping("/users/{name}")
    String user(@PathVariable String name, Model model) {
        AdvisorUser user = users.get(name);
        model.addAttribute("user", user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UserForm.of(user));
        }
        return "ui/admin/user";
    }

    @PostMapping("/users/{name}")
    String change(@PathVariable String name, @ModelAttribute("form") UserForm form, Authentication who, Model model,
                  RedirectAttributes next) {
        try {
            users.change(who.getName(), name, form.details(), null);
        } catch (UserException refused) {
            model.addAttribute("refused", refused);
            return user(name, model);
        }
        next.addFlashAttribute("done", "変更を保存しました / saved");
        return "redirect:/admin/users/" + name;
    }

    @PostMapping("/users/{name}/lock")
    String lock(@PathVariable String name, @RequestParam boolean locked, Authentication who, Model model,
                RedirectAttributes next) {
        try {
            users.lock(who.getName(), name, locked);
        } catch (UserException refused) {
            model.addAttribute("refused", refused);
            return user(name, model);
        }
        next.addFlashAttribute("done", locked ? "ロックしました / locked" : "ロックを解除しました / unlocked");
        return "redirect:/admin/users/" + name;
    }

    /** A reset sets a generated password, shown once on the next page for the admin to hand over. */
    @PostMapping("/users/{name}/password")
    String resetPassword(@PathVariable String name, Authentication who, RedirectAttributes next) {
        String password = Users.generatePassword();
        users.password(who.getName(), name, password);
        next.addFlashAttribute("done", "パスワードを再設定しました / password reset");
        next.addFlashAttribute("shownOnce", password);
        return "redirect:/admin/users/" + name;
    }
}
