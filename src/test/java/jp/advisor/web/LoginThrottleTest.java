package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTest {

    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-04-01T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }
    }

    final Hands clock = new Hands();
    final LoginThrottle throttle = new LoginThrottle(
            new HttpLimits.Login(true, 5, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(10), 100), clock);

    static UsernamePasswordAuthenticationToken attempt(String user, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, "guess");
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt(user, address), new BadCredentialsException("no")));
        }
    }

    @Test
    void fourFailuresInAMinuteAreNotYetLocked() {
        fail("policy", "10.0.0.1", 4);

        assertThat(throttle.waitFor("policy", "10.0.0.1")).isZero();
    }

    @Test
    void theFifthFailureLocksTheNameAndTheAddressForAMinute() {
        fail("policy", "10.0.0.1", 5);

        assertThat(throttle.waitFor("policy", "10.0.0.9")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("someone", "10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("someone", "10.0.0.9")).isZero();
        clock.pass(Duration.ofSeconds(61));
        assertThat(throttle.waitFor("policy", "10.0.0.1")).isZero();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotAddUp() {
        fail("policy", "10.0.0.1", 4);
        clock.pass(Duration.ofSeconds(61));
        fail("policy", "10.0.0.1", 4);

        assertThat(throttle.waitFor("policy", "10.0.0.1")).isZero();
    }

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToTheMaximum() {
        fail("policy", "10.0.0.1", 5);
        clock.pass(Duration.ofMinutes(1));
        fail("policy", "10.0.0.1", 5);
        assertThat(throttle.waitFor("policy", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
        clock.pass(Duration.ofMinutes(2));
        fail("policy", "10.0.0.1", 5);
        assertThat(throttle.waitFor("policy", "10.0.0.1")).isEqualTo(Duration.ofMinutes(4));
        clock.pass(Duration.ofMinutes(4));
        fail("policy", "10.0.0.1", 5);
        clock.pass(Duration.ofMinutes(8));
        fail("policy", "10.0.0.1", 5);
        assertThat(throttle.waitFor("policy", "10.0.0.1")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aSuccessfulLoginForgetsTheFailuresOfItsNameAndAddress() {
        fail("policy", "10.0.0.1", 4);
        UsernamePasswordAuthenticationToken ok = attempt("policy", "10.0.0.1");
        throttle.succeeded(new AuthenticationSuccessEvent(ok));
        fail("policy", "10.0.0.1", 4);

        assertThat(throttle.waitFor("policy", "10.0.0.1")).isZero();
    }

    @Test
    void turnedOffItNeverLocks() {
        LoginThrottle off = new LoginThrottle(
                new HttpLimits.Login(false, 5, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(10), 100), clock);
        for (int i = 0; i < 20; i++) {
            off.failed(new AuthenticationFailureBadCredentialsEvent(attempt("policy", "10.0.0.1"), new BadCredentialsException("no")));
        }

        assertThat(off.waitFor("policy", "10.0.0.1")).isZero();
    }
}
