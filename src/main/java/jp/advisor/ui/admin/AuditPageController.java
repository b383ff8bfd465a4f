package jp.advisor.ui.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jp.advisor.audit.AuditEntries;
import jp.advisor.audit.AuditQuery;

/** 監査ログ — the audit log, newest first, filtered as {@code GET /api/audit} is; the CSV is that endpoint's. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;

    private final AuditEntries entries;

    AuditPageController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                 @RequestParam(required = false) String subject, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        model.addAttribute("filter", new Filter(from, to, actor, action, subject));
        try {
            AuditQuery query = AuditQuery.of(from, to, actor, action, subject);
            model.addAttribute("page", entries.page(query, Math.max(page, 0), PAGE_SIZE));
        } catch (AuditQuery.InvalidException refused) {
            model.addAttribute("refused", refused);
        }
        model.addAttribute("csv", UriComponentsBuilder.fromPath("/api/audit").queryParam("format", "csv")
                .queryParamIfPresent("from", present(from)).queryParamIfPresent("to", present(to))
                .queryParamIfPresent("actor", present(actor)).queryParamIfPresent("action", present(action))
                .queryParamIfPresent("subject", present(subject)).encode().build().toUriString());
        return "ui/admin/audit";
    }

    /** The filter as typed, shown back in the form. */
    record Filter(String from, String to, String actor, String action, String subject) {
    }

    private static java.util.Optional<String> present(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }
}
