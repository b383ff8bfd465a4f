package jp.advisor.users;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may read or act for which organisation, in one place for the API and the pages. REVIEWER, POLICY and ADMIN
 * read every organisation's submissions; STAFF read and submit only for the organisations they are bound to.
 * Which role may call which endpoint at all is SecurityConfiguration's; this is the per-organisation part.
 */
public final class Access {

    private Access() {
    }

    public static boolean has(Authentication who, Role role) {
        return who != null && who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }

    /** The organisations {@code who} is limited to, or empty when it may read every one (REVIEWER, POLICY, ADMIN). */
    public static Optional<List<String>> readableOrganisations(Authentication who) {
        if (has(who, Role.REVIEWER) || has(who, Role.POLICY) || has(who, Role.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(boundOrganisations(who));
    }

    public static boolean mayRead(Authentication who, String organisation) {
        return readableOrganisations(who).map(own -> own.contains(organisation)).orElse(true);
    }

    /** Refuses (403) reading another organisation's sheet. */
    public static void checkRead(Authentication who, String organisation) {
        if (!mayRead(who, organisation)) {
            throw new OrganisationDeniedException(who.getName(), organisation);
        }
    }

    /** Refuses (403) submitting for an organisation {@code who} is not bound to as STAFF. */
    public static void checkSubmit(Authentication who, String organisation) {
        if (!has(who, Role.STAFF) || !boundOrganisations(who).contains(organisation)) {
            throw new OrganisationDeniedException(who == null ? "?" : who.getName(), organisation);
        }
    }

    private static List<String> boundOrganisations(Authentication who) {
        return who != null && who.getPrincipal() instanceof Account account ? account.organisations() : List.of();
    }

    /** 403 with a message naming the user and the organisation. */
    public static final class OrganisationDeniedException extends AccessDeniedException {

        private static final long serialVersionUID = 1L;

        OrganisationDeniedException(String user, String organisation) {
            super("利用者 " + user + " は「" + organisation + "」の提出を扱えません / user " + user
                    + " may not act for the organisation \"" + organisation + "\"");
        }
    }
}
