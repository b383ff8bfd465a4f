package jp.advisor.rules;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Compiles the bundled rule folder at start-up; a broken folder stops the service with the located problems. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    ActiveRules activeRules(@Value("${advisor.rules.dir}") Path directory) {
        return new ActiveRules(new RuleSetLoader().load(directory));
    }
}
