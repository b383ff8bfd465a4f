package jp.advisor.rules;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Compiles the rule folder once at start-up; a broken rule folder stops the service with the located problems. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    RuleSet ruleSet(@Value("${advisor.rules.dir}") Path directory) {
        return new RuleSetLoader().load(directory);
    }
}
