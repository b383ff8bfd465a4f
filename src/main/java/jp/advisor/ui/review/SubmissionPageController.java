package jp.advisor.ui.review;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.review.ReviewReport;
import jp.advisor.submissions.NoSuchSubmissionException;
import jp.advisor.submissions.Refusal;
import jp.advisor.submissions.ReviewState;
import jp.advisor.submissions.ReviewWorkflow;
import jp.advisor.submissions.StoredSubmission;
import jp.advisor.submissions.StoredSubmissions;

/**
 * {@code /review/submissions/{id}}: one stored revision's findings with the cells they point at, a disposition form
 * for each (htmx swaps the finding in place), the moves its state allows and its history. Every change goes through
 * the same ReviewWorkflow as the API, so a refusal shows the API's message.
 */
@Controller
class SubmissionPageController {

    private final ReviewWorkflow workflow;
    private final StoredSubmissions submissions;
    private final JsonMapper json;

    SubmissionPageController(ReviewWorkflow workflow, StoredSubmissions submissions, JsonMapper json) {
        this.workflow = workflow;
        this.submissions = submissions;
        this.json = json;
    }

    @GetMapping("/review/submissions/{id}")
    String page(@PathVariable long id, Authentication who, Model model) {
        return show(id, who, model);
    }

    /** A decision on a finding: in place for htmx (the finding's part), else back to the page at the finding. */
    @PostMapping("/review/submissions/{id}/findings/{findingId}")
    String dispose(@PathVariable long id, @PathVariable long findingId,
                   @RequestParam(required = false) String disposition, @RequestParam(required = false) String comment,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Authentication who, Model model,
                   RedirectAttributes redirect) {
        String error = null;
        try {
            workflow.dispose(id, findingId, disposition, comment, who);
        } catch (Refusal e) {
            error = e.getMessage();
        } catch (NoSuchSubmissionException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        if (htmx == null && error == null) {
            redirect.addFlashAttribute("saved", findingId);
            return "redirect:/review/submissions/" + id + "#finding-" + findingId;
        }
        if (htmx == null) {
            model.addAttribute("findingErrors", Map.of(findingId, error));
            model.addAttribute("drafts", Map.of(findingId, new Draft(disposition, comment)));
            return show(id, who, model);
        }
        Page page = page(id, who);
        FindingView f = page.findings().stream().filter(v -> v.finding().id() == findingId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("submission", page.submission());
        model.addAttribute("f", f);
        model.addAttribute("findingErrors", error == null ? Map.of() : Map.of(findingId, error));
        model.addAttribute("drafts", error == null ? Map.of() : Map.of(findingId, new Draft(disposition, comment)));
        model.addAttribute("saved", error == null ? findingId : null);
        model.addAttribute("dispositions", jp.advisor.submissions.Disposition.values());
        return "ui/review/finding :: finding";
    }

    /** A move to {@code to}; refused, the page comes back with the service's message (beside 差戻し's message field). */
    @PostMapping("/review/submissions/{id}/transitions")
    String move(@PathVariable long id, @RequestParam String to, @RequestParam(required = false) String message,
                Authentication who, Model model, RedirectAttributes redirect) {
        try {
            StoredSubmission.WithTransitions moved = workflow.move(id, to, message, who);
            redirect.addFlashAttribute("moved", moved.submission().stateLabel());
            return "redirect:/review/submissions/" + id;
        } catch (Refusal e) {
            boolean returning = ReviewState.RETURNED.name().equals(to);
            model.addAttribute(returning ? "returnError" : "moveError", e.getMessage());
            model.addAttribute("returnMessage", message);
            return show(id, who, model);
        } catch (NoSuchSubmissionException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /** What a disposition form had when the service refused it, to show it again as sent. */
    record Draft(String disposition, String comment) {
    }

    /** The revision with its moves, its findings as the page shows them, and the states it may move to. */
    record Page(StoredSubmission.WithTransitions submission, List<FindingView> findings, List<ReviewState> allowed) {
    }

    private String show(long id, Authentication who, Model model) {
        Page page = page(id, who);
        model.addAttribute("submission", page.submission());
        model.addAttribute("s", page.submission().submission());
        model.addAttribute("findings", page.findings());
        model.addAttribute("allowed", page.allowed());
        model.addAttribute("allowedNames", page.allowed().stream().map(Enum::name).toList());
        model.addAttribute("severities", ReviewOverview.SEVERITIES);
        model.addAttribute("dispositions", jp.advisor.submissions.Disposition.values());
        model.addAttribute("formats", ReviewReport.FORMATS);
        if (!model.containsAttribute("findingErrors")) {
            model.addAttribute("findingErrors", Map.of());
        }
        if (!model.containsAttribute("drafts")) {
            model.addAttribute("drafts", Map.of());
        }
        return "ui/review/submission";
    }

    private Page page(long id, Authentication who) {
        try {
            StoredSubmission.WithTransitions submission = workflow.transitions(id, who);
            List<StoredSubmission.Finding> findings = workflow.findings(id, who);
            Map<Integer, Map<String, String>> cells = cells(submissions.evaluationJson(id, who));
            List<FindingView> views = findings.stream().map(f -> FindingView.of(f,
                    cells.getOrDefault(f.ordinal(), Map.of()))).toList();
            return new Page(submission, views,
                    List.copyOf(submission.submission().state().successors()));
        } catch (NoSuchSubmissionException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /** Each stored finding's quoted cells (by ordinal), from the evaluation as it was answered. */
    private Map<Integer, Map<String, String>> cells(String evaluation) {
        Map<Integer, Map<String, String>> byOrdinal = new HashMap<>();
        JsonNode findings = json.readTree(evaluation).path("findings");
        for (int i = 0; i < findings.size(); i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            findings.get(i).path("cells").properties().forEach(e -> cells.put(e.getKey(),
                    e.getValue().isString() ? e.getValue().asString() : e.getValue().toString()));
            byOrdinal.put(i, cells);
        }
        return byOrdinal;
    }
}
