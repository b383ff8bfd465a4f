package jp.advisor.web;

import java.io.IOException;
import java.time.Duration;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Placed before HTTP Basic and the login form: a login attempt (Basic credentials, or the form's post to
 * {@code /login}) by a locked user name or from a locked address is answered 429 with {@code Retry-After} and its
 * password is never checked, so guessing gains nothing while locked. Requests without credentials (evaluations,
 * reviews) are not throttled.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final HandlerExceptionResolver problems;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle, HandlerExceptionResolver problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = user(request);
        if (user != null) {
            Duration wait = throttle.waitFor(user, request.getRemoteAddr());
            if (!wait.isZero()) {
                problems.resolveException(request, response, null, new LoginThrottledException(wait));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The user name of HTTP Basic credentials or of the login form; null without them (a malformed header is Basic's to refuse). */
    private String user(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String name = request.getParameter("username");
            return name == null ? "" : name;
        }
        try {
            UsernamePasswordAuthenticationToken credentials = basic.convert(request);
            return credentials == null ? null : credentials.getName();
        } catch (AuthenticationException e) {
            return null;
        }
    }
}
