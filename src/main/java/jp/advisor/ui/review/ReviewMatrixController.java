package jp.advisor.ui.review;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.advisor.review.ReviewReport;
import jp.advisor.submissions.StoredSheets;
import jp.advisor.submissions.StoredSubmission;
import jp.advisor.submissions.StoredSubmissions;

/** {@code GET /review}: the reviewers' start, organisations × fiscal years with the charts, filtered by a GET form. */
@Controller
class ReviewMatrixController {

    // The submissions list's largest page: the matrix reads every page.
    private static final int PAGE = 100;

    private final StoredSubmissions submissions;
    private final StoredSheets sheets;

    ReviewMatrixController(StoredSubmissions submissions, StoredSheets sheets) {
        this.submissions = submissions;
        this.sheets = sheets;
    }

    @GetMapping("/review")
    String matrix(@RequestParam(required = false) Integer year, @RequestParam(required = false) String organization,
                  @RequestParam(required = false) String code, @RequestParam(required = false) String severity,
                  @RequestParam(required = false) String disposition, Authentication who, Model model) {
        ReviewOverview.Filters filters = new ReviewOverview.Filters(year, organization, code, severity, disposition);
        model.addAttribute("filters", filters);
        model.addAttribute("overview", ReviewOverview.of(newest(who), sheets.latest(null), filters));
        model.addAttribute("severities", ReviewOverview.SEVERITIES);
        model.addAttribute("dispositions", ReviewOverview.DISPOSITIONS);
        model.addAttribute("formats", ReviewReport.FORMATS);
        return "ui/review/matrix";
    }

    /** The newest revision of every organisation and year the reviewer may read, as the API lists them. */
    private List<StoredSubmission> newest(Authentication who) {
        List<StoredSubmission> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            StoredSubmission.Page listed = submissions.list(null, null, null, false, page, PAGE, who);
            all.addAll(listed.items());
            if (listed.items().size() < PAGE || all.size() >= listed.total()) {
                return all;
            }
        }
    }
}
