package jp.advisor.submissions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.audit.AuditLog;

/**
 * The review of stored revisions: a reviewer's moves (提出 → 確認中 → 差戻し / 確定, {@link ReviewState}) and decisions
 * on findings ({@link Disposition}), each a new row with its audit entry in one transaction, under the lock a submit
 * takes on the organisation, so that a move, a decision and a new revision never judge a state another changes.
 */
@Service
public class ReviewWorkflow {

    /** The longest message or comment (the columns' size). */
    static final int MAX_TEXT = 4000;

    private final StoredSubmissions submissions;
    private final SubmissionStore store;
    private final ReviewStore review;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    ReviewWorkflow(StoredSubmissions submissions, SubmissionStore store, ReviewStore review, AuditLog audit,
                   JsonMapper json, PlatformTransactionManager transactions) {
        this.submissions = submissions;
        this.store = store;
        this.review = review;
        this.audit = audit;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    public StoredSubmission.WithTransitions transitions(long id, Authentication who) {
        return new StoredSubmission.WithTransitions(submissions.readable(id, who), review.transitions(id));
    }

    /** Moves the newest revision of its year to {@code to}, when its state allows; 差戻し needs a message. */
    public StoredSubmission.WithTransitions move(long id, String to, String message, Authentication who) {
        ReviewState next = read(ReviewState::read, to);
        String text = text(message, "message");
        if (next == ReviewState.RETURNED && text == null) {
            throw new Refusal(HttpStatus.BAD_REQUEST, Refusal.MESSAGE_REQUIRED, "メッセージが必要です / Message required",
                    "差戻しには区への理由（message）を書いてください / a return to the ward needs a message saying why",
                    Map.of("id", id));
        }
        submissions.readable(id, who);
        String actor = who.getName();
        return transaction.execute(status -> {
            ReviewStore.Year year = review.yearOf(id).orElseThrow(() -> new NoSuchSubmissionException(id));
            review.lockOrganisation(year.organisation());
            requireNewest(year, id);
            ReviewState current = review.stateOf(id);
            if (!current.successors().contains(next)) {
                List<ReviewState> allowed = List.copyOf(current.successors());
                String names = allowed.isEmpty() ? "なし / none"
                        : String.join("、", allowed.stream().map(s -> s.ja() + " " + s.name()).toList());
                throw new Refusal(HttpStatus.CONFLICT, Refusal.TRANSITION_NOT_ALLOWED, "この状態には移せません / Move not allowed",
                        current.ja() + "（" + current.name() + "）から" + next.ja() + "（" + next.name()
                                + "）には移せません。移せる状態: " + names + " / cannot move from " + current.name() + " to "
                                + next.name() + "; allowed: " + (allowed.isEmpty() ? "none" : allowed),
                        Map.of("state", current.name(), "allowed", allowed.stream().map(Enum::name).toList()));
            }
            review.insertTransition(id, current, next, text, actor, now());
            audit.record(actor, "TRANSITION", "submission:" + id, current.name() + " → " + next.name()
                    + (text == null ? "" : ": " + text));
            return new StoredSubmission.WithTransitions(store.find(id).orElseThrow(), review.transitions(id));
        });
    }

    /**
     * Refuses (409) a move or a decision on a revision the ward has since replaced: the review is of the newest one,
     * and a decision made on an older one would be seen nowhere.
     */
    private void requireNewest(ReviewStore.Year year, long id) {
        long newest = review.newestRevision(year.organisation(), year.fiscalYear()).orElseThrow();
        if (newest != id) {
            throw new Refusal(HttpStatus.CONFLICT, Refusal.NOT_NEWEST_REVISION, "最新の版ではありません / Not the newest revision",
                    "提出 " + id + " は最新の版ではありません。最新の版は提出 " + newest + " です / submission " + id
                            + " is not the newest revision: submission " + newest + " is",
                    Map.of("id", id, "newestId", newest));
        }
    }

    public List<StoredSubmission.Finding> findings(long id, Authentication who) {
        submissions.readable(id, who);
        return findings(id, review.findings(id));
    }

    /** Records a decision on one of the newest revision's findings, unless its year is 確定. */
    public StoredSubmission.Finding dispose(long id, long finding, String disposition, String comment, Authentication who) {
        Disposition decided = read(Disposition::read, disposition);
        String text = text(comment, "comment");
        submissions.readable(id, who);
        String actor = who.getName();
        return transaction.execute(status -> {
            ReviewStore.Year year = review.yearOf(id).orElseThrow(() -> new NoSuchSubmissionException(id));
            review.lockOrganisation(year.organisation());
            ReviewStore.FindingRow row = review.finding(id, finding).orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND,
                    Refusal.NO_SUCH_FINDING, "指摘が見つかりません / Finding not found",
                    "提出 " + id + " に指摘 " + finding + " はありません / submission " + id + " has no finding " + finding,
                    Map.of("id", id, "findingId", finding)));
            review.acceptedRevision(year.organisation(), year.fiscalYear()).ifPresent(accepted -> {
                throw Refusal.accepted(year.organization(), year.fiscalYear(), accepted);
            });
            requireNewest(year, id);
            review.insertDisposition(finding, decided, text, actor, now());
            audit.record(actor, "DISPOSITION", "submission:" + id, "finding " + finding + " (" + row.code() + "): "
                    + decided.name() + (text == null ? "" : ": " + text));
            return findings(id, List.of(row)).get(0);
        });
    }

    /** The rows with their texts from the evaluation as stored (at the same ordinal) and their decisions. */
    private List<StoredSubmission.Finding> findings(long id, List<ReviewStore.FindingRow> rows) {
        JsonNode evaluated = json.readTree(store.evaluationJson(id).orElseThrow(() -> new NoSuchSubmissionException(id)))
                .path("findings");
        Map<Long, List<StoredSubmission.Decision>> decisions = new HashMap<>();
        review.decisions(id).forEach(d -> decisions.computeIfAbsent(d.finding(), f -> new ArrayList<>()).add(d.decision()));
        return rows.stream().map(row -> {
            JsonNode message = evaluated.path(row.ordinal()).path("message");
            List<StoredSubmission.Decision> history = decisions.getOrDefault(row.id(), List.of());
            return new StoredSubmission.Finding(row.id(), row.ordinal(), row.code(), row.severity(), row.location(),
                    row.rule(), string(message.path("ja")), string(message.path("en")),
                    history.isEmpty() ? null : history.get(history.size() - 1), history);
        }).toList();
    }

    private static String string(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    /** The state or disposition as code or Japanese word; an unknown one is a bad request naming the known ones. */
    static <T> T read(Function<String, T> reader, String word) {
        try {
            return reader.apply(word);
        } catch (IllegalArgumentException e) {
            throw Refusal.badRequest(e.getMessage());
        }
    }

    /** Null when blank; refused (400) over {@link #MAX_TEXT} characters. */
    private static String text(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw Refusal.badRequest(field + " は" + MAX_TEXT + "文字までです / " + field + " may have at most " + MAX_TEXT
                    + " characters");
        }
        return text;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
