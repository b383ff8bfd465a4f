package jp.advisor.ui.staff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.submission.Submission;
import jp.advisor.submissions.NoSuchSubmissionException;
import jp.advisor.submissions.ReviewState;
import jp.advisor.submissions.ReviewWorkflow;
import jp.advisor.submissions.ReceivedFile;
import jp.advisor.submissions.StoredSubmission;
import jp.advisor.submissions.StoredSubmissions;
import jp.advisor.users.Access;
import jp.advisor.workbook.SubmissionInput;
import jp.advisor.workbook.Workbooks;

/**
 * A stored revision as the submission page and its annotated workbook show it: the sheet as stored, the evaluation
 * as answered on submit (not re-run: what the reviewer sees), its findings, revisions and moves through the review.
 */
@Component
class SubmissionPage {

    private static final String ERROR_PAGE = "ui/error";

    private final StoredSubmissions submissions;
    private final ReviewWorkflow workflow;
    private final JsonMapper json;

    SubmissionPage(StoredSubmissions submissions, ReviewWorkflow workflow, JsonMapper json) {
        this.submissions = submissions;
        this.workflow = workflow;
        this.json = json;
    }

    /** A revision of the review, the page's own marked {@code current}. */
    record RevisionLink(long id, int revision, String submittedBy, java.time.OffsetDateTime submittedAt,
                        String stateLabel, boolean current) {
    }

    /**
     * Fills the model of {@code ui/staff/submission}; a submission that does not exist or that the user may not read
     * is the error page instead (404, 403), with the API's message.
     *
     * @param uploadErrors why a resubmitted file was refused, shown beside the resubmit form; null when none
     */
    String show(long id, Authentication who, Model model, HttpServletResponse response, List<String> uploadErrors) {
        List<RevisionLink> revisions = fill(id, who, model, response);
        if (revisions == null) {
            return ERROR_PAGE;
        }
        List<StoredSubmission.Transition> transitions = workflow.transitions(id, who).transitions();
        model.addAttribute("transitions", transitions);
        model.addAttribute("messages", transitions.stream().filter(t -> t.message() != null).toList());
        model.addAttribute("accepted", revisions.stream().anyMatch(r -> ReviewState.ACCEPTED.ja().equals(r.stateLabel())));
        model.addAttribute("uploadErrors", uploadErrors);
        return "ui/staff/submission";
    }

    /**
     * Fills the model of {@code ui/staff/sheet}, the same revision read-only for the other roles that read stored
     * sheets; refused as {@link #show} refuses.
     *
     * @param sheetPath this page's path for another revision, {@code {id}} its id
     * @param back      the page it is opened from
     */
    String sheetOnly(long id, Authentication who, Model model, HttpServletResponse response, String sheetPath,
                     String back) {
        if (fill(id, who, model, response) == null) {
            return ERROR_PAGE;
        }
        model.addAttribute("sheetPath", sheetPath);
        model.addAttribute("back", back);
        return "ui/staff/sheet";
    }

    /**
     * What both pages show (the sheets with their findings, the revisions); its revisions, or null when refused (the
     * model then holds the error page's). The review history and the reviewer's messages are the ward's page's alone.
     */
    private List<RevisionLink> fill(long id, Authentication who, Model model, HttpServletResponse response) {
        StoredSubmission.WithRevisions stored;
        try {
            stored = submissions.find(id, who);
        } catch (NoSuchSubmissionException e) {
            error(model, response, HttpStatus.NOT_FOUND, "見つかりません / Not found", e.getMessage());
            return null;
        } catch (Access.OrganisationDeniedException e) {
            error(model, response, HttpStatus.FORBIDDEN, "権限がありません / Forbidden", e.getMessage());
            return null;
        }
        Submission submission = sheet(id, who);
        Evaluation evaluation = evaluation(id, who);
        List<StoredSubmission.Finding> findings = workflow.findings(id, who);
        List<RevisionLink> revisions = new ArrayList<>();
        stored.revisions().forEach(r -> revisions.add(new RevisionLink(r.id(), r.revision(), r.submittedBy(),
                r.submittedAt(), r.stateLabel(), false)));
        revisions.add(new RevisionLink(stored.id(), stored.revision(), stored.submittedBy(), stored.submittedAt(),
                stored.stateLabel(), true));
        revisions.sort(Comparator.comparingInt(RevisionLink::revision));
        model.addAttribute("stored", stored);
        model.addAttribute("submission", submission);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("sheets", SheetView.of(submission, evaluation, findings));
        model.addAttribute("revisions", revisions);
        return revisions;
    }

    /**
     * A stored revision annotated with the suggestions and findings it got on submit: the ward's own workbook when it
     * came as one (its extra columns and formats kept), else the 様式 written from the JSON.
     */
    Annotated annotated(long id, Authentication who) {
        StoredSubmission.WithRevisions stored = submissions.find(id, who);
        Evaluation evaluation = evaluation(id, who);
        Optional<ReceivedFile> received = submissions.receivedFile(id, who);
        String source = received.map(ReceivedFile::name).orElse(stored.organization() + "-" + stored.fiscalYear() + "-r"
                + stored.revision() + ".xlsx");
        byte[] sheet = received.map(ReceivedFile::bytes)
                .orElseGet(() -> submissions.submissionJson(id, who).getBytes(StandardCharsets.UTF_8));
        return new Annotated(SubmissionInput.annotate(sheet, source, read -> evaluation).workbook(),
                Workbooks.annotatedName(source));
    }

    record Annotated(byte[] workbook, String fileName) {
    }

    private Submission sheet(long id, Authentication who) {
        return SubmissionInput.read(submissions.submissionJson(id, who).getBytes(StandardCharsets.UTF_8), "提出 " + id);
    }

    private Evaluation evaluation(long id, Authentication who) {
        return json.readerFor(Evaluation.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(submissions.evaluationJson(id, who));
    }

    private static void error(Model model, HttpServletResponse response, HttpStatus status, String title,
                              String detail) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
    }
}
