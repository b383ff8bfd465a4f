package jp.advisor.users;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Logging in against the users in the database, with Spring Security's delegating password encoder (bcrypt). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsersConfiguration.Settings.class)
class UsersConfiguration {

    /**
     * {@code advisor.users.*}: the first admin's password ({@code ADVISOR_ADMIN_PASSWORD}; generated and printed once
     * when not set) and users to create at start when they do not exist yet (never changed once there).
     */
    @ConfigurationProperties("advisor.users")
    record Settings(String adminPassword, Map<String, Seed> seed) {

        Settings {
            seed = seed == null ? Map.of() : seed;
        }

        record Seed(String password, String displayName, List<Role> roles, List<String> organisations) {
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accounts(UserStore store) {
        return name -> store.find(name).map(found -> new Account(found.user(), found.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException(name));
    }
}
