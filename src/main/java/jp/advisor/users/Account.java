package jp.advisor.users;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in principal: Spring Security's user with the organisations a STAFF user acts for. */
final class Account extends User {

    private static final long serialVersionUID = 1L;

    private final List<String> organisations;

    Account(AdvisorUser user, String passwordHash) {
        super(user.name(), passwordHash, true, true, true, !user.locked(),
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.organisations = user.organisations();
    }

    List<String> organisations() {
        return organisations;
    }
}
