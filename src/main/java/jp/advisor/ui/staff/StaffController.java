package jp.advisor.ui.staff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

import jp.advisor.evaluation.EvaluationAbortedException;
import jp.advisor.facts.Numbers;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.submissions.Refusal;
import jp.advisor.submissions.StoredSubmission;
import jp.advisor.submissions.StoredSubmissions;
import jp.advisor.users.Access;
import jp.advisor.workbook.Workbooks;

/**
 * {@code /staff}: the user's organisations' stored sheets by year, and the upload of a sheet (the 様式 workbook or
 * JSON) through the same service as {@code POST /api/submissions}. A refused file is shown beside the file field
 * with the API's located messages, nothing stored.
 */
@Controller
class StaffController {

    /** Enough for every year of a ward's few organisations; the API pages beyond. */
    static final int LISTED = 100;

    private final StoredSubmissions submissions;
    private final SubmissionPage submissionPage;

    StaffController(StoredSubmissions submissions, SubmissionPage submissionPage) {
        this.submissions = submissions;
        this.submissionPage = submissionPage;
    }

    /** An organisation bound to the user, with its newest revision of each year (newest year first). */
    record OrganisationRow(String organization, List<YearRow> years) {
    }

    /** A year's newest revision, the year also named as the sheets name it (平成28年度). */
    record YearRow(StoredSubmission submission, String fiscalYearJa) {
    }

    @GetMapping("/staff")
    String list(Authentication who, Model model) {
        return listPage(who, model, null);
    }

    /** {@code revisionOf}: the submission page the upload came from (its resubmit form), shown again on refusal. */
    @PostMapping("/staff/submissions")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Long revisionOf,
                  Authentication who, Model model, HttpServletResponse response) throws IOException {
        String source = Workbooks.sourceName(file.getOriginalFilename());
        Refused refused;
        try {
            StoredSubmission stored = submissions.submit(file.getBytes(), source, who);
            return "redirect:/staff/submissions/" + stored.id();
        } catch (SubmissionException e) {
            refused = new Refused(HttpStatus.BAD_REQUEST, e.getProblems().stream().map(SubmissionProblem::describe).toList());
        } catch (Access.OrganisationDeniedException e) {
            refused = new Refused(HttpStatus.FORBIDDEN, List.of(e.getMessage()));
        } catch (ResponseStatusException e) {
            refused = new Refused(HttpStatus.valueOf(e.getStatusCode().value()), List.of(e.getReason()));
        } catch (Refusal e) {
            refused = new Refused(HttpStatus.CONFLICT, List.of(e.getMessage()));
        } catch (EvaluationAbortedException e) {
            refused = new Refused(HttpStatus.valueOf(422), List.of(e.getMessage()));
        }
        response.setStatus(refused.status().value());
        model.addAttribute("uploadedName", source);
        if (revisionOf != null) {
            return submissionPage.show(revisionOf, who, model, response, refused.messages());
        }
        return listPage(who, model, refused.messages());
    }

    /** Why an upload was refused: the status the API answers with, and its located messages. */
    record Refused(HttpStatus status, List<String> messages) {
    }

    private String listPage(Authentication who, Model model, List<String> uploadErrors) {
        List<StoredSubmission> items = submissions.list(null, null, null, false, 0, LISTED, who).items();
        List<String> bound = Access.readableOrganisations(who).orElse(List.of());
        Map<String, List<YearRow>> byOrganisation = new LinkedHashMap<>();
        bound.stream().sorted().forEach(o -> byOrganisation.put(o, new ArrayList<>()));
        items.forEach(s -> byOrganisation.computeIfAbsent(s.organization(), o -> new ArrayList<>())
                .add(new YearRow(s, Numbers.fiscalYearJa(s.fiscalYear()))));
        model.addAttribute("organisations", byOrganisation.entrySet().stream()
                .map(e -> new OrganisationRow(e.getKey(), e.getValue())).toList());
        model.addAttribute("uploadErrors", uploadErrors);
        return "ui/staff/list";
    }
}
