package jp.advisor.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jp.advisor.evaluation.EvaluationAbortedException;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;

/**
 * Bad submissions answer with RFC 9457 problem details listing every located problem; rules that cannot finish an
 * evaluation answer with the rule and what it did, never a bare 500.
 */
@RestControllerAdvice
class ProblemResponses {

    static final URI INVALID_SUBMISSION = URI.create("urn:advisor:problem:invalid-submission");
    static final URI RULES_FAILED = URI.create("urn:advisor:problem:rules-failed");
    static final URI EVALUATION_TIMEOUT = URI.create("urn:advisor:problem:evaluation-timeout");

    /**
     * 422 when the rules kept firing or threw: the rule set in use is at fault, and retrying will not help;
     * 503 when the time budget ran out: the service could not answer in time (a busy machine, or a rule stuck).
     */
    @ExceptionHandler(EvaluationAbortedException.class)
    ProblemDetail rulesFailed(EvaluationAbortedException e) {
        boolean time = e.kind() == EvaluationAbortedException.Kind.TIME;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                time ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(time ? EVALUATION_TIMEOUT : RULES_FAILED);
        problem.setTitle(time ? "評価が時間内に終わりませんでした / Evaluation timed out"
                : "ルールが評価を終えられませんでした / The rules failed on this submission");
        problem.setProperty("kind", e.kind().name());
        problem.setProperty("rule", e.rule());
        problem.setProperty("ruleSetVersion", e.ruleSetVersion());
        problem.setProperty("message", e.messageJa());
        problem.setProperty("messageEn", e.messageEn());
        return problem;
    }

    @ExceptionHandler(SubmissionException.class)
    ProblemDetail invalidSubmission(SubmissionException e) {
        List<SubmissionProblem> problems = e.getProblems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "提出データに" + problems.size() + "件の問題があります / the submission has "
                        + problems.size() + " problem(s)");
        problem.setType(INVALID_SUBMISSION);
        problem.setTitle("提出データを読めません / Invalid submission");
        problem.setProperty("errors", problems.stream()
                .map(p -> new Located(p.path(), p.line(), p.column(), p.messageJa(), p.messageEn())).toList());
        return problem;
    }

    /** One problem of a submission, where it is and what is wrong, in Japanese and English. */
    record Located(String path, Integer line, Integer column, String message, String messageEn) {
    }
}
