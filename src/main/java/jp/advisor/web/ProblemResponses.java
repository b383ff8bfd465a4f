package jp.advisor.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;

/** Bad submissions answer with RFC 9457 problem details listing every located problem. */
@RestControllerAdvice
class ProblemResponses {

    static final URI INVALID_SUBMISSION = URI.create("urn:advisor:problem:invalid-submission");

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
