package jp.advisor.web;

import java.time.Duration;

/** Too many failed logins for a user name or from an address: try again after {@link #retryAfter()}. */
class LoginThrottledException extends RuntimeException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("too many failed logins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as Retry-After wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
