package jp.advisor.web;

import java.net.URI;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The error page ({@code /error}): what never reached a controller (a URL the firewall refuses, a failure in a
 * filter, a {@code sendError}) is answered as problem details too, in both languages, for a script; a browser asking for HTML gets the same texts as a page;
 * never Spring Boot's whitelabel page or its default error map. Replaces Boot's {@code BasicErrorController}, which
 * stands back when an {@link ErrorController} exists;
 */
@RestController
class ErrorProblems implements ErrorController {

    /** A browser (asking for HTML first) gets the same texts as a page with the shared header. */
    @RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpStatus.NOT_FOUND.value();
        StatusTexts texts = StatusTexts.of(status);
        ModelAndView page = new ModelAndView("ui/error", HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("title", texts.title());
        page.addObject("detail", texts.detail());
        return page;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, /error is a path like any other with nothing at it.
        int status = code instanceof Integer number ? number : HttpStatus.NOT_FOUND.value();
        StatusTexts texts = StatusTexts.of(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), texts.detail());
        problem.setType(texts.type());
        problem.setTitle(texts.title());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // A path the firewall refused may not be a URI: leave the instance out rather than fail again.
            }
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, ProblemResponses.BASIC_CHALLENGE);
        }
        return answer.body(problem);
    }
}
