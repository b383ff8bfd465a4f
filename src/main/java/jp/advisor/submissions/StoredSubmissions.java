package jp.advisor.submissions;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

import jp.advisor.audit.AuditLog;
import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.submission.FileKind;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionReader;
import jp.advisor.users.Access;
import jp.advisor.workbook.SubmissionInput;
import jp.advisor.workbook.Workbooks;

/**
 * Submitting: read the body as {@code POST /api/evaluations} does (same reader, same problems), evaluate it with the
 * rules in use and the organisation's newest stored revision of the year before (its 前年度 figures compared, as
 * {@code POST /api/evaluations} with a {@code previousYear} would), then store the revision, its evaluation (the JSON
 * exactly as answered) naming that previous year, its findings, the reviewer's current decisions carried over from
 * the same findings of the revision before ({@link SameFindings}), its first state (提出) and the audit entry in one
 * transaction; a year already 確定 takes no more revisions (409). Revisions of an organisation are numbered under a
 * lock on its row; a transaction that loses a race (two first uploads of a new organisation) is retried whole.
 */
@Service
public class StoredSubmissions {

    private static final Logger LOG = LoggerFactory.getLogger(StoredSubmissions.class);
    static final int ATTEMPTS = 5;
    static final int MAX_ORGANIZATION_LENGTH = 500;
    /** submission.received_name's size. */
    static final int MAX_FILE_NAME_LENGTH = 500;

    private final SubmissionReader reader;
    private final Evaluator evaluator;
    private final JsonMapper json;
    private final SubmissionStore store;
    private final StoredSheets sheets;
    private final ReviewStore review;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    StoredSubmissions(SubmissionReader reader, Evaluator evaluator, JsonMapper json, SubmissionStore store,
                      StoredSheets sheets, ReviewStore review, AuditLog audit, PlatformTransactionManager transactions) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.json = json;
        this.store = store;
        this.sheets = sheets;
        this.review = review;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * A JSON body is stored as received; a workbook (the 様式, read by {@link SubmissionInput}) is stored as the
     * submission JSON it reads as (what every reader of stored sheets takes), and as the file received, under
     * {@code source} as its name, to be handed back annotated.
     */
    public StoredSubmission submit(byte[] body, String source, Authentication who) {
        boolean workbook = FileKind.of(body) != FileKind.JSON;
        Submission submission = workbook ? SubmissionInput.read(body, source) : reader.read(body, source);
        String organization = submission.organization();
        String actor = who.getName();
        if (organization == null || organization.isBlank() || organization.length() > MAX_ORGANIZATION_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "organization は1～" + MAX_ORGANIZATION_LENGTH
                    + "文字で書いてください / organization must have 1 to " + MAX_ORGANIZATION_LENGTH + " characters");
        }
        Access.checkSubmit(who, organization);
        Optional<PreviousYear> previous = store.newest(organization, submission.fiscalYear().startYear() - 1)
                .flatMap(this::previousYear);
        Evaluation evaluation = evaluator.evaluate(submission, previous.map(PreviousYear::sheet).orElse(null));
        String evaluationJson = json.writeValueAsString(evaluation);
        String received = workbook ? json.writeValueAsString(submission) : new String(body, StandardCharsets.UTF_8);
        ReceivedFile file = workbook ? new ReceivedFile(fileName(source), body) : null;
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> store(submission, received, file, evaluation, evaluationJson,
                        previous.orElse(null), actor));
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.info("submission of {} {} lost a race ({}), retrying", organization,
                        submission.fiscalYear().startYear(), e.getMessage());
            }
        }
    }

    /** The stored revision of the year before that a sheet is compared with, and what it reads as. */
    private record PreviousYear(long id, int revision, Submission sheet) {
    }

    /**
     * The stored previous year read back; one that a reader made stricter since refuses is left out, and this year is
     * evaluated without it (the audit entry says so) rather than the ward's new sheet refused for an old one.
     */
    private Optional<PreviousYear> previousYear(SubmissionStore.Sheet stored) {
        try {
            return Optional.of(new PreviousYear(stored.id(), stored.revision(), sheets.readBack(stored.id(), stored.json())));
        } catch (SubmissionException e) {
            return Optional.empty();
        }
    }

    /** The name a workbook came with, without folders, as the column holds it (its end, when longer). */
    private static String fileName(String source) {
        String name = Workbooks.sourceName(source);
        return name.length() <= MAX_FILE_NAME_LENGTH ? name : name.substring(name.length() - MAX_FILE_NAME_LENGTH);
    }

    private StoredSubmission store(Submission submission, String received, ReceivedFile file, Evaluation evaluation,
                                   String evaluationJson, PreviousYear previousYear, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int year = submission.fiscalYear().startYear();
        long organisation = store.lockOrganisation(submission.organization());
        review.acceptedRevision(organisation, year).ifPresent(accepted -> {
            throw Refusal.accepted(submission.organization(), year, accepted);
        });
        int revision = store.nextRevision(organisation, year);
        Optional<Long> before = review.newestRevision(organisation, year);
        long id = store.insertSubmission(organisation, year, revision, actor, now, received, file);
        store.insertEvaluation(id, evaluation.ruleSet().version(), evaluation.ruleSet().policy(), now, evaluationJson,
                previousYear == null ? null : previousYear.id());
        List<Evaluation.Finding> findings = evaluation.findings();
        List<Long> findingIds = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Evaluation.Finding f = findings.get(i);
            findingIds.add(store.insertFinding(id, i, f.code(), f.severity(), f.location(), f.rule()));
        }
        int carried = before.map(earlier -> carryDecisions(earlier, findings, findingIds)).orElse(0);
        review.insertTransition(id, null, ReviewState.SUBMITTED, null, actor, now);
        audit.record(actor, "SUBMIT", "submission:" + id, submission.organization() + " " + submission.fiscalYear()
                + " (" + year + ") revision " + revision + ", rule set " + evaluation.ruleSet().version()
                + ", policy " + evaluation.ruleSet().policy() + ", " + findings.size() + " finding(s)"
                + (previousYear == null ? ", no previous year compared"
                        : ", compared with submission:" + previousYear.id() + " (" + (year - 1) + " revision "
                        + previousYear.revision() + ")")
                + (carried == 0 ? "" : ", " + carried + " decision(s) carried from revision " + (revision - 1)));
        return store.find(id).orElseThrow();
    }

    /**
     * Each current decision on a finding of the revision before that this revision has again (same code, same
     * location) is recorded on the new finding too, naming the decision it copies: the reviewer's 説明あり or 誤検知
     * still holds, a 要修正 still waits for its fix. Answers how many were carried.
     */
    private int carryDecisions(long earlier, List<Evaluation.Finding> findings, List<Long> findingIds) {
        Map<Long, ReviewStore.Decided> current = new HashMap<>();
        review.decisions(earlier).forEach(d -> current.put(d.finding(), d)); // oldest first: the last one stays
        Map<Integer, ReviewStore.FindingRow> same = SameFindings.match(findings, Evaluation.Finding::code,
                Evaluation.Finding::location, review.findings(earlier), ReviewStore.FindingRow::code,
                ReviewStore.FindingRow::location);
        int carried = 0;
        for (Map.Entry<Integer, ReviewStore.FindingRow> match : same.entrySet()) {
            ReviewStore.Decided decided = current.get(match.getValue().id());
            if (decided != null) {
                StoredSubmission.Decision d = decided.decision();
                review.insertDisposition(findingIds.get(match.getKey()), d.disposition(), d.comment(), d.decidedBy(),
                        d.decidedAt(), decided.id());
                carried++;
            }
        }
        return carried;
    }

    public StoredSubmission.WithRevisions find(long id, Authentication who) {
        StoredSubmission found = readable(id, who);
        return new StoredSubmission.WithRevisions(found, store.otherRevisions(id));
    }

    public String evaluationJson(long id, Authentication who) {
        readable(id, who);
        return store.evaluationJson(id).orElseThrow(() -> new NoSuchSubmissionException(id));
    }

    /** The sheet as stored: the JSON received, or the JSON a workbook read as (what the pages lay out). */
    public String submissionJson(long id, Authentication who) {
        readable(id, who);
        return store.submissionJson(id).orElseThrow(() -> new NoSuchSubmissionException(id));
    }

    /** The workbook the revision came as, when it came as one. */
    public Optional<ReceivedFile> receivedFile(long id, Authentication who) {
        readable(id, who);
        return store.receivedFile(id);
    }

    /** The submission, when it exists (404) and {@code who} may read its organisation (403). */
    StoredSubmission readable(long id, Authentication who) {
        StoredSubmission found = store.find(id).orElseThrow(() -> new NoSuchSubmissionException(id));
        Access.checkRead(who, found.organization());
        return found;
    }

    /** Staff see only their own organisations: asking for another is refused, asking for none lists their own. */
    public StoredSubmission.Page list(String organization, Integer fiscalYear, ReviewState state, boolean allRevisions,
                               int page, int size, Authentication who) {
        if (organization != null) {
            Access.checkRead(who, organization);
        }
        List<String> within = organization != null ? List.of(organization)
                : Access.readableOrganisations(who).orElse(null);
        return store.list(within, fiscalYear, state, allRevisions, page, size);
    }
}
