package jp.advisor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed logins per user name and per client address from Spring Security's authentication events, and
 * says how long a name or an address must wait ({@link LoginThrottleFilter} refuses it meanwhile). Counters are
 * kept in a bounded cache that forgets a key once it has been quiet longer than any lock, so that a flood of
 * made-up names cannot fill the memory.
 */
@Component
class LoginThrottle {

    /** One key's recent failures and locks; immutable, replaced atomically. */
    record Attempts(int failures, Instant windowStart, int locks, Instant lockedUntil) {
    }

    private final HttpLimits.Login settings;
    private final Clock clock;
    private final Cache<String, Attempts> attempts;

    @Autowired
    LoginThrottle(HttpLimits limits) {
        this(limits.login(), Clock.systemUTC());
    }

    /** With a clock of the test's choosing. */
    LoginThrottle(HttpLimits.Login settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.attempts = Caffeine.newBuilder()
                .maximumSize(settings.trackedKeys())
                .expireAfterAccess(settings.maxLock().plus(settings.window()))
                .build();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Instant now = clock.instant();
        for (String key : keys(event.getAuthentication())) {
            attempts.asMap().compute(key, (k, before) -> afterFailure(before, now));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        attempts.invalidateAll(keys(event.getAuthentication()));
    }

    /** How long a login by {@code user} from {@code address} must still wait; zero when it may go ahead. */
    Duration waitFor(String user, String address) {
        if (!settings.throttle()) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : List.of(userKey(user), addressKey(address))) {
            Attempts a = attempts.getIfPresent(key);
            if (a != null && a.lockedUntil() != null && now.isBefore(a.lockedUntil())) {
                Duration left = Duration.between(now, a.lockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    private Attempts afterFailure(Attempts before, Instant now) {
        boolean fresh = before == null || Duration.between(before.windowStart(), now).compareTo(settings.window()) > 0;
        int failures = fresh ? 1 : before.failures() + 1;
        Instant windowStart = fresh ? now : before.windowStart();
        int locks = before == null ? 0 : before.locks();
        Instant lockedUntil = before == null ? null : before.lockedUntil();
        if (failures >= settings.maxFailures()) {
            // Each further lock lasts twice the last: a slow guesser gets fewer tries per hour, a typo costs a minute.
            Duration lock = settings.firstLock().multipliedBy(1L << Math.min(locks, 20));
            lockedUntil = now.plus(lock.compareTo(settings.maxLock()) > 0 ? settings.maxLock() : lock);
            return new Attempts(0, now, locks + 1, lockedUntil);
        }
        return new Attempts(failures, windowStart, locks, lockedUntil);
    }

    private static List<String> keys(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        return address == null ? List.of(userKey(authentication.getName()))
                : List.of(userKey(authentication.getName()), addressKey(address));
    }

    private static String userKey(String user) {
        return "user:" + user;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
