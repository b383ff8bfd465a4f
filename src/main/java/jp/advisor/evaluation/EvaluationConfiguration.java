package jp.advisor.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.advisor.rules.ActiveRules;
import jp.advisor.submission.SubmissionReader;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    Evaluator evaluator(ActiveRules rules) {
        return new Evaluator(rules);
    }

    @Bean
    SubmissionReader submissionReader() {
        return new SubmissionReader();
    }
}
