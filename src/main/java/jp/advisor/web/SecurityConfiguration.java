package jp.advisor.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Evaluations and reviews are open to staff and reviewers; the rule set in use can be read by anyone;
 * checking, comparing, publishing and rolling back rules need the POLICY role (HTTP Basic), so that the
 * history can say who published what.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                // A JSON API called by tools with HTTP Basic, no browser session to protect from CSRF.
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/rules").permitAll()
                        .requestMatchers("/api/rules/**").hasRole("POLICY")
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .build();
    }
}
