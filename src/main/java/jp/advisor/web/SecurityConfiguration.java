package jp.advisor.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import jakarta.servlet.http.HttpServletRequest;

import jp.advisor.workbook.Workbooks;

/**
 * Evaluations and reviews are open to staff and reviewers; the rule set in use can be read by anyone; stored
 * submissions ({@code /api/submissions}) need a login, reading them too;
 * checking, comparing, publishing and rolling back rules need the POLICY role (HTTP Basic), so that the
 * history can say who published what. The OpenAPI document and Swagger UI are open (GET); of the actuator,
 * {@code /actuator/health} (and its probes) and {@code /actuator/info} are open, everything else needs ADMIN.
 * <p>
 * CSRF: a request that changes state needs Spring Security's CSRF token unless its body is JSON. A cross-site
 * HTML form can send only form, multipart or plain-text bodies, and a cross-site script needs a CORS preflight
 * for {@code application/json}, which this service never grants; so scripts using the JSON API with Basic need no
 * token, while any form post, with a cached Basic login or a session, is refused (403). The form-login pages
 * to come get the token in their forms from the session repository, as Thymeleaf does by itself.
 * Failed logins are throttled ({@link LoginThrottle}); bodies are bounded ({@link RequestBodyLimit}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpLimits.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle,
                            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
        // Answered as problem details by ProblemResponses, like every other refusal: 401 with the Basic challenge, 403.
        AuthenticationEntryPoint login = (request, response, e) -> problems.resolveException(request, response, null, e);
        return http
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::hasBodyNoFormCanSend))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/rules").permitAll()
                        // The API's documentation, for everyone (GET only; POSTs below keep their own rules).
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // Operators: health (with its liveness and readiness groups) and info for anyone, details of
                        // health only for ADMIN (management.endpoint.health.roles); any other actuator endpoint, were one
                        // exposed, only for ADMIN.
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                        .requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/rules/**").hasRole("POLICY")
                        // Users: admins manage them; anyone logged in reads their own account and sets their password.
                        .requestMatchers("/api/users/me", "/api/users/me/**").authenticated()
                        .requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole("ADMIN")
                        // Stored submissions: staff submit (for their own organisations, Access); reviewers decide on
                        // findings and move submissions through the review; reading needs a login, and staff read
                        // only their own organisations' (Access).
                        .requestMatchers(HttpMethod.POST, "/api/submissions").hasRole("STAFF")
                        .requestMatchers(HttpMethod.PUT, "/api/submissions/*/findings/*/disposition").hasRole("REVIEWER")
                        .requestMatchers(HttpMethod.POST, "/api/submissions/*/transitions").hasRole("REVIEWER")
                        .requestMatchers(HttpMethod.GET, "/api/submissions", "/api/submissions/**").authenticated()
                        .requestMatchers("/api/submissions", "/api/submissions/**").authenticated()
                        // The review report of a year's stored submissions; POST /api/reviews (a report over the
                        // sheets in the body, nothing stored read) stays open like POST /api/evaluations.
                        .requestMatchers(HttpMethod.GET, "/api/reviews/**").hasAnyRole("REVIEWER", "POLICY", "ADMIN")
                        // The web pages (module ui): each role's pages for that role, the home page for anyone logged in.
                        .requestMatchers("/staff", "/staff/**").hasRole("STAFF")
                        .requestMatchers("/review", "/review/**").hasRole("REVIEWER")
                        .requestMatchers("/policy", "/policy/**").hasRole("POLICY")
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers("/account", "/account/**").authenticated()
                        .anyRequest().permitAll())
                // Browsers log in with a form (CSRF token in it, a session cookie after); scripts use HTTP Basic.
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(login))
                // A page asked for without a login goes to the login form, and a page of another role is the HTML
                // error page (403); the API answers problem details, 401 with the Basic challenge.
                .exceptionHandling(refused -> refused
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                SecurityConfiguration::isPage)
                        .defaultAuthenticationEntryPointFor(login, request -> !isPage(request))
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), SecurityConfiguration::isPage)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> problems.resolveException(request, response, null, e),
                                request -> !isPage(request)))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .build();
    }

    /** Before Spring Security, so that an oversized body is refused before anything else reads it. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(HttpLimits limits,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(limits.maxBodySize().toBytes(), problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** A web page, not the API, its documentation or the actuator: refusals are shown as pages. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
                || path.startsWith("/v3/") || path.startsWith("/swagger-ui"));
    }

    /** JSON or a workbook: bodies a cross-site form cannot send, nor a cross-site script without a preflight. */
    static boolean hasBodyNoFormCanSend(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(media)
                    // a workbook body: no cross-site form can send this type either, so it is exempt like JSON
                    || MediaType.parseMediaType(Workbooks.XLSX).equalsTypeAndSubtype(media)
                    || ("application".equals(media.getType()) && "json".equals(media.getSubtypeSuffix()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
