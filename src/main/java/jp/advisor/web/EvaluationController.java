package jp.advisor.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.submission.SubmissionReader;

/** POST a submission (CONTRACT.md), get its evaluation. */
@RestController
class EvaluationController {

    private final SubmissionReader reader;
    private final Evaluator evaluator;

    EvaluationController(SubmissionReader reader, Evaluator evaluator) {
        this.reader = reader;
        this.evaluator = evaluator;
    }

    // Raw bytes, so that problems can be located to line and column by our reader.
    @PostMapping(path = "/api/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Evaluation evaluate(@RequestBody byte[] body) {
        return evaluator.evaluate(reader.read(body, "request body"));
    }
}
