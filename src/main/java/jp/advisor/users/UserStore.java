package jp.advisor.users;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code app_user} and {@code user_organisation} (V3__submissions.sql), by plain SQL for H2 and
 * PostgreSQL; the command line uses it over a plain JDBC connection. A user row is changed in place (lock, password,
 * roles); what changed, by whom and when is in the audit log ({@link Users}).
 */
@Repository
public class UserStore {

    /** A user with the password hash, for logging in. */
    record WithHash(AdvisorUser user, String passwordHash) {
    }

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WithHash> find(String name) {
        return jdbc.sql("select id, name, display_name, roles, locked, created_at, password_hash from app_user where name = ?")
                .param(name)
                .query((rs, n) -> new WithHash(user(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class)), rs.getString(7)))
                .optional();
    }

    /** Every user by name. */
    List<AdvisorUser> list() {
        return jdbc.sql("select id, name, display_name, roles, locked, created_at from app_user order by name")
                .query((rs, n) -> user(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    /** Every organisation known, by name: those staff are bound to and those that have submitted. */
    List<String> organisations() {
        return jdbc.sql("select name from organisation order by name").query(String.class).list();
    }

    boolean anyUnlockedAdmin() {
        return list().stream().anyMatch(u -> u.has(Role.ADMIN) && !u.locked());
    }

    void insert(AdvisorUser user, String passwordHash) {
        jdbc.sql("insert into app_user (name, display_name, password_hash, roles, locked, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(user.name(), user.displayName(), passwordHash, roles(user.roles()), user.locked(), user.createdAt())
                .update();
        bind(user.name(), user.organisations());
    }

    void update(AdvisorUser user) {
        jdbc.sql("update app_user set display_name = ?, roles = ?, locked = ? where name = ?")
                .params(user.displayName(), roles(user.roles()), user.locked(), user.name())
                .update();
        jdbc.sql("delete from user_organisation where user_id = (select id from app_user where name = ?)")
                .param(user.name()).update();
        bind(user.name(), user.organisations());
    }

    void setPasswordHash(String name, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where name = ?").params(passwordHash, name).update();
    }

    private void bind(String name, List<String> organisations) {
        for (String organisation : organisations) {
            jdbc.sql("insert into user_organisation (user_id, organisation_id)"
                            + " values ((select id from app_user where name = ?), ?)")
                    .params(name, organisation(organisation))
                    .update();
        }
    }

    /** The organisation's id, its row created when new (an organisation may get users before its first sheet). */
    private long organisation(String name) {
        Optional<Long> found = jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).optional();
        if (found.isPresent()) {
            return found.get();
        }
        jdbc.sql("insert into organisation (name) values (?)").param(name).update();
        return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
    }

    private AdvisorUser user(long id, String name, String displayName, String roles, boolean locked, OffsetDateTime created) {
        List<String> organisations = jdbc.sql("select o.name from user_organisation u join organisation o"
                        + " on o.id = u.organisation_id where u.user_id = ? order by o.name")
                .param(id).query(String.class).list();
        return new AdvisorUser(name, displayName, parseRoles(roles), organisations, locked, created);
    }

    private static String roles(List<Role> roles) {
        return String.join(",", roles.stream().map(Role::name).toList());
    }

    private static List<Role> parseRoles(String stored) {
        List<Role> roles = new ArrayList<>();
        for (String r : stored.split(",")) {
            if (!r.isBlank()) {
                roles.add(Role.valueOf(r.strip()));
            }
        }
        return roles;
    }
}
