package jp.advisor.rules;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the service's rules come from when its history has none: the configured folder, or the set bundled in
 * the jar when that folder does not exist (the jar started from another folder). Which set answers at start
 * (the last published one, or this source recorded as the first version) is decided by the publishing module.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    RuleSource ruleSource(@Value("${advisor.rules.dir}") Path directory) {
        return RuleSource.folderOrBundled(directory);
    }
}
