package jp.advisor.ui.staff;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

import jp.advisor.submissions.NoSuchSubmissionException;
import jp.advisor.workbook.Workbooks;

/**
 * {@code /staff/submissions/{id}}: the two sheets with a suggestion beside every self-rating, each explained, the
 * findings, revisions and the reviewer's messages, a resubmit form; and the annotated workbook to download.
 * The same sheets read-only for the other roles that read stored sheets, under each role's own path: policy staff
 * follow a what-if's changed cell to {@code /policy/submissions/{id}}, reviewers open {@code /review/submissions/{id}/sheet}
 * from the review page.
 */
@Controller
class SubmissionController {

    private final SubmissionPage page;

    SubmissionController(SubmissionPage page) {
        this.page = page;
    }

    @GetMapping("/staff/submissions/{id}")
    String show(@PathVariable long id, Authentication who, Model model, HttpServletResponse response) {
        return page.show(id, who, model, response, null);
    }

    @GetMapping("/policy/submissions/{id}")
    String policySheet(@PathVariable long id, Authentication who, Model model, HttpServletResponse response) {
        return page.sheetOnly(id, who, model, response, "/policy/submissions/{id}", "/policy");
    }

    @GetMapping("/review/submissions/{id}/sheet")
    String reviewSheet(@PathVariable long id, Authentication who, Model model, HttpServletResponse response) {
        return page.sheetOnly(id, who, model, response, "/review/submissions/{id}/sheet", "/review/submissions/" + id);
    }

    /** As {@code POST /api/evaluations?format=xlsx} hands a workbook back: an attachment named …-評価.xlsx. */
    @GetMapping("/staff/submissions/{id}/annotated.xlsx")
    ResponseEntity<byte[]> annotated(@PathVariable long id, Authentication who) {
        SubmissionPage.Annotated annotated;
        try {
            annotated = page.annotated(id, who);
        } catch (NoSuchSubmissionException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage()); // the API's problem answer
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Workbooks.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(annotated.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(annotated.workbook());
    }
}
