package jp.advisor.users;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user as stored (no password): the login {@code name}, the name shown to people, roles, the organisations a STAFF
 * user acts for (by the name their sheets give), whether the account is locked, when it was created.
 */
public record AdvisorUser(String name, String displayName, List<Role> roles, List<String> organisations, boolean locked,
                          OffsetDateTime createdAt) {

    public AdvisorUser {
        roles = roles.stream().distinct().sorted().toList();
        organisations = List.copyOf(organisations);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
