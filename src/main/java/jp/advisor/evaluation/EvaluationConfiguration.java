package jp.advisor.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.advisor.rules.RuleSet;
import jp.advisor.submission.SubmissionReader;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    Evaluator evaluator(RuleSet ruleSet) {
        return new Evaluator(() -> ruleSet);
    }

    @Bean
    SubmissionReader submissionReader() {
        return new SubmissionReader();
    }
}
