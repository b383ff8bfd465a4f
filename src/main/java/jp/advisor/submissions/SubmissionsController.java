package jp.advisor.submissions;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.submission.FiscalYear;
import jp.advisor.workbook.Workbooks;

/**
 * {@code /api/submissions}: submit a sheet (a new revision, evaluated and stored), list the stored ones, get one
 * with its other revisions, get its evaluation as it was answered; the review: its findings and the decisions on
 * them, its moves through 提出 → 確認中 → 差戻し / 確定. Every call needs a login; submitting needs STAFF, deciding
 * and moving REVIEWER (SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/submissions")
class SubmissionsController {

    static final URI NO_SUCH_SUBMISSION = URI.create("urn:advisor:problem:no-such-submission");
    static final int MAX_PAGE_SIZE = 100;

    private final StoredSubmissions submissions;
    private final ReviewWorkflow workflow;

    SubmissionsController(StoredSubmissions submissions, ReviewWorkflow workflow) {
        this.submissions = submissions;
        this.workflow = workflow;
    }

    /** A move: {@code to} a state's code or Japanese word; {@code message} to the ward, required for 差戻し. */
    record TransitionRequest(String to, String message) {
    }

    /** A decision on a finding: {@code disposition} its code or Japanese word (要修正, 説明あり, 誤検知). */
    record DispositionRequest(String disposition, String comment) {
    }

    // Raw bytes, as /api/evaluations takes them: the reader locates problems to line and column.
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredSubmission> submit(@RequestBody byte[] body, Authentication who) {
        return created(submissions.submit(body, "request body", who));
    }

    /** The 様式 workbook as the body ({@code Content-Type} of .xlsx; scripts need no CSRF token, as for JSON). */
    @PostMapping(consumes = Workbooks.XLSX, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredSubmission> submitWorkbook(@RequestBody byte[] body,
                                                    @RequestParam(defaultValue = "workbook.xlsx") String name,
                                                    Authentication who) {
        return created(submissions.submit(body, name, who));
    }

    /** A file chosen in a browser's form (part {@code file}, JSON or workbook; the form carries its CSRF token). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredSubmission> submitFile(@RequestPart("file") MultipartFile file, Authentication who)
            throws java.io.IOException {
        return created(submissions.submit(file.getBytes(), Workbooks.sourceName(file.getOriginalFilename()), who));
    }

    private static ResponseEntity<StoredSubmission> created(StoredSubmission stored) {
        return ResponseEntity.created(URI.create("/api/submissions/" + stored.id())).body(stored);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    StoredSubmission.Page list(@RequestParam(required = false) String organization,
                               @RequestParam(required = false) String fiscalYear,
                               @RequestParam(required = false) String state,
                               @RequestParam(defaultValue = "false") boolean allRevisions,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size,
                               Authentication who) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page は0以上、size は1～" + MAX_PAGE_SIZE
                    + "です / page is 0 or more, size 1 to " + MAX_PAGE_SIZE);
        }
        return submissions.list(organization == null || organization.isBlank() ? null : organization,
                startYear(fiscalYear), state(state), allRevisions, page, size, who);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    StoredSubmission.WithRevisions get(@PathVariable long id, Authentication who) {
        return submissions.find(id, who);
    }

    /** The evaluation as stored: the bytes {@code POST /api/evaluations} answered for this submission then. */
    @ApiResponse(responseCode = "200", description = "提出時の評価（POST /api/evaluations の答えと同じ形） / the evaluation"
            + " as answered when submitted (as POST /api/evaluations answers)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Evaluation.class)))
    @GetMapping(path = "/{id}/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> evaluation(@PathVariable long id, Authentication who) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(submissions.evaluationJson(id, who).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/{id}/transitions", produces = MediaType.APPLICATION_JSON_VALUE)
    StoredSubmission.WithTransitions transitions(@PathVariable long id, Authentication who) {
        return workflow.transitions(id, who);
    }

    @PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    StoredSubmission.WithTransitions move(@PathVariable long id, @RequestBody TransitionRequest move, Authentication who) {
        return workflow.move(id, move.to(), move.message(), who);
    }

    @GetMapping(path = "/{id}/findings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<StoredSubmission.Finding> findings(@PathVariable long id, Authentication who) {
        return workflow.findings(id, who);
    }

    @PutMapping(path = "/{id}/findings/{findingId}/disposition", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    StoredSubmission.Finding dispose(@PathVariable long id, @PathVariable long findingId,
                                     @RequestBody DispositionRequest decision, Authentication who) {
        return workflow.dispose(id, findingId, decision.disposition(), decision.comment(), who);
    }

    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal e) {
        return e.problem();
    }

    @ExceptionHandler(NoSuchSubmissionException.class)
    ProblemDetail notFound(NoSuchSubmissionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NO_SUCH_SUBMISSION);
        problem.setTitle("提出が見つかりません / Submission not found");
        problem.setProperty("id", e.id());
        return problem;
    }

    /** A state's code or Japanese word; null when absent. */
    private static ReviewState state(String state) {
        return state == null || state.isBlank() ? null : ReviewWorkflow.read(ReviewState::read, state);
    }

    /** {@code 2016} or any way a submission may write its year ({@code 平成28年度}, {@code H28}); null when absent. */
    private static Integer startYear(String fiscalYear) {
        if (fiscalYear == null || fiscalYear.isBlank()) {
            return null;
        }
        try {
            return FiscalYear.read(fiscalYear.strip()).startYear();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "fiscalYear を読めません / unreadable fiscalYear: "
                    + e.getMessage());
        }
    }
}
