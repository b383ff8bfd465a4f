package jp.advisor.rules;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compiles the configured rule folder at start-up, or the set bundled in the jar when that folder does not
 * exist (the jar started from another folder); a broken folder stops the service with the located problems.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    @Bean
    ActiveRules activeRules(@Value("${advisor.rules.dir}") Path directory) {
        RuleSource source = RuleSource.folderOrBundled(directory);
        if (source.bundled()) {
            log.warn(source.describe());
        } else {
            log.info(source.describe());
        }
        return new ActiveRules(source.load());
    }
}
