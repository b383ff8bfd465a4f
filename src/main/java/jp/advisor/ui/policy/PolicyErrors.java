package jp.advisor.ui.policy;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused request on a policy page (an unknown rule file or version, a form that cannot be read) is the shared error
 * page with the reason, not the API's problem JSON that the global handler gives a {@link ResponseStatusException}.
 */
final class PolicyErrors {

    private PolicyErrors() {
    }

    static ModelAndView page(ResponseStatusException e) {
        HttpStatusCode status = e.getStatusCode();
        ModelAndView page = new ModelAndView("ui/error", status);
        page.addObject("status", status.value());
        page.addObject("title", status.value() == HttpStatus.NOT_FOUND.value() ? "見つかりません / Not found"
                : "受け付けられません / Bad request");
        page.addObject("detail", e.getReason());
        return page;
    }
}
