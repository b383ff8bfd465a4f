package jp.advisor.users;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.advisor.audit.AuditLog;

/**
 * Managing users, for the API and the command line alike: add, change, lock, unlock, set a password. Every change
 * is checked first (a clear message, nothing half done) and recorded in the audit log with who made it. Passwords are
 * stored as Spring Security's delegating encoder writes them ({@code {bcrypt}…}).
 */
@Service
public class Users {

    /** Login names: letters, digits and {@code . _ @ -}, so that they fit a URL, a CSV cell and HTTP Basic. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What is given to add a user or change one (on change, a null field stays as it was). */
    public record Details(String displayName, List<Role> roles, List<String> organisations) {
    }

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    public Users(UserStore store, PasswordEncoder encoder, AuditLog audit) {
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
    }

    public List<AdvisorUser> list() {
        return store.list();
    }

    /** The organisations known (bound to a user or having submitted), by name. */
    public List<String> organisations() {
        return store.organisations();
    }

    public AdvisorUser get(String name) {
        return store.find(name).map(UserStore.WithHash::user).orElseThrow(() -> notFound(name));
    }

    @Transactional
    public AdvisorUser add(String actor, String name, Details details, String password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UserException(UserException.Kind.INVALID, "name", "利用者名 \"" + name + "\" は使えません（英数字と . _ @ - で"
                    + "100文字まで） / user name \"" + name + "\" is not allowed: letters, digits and . _ @ -, up to 100");
        }
        if (store.find(name).isPresent()) {
            throw new UserException(UserException.Kind.CONFLICT, "name", "利用者 " + name + " はすでにいます / user " + name
                    + " already exists");
        }
        AdvisorUser user = valid(new AdvisorUser(name, displayNameOr(details.displayName(), name),
                details.roles() == null ? List.of() : details.roles(),
                details.organisations() == null ? List.of() : details.organisations(), false, now()));
        checkPassword(password);
        store.insert(user, encoder.encode(password));
        audit.record(actor, "USER_ADD", "user:" + name, describe(user));
        return get(name);
    }

    /**
     * Display name, roles, organisations (a null field stays as it was) and, when {@code locked} is given, locks or
     * unlocks; one audit entry for the details changed and one for the lock.
     */
    @Transactional
    public AdvisorUser change(String actor, String name, Details details, Boolean locked) {
        AdvisorUser old = get(name);
        AdvisorUser user = valid(new AdvisorUser(name,
                details.displayName() == null ? old.displayName() : displayNameOr(details.displayName(), name),
                details.roles() == null ? old.roles() : details.roles(),
                details.organisations() == null ? old.organisations() : details.organisations(),
                locked == null ? old.locked() : locked, old.createdAt()));
        keepAnAdmin(old, user);
        store.update(user);
        if (details.displayName() != null || details.roles() != null || details.organisations() != null) {
            audit.record(actor, "USER_CHANGE", "user:" + name, describe(old) + " → " + describe(user));
        }
        if (user.locked() != old.locked()) {
            audit.record(actor, user.locked() ? "USER_LOCK" : "USER_UNLOCK", "user:" + name, null);
        }
        return get(name);
    }

    @Transactional
    public AdvisorUser lock(String actor, String name, boolean locked) {
        return change(actor, name, new Details(null, null, null), locked);
    }

    @Transactional
    public void password(String actor, String name, String password) {
        get(name);
        checkPassword(password);
        store.setPasswordHash(name, encoder.encode(password));
        audit.record(actor, "USER_PASSWORD", "user:" + name, null);
    }

    /**
     * A user's own change in a browser: the current password first, so that a session left open is not enough to
     * take the account over. The new one is checked and recorded as any other ({@code USER_PASSWORD}).
     */
    @Transactional
    public void changeOwnPassword(String name, String current, String next) {
        UserStore.WithHash stored = store.find(name).orElseThrow(() -> notFound(name));
        if (current == null || !encoder.matches(current, stored.passwordHash())) {
            throw new UserException(UserException.Kind.INVALID, "currentPassword", "今のパスワードが違います / the"
                    + " current password is wrong");
        }
        password(name, name, next);
    }

    /** A password for a new account or a reset, when none is given: 20 characters from a secure random source. */
    public static String generatePassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when no unlocked ADMIN exists: the first start, or every admin locked out. */
    boolean needsAdmin() {
        return !store.anyUnlockedAdmin();
    }

    private AdvisorUser valid(AdvisorUser user) {
        if (user.roles().isEmpty()) {
            throw new UserException(UserException.Kind.INVALID, "roles", "役割を1つ以上指定してください（STAFF, REVIEWER, POLICY, ADMIN）"
                    + " / give at least one role (STAFF, REVIEWER, POLICY, ADMIN)");
        }
        if (user.has(Role.STAFF) && user.organisations().isEmpty()) {
            throw new UserException(UserException.Kind.INVALID, "organisations", "職員（STAFF）には組織を1つ以上指定してください / a STAFF"
                    + " user needs at least one organisation");
        }
        for (String organisation : user.organisations()) {
            if (organisation == null || organisation.isBlank() || organisation.length() > 500) {
                throw new UserException(UserException.Kind.INVALID, "organisations", "組織名は1～500文字です / an organisation name has"
                        + " 1 to 500 characters");
            }
        }
        if (user.displayName().length() > 500) {
            throw new UserException(UserException.Kind.INVALID, "displayName", "表示名は500文字までです / a display name has at most"
                    + " 500 characters");
        }
        return user;
    }

    /** Nobody could manage users any more: refused. */
    private void keepAnAdmin(AdvisorUser old, AdvisorUser changed) {
        boolean wasAdmin = old.has(Role.ADMIN) && !old.locked();
        boolean staysAdmin = changed.has(Role.ADMIN) && !changed.locked();
        if (wasAdmin && !staysAdmin && store.list().stream()
                .noneMatch(u -> !u.name().equals(old.name()) && u.has(Role.ADMIN) && !u.locked())) {
            throw new UserException(UserException.Kind.CONFLICT, "最後の管理者 " + old.name() + " はロックも役割の削除も"
                    + "できません / " + old.name() + " is the last unlocked admin: cannot lock it or take ADMIN away");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new UserException(UserException.Kind.INVALID, "password", "パスワードは" + MIN_PASSWORD + "～" + MAX_PASSWORD
                    + "文字にしてください / a password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
    }

    private static String displayNameOr(String displayName, String name) {
        return displayName == null || displayName.isBlank() ? name : displayName.strip();
    }

    private static String describe(AdvisorUser user) {
        return user.displayName() + " roles=" + user.roles() + " organisations=" + user.organisations()
                + (user.locked() ? " locked" : "");
    }

    private static UserException notFound(String name) {
        return new UserException(UserException.Kind.NOT_FOUND, "利用者 " + name + " はいません / no user " + name);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
