package jp.advisor.evaluation;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.advisor.rules.ActiveRules;
import jp.advisor.submission.SubmissionReader;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    EvaluationBounds evaluationBounds(@Value("${advisor.evaluation.max-firings}") int maxFirings,
                                      @Value("${advisor.evaluation.time-budget}") Duration timeBudget,
                                      @Value("${advisor.evaluation.max-stuck-threads}") int maxStuckThreads) {
        return new EvaluationBounds(maxFirings, timeBudget, maxStuckThreads);
    }

    @Bean
    Evaluator evaluator(ActiveRules rules, EvaluationBounds bounds) {
        return new Evaluator(rules, bounds);
    }

    @Bean
    SubmissionReader submissionReader() {
        return new SubmissionReader();
    }
}
