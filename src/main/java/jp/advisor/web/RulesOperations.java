package jp.advisor.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.ActiveRules;
import jp.advisor.rules.RuleSet;

/**
 * What operators see of the rules under {@code /actuator}: the health contributor {@code rules} (in the readiness
 * group, management.endpoint.health.group.readiness.include) and the rule set in {@code /actuator/info}.
 * <p>
 * Readiness: the set that answers is compiled while the context starts ({@code publishing.StartingRules} makes the
 * {@link ActiveRules} bean), and Spring Boot keeps the readiness state at {@code REFUSING_TRAFFIC} until the
 * application is ready, which is after that; so {@code /actuator/health/readiness} is DOWN (503) until a rule set
 * answers. The {@code rules} contributor says so too, and names the version once there is one.
 */
@Configuration(proxyBeanMethods = false)
class RulesOperations {

    /**
     * Health contributor "rules": UP with the version of the set in use. It exists only once {@link ActiveRules}
     * does (a set always answers from then on); before that the readiness state is still REFUSING_TRAFFIC.
     */
    @Bean
    HealthIndicator rulesHealthIndicator(ActiveRules rules) {
        return () -> {
            RuleSet set = rules.get();
            return Health.up().withDetail("version", set.version()).withDetail("files", set.files().size()).build();
        };
    }

    /**
     * {@code "rules": {"version": "sha256:…", "files": 17, "policy": "trajectory"}} in {@code /actuator/info}: the
     * version is the one {@code GET /api/rules} names; the policy is the judging policy the rule files choose, as an
     * evaluation names it ({@code ruleSet.policy}), asked of the set once per version ({@link Evaluator#policyOf}).
     */
    @Bean
    InfoContributor rulesInfo(ActiveRules rules, Evaluator evaluator) {
        Map<String, String> policies = new ConcurrentHashMap<>();
        return builder -> {
            RuleSet set = rules.get();
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("version", set.version());
            info.put("files", set.files().size());
            // Asked of this very set, so a publish meanwhile cannot file one set's policy under another's version.
            // A set that chooses none (or cannot run) shows null, and is asked again next time.
            String policy = policies.get(set.version());
            if (policy == null) {
                policy = evaluator.policyOf(set);
                if (policy != null) {
                    policies.put(set.version(), policy);
                }
            }
            info.put("policy", policy);
            builder.withDetail("rules", info);
        };
    }
}
