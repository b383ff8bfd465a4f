package jp.advisor.submissions;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A review or submit request refused for what is stored (a finding not found, a move not allowed, a year already
 * 確定): answered as problem details with its own type and the properties that say what would be allowed.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final URI BAD_REQUEST = URI.create("urn:advisor:problem:bad-request");
    static final URI NO_SUCH_FINDING = URI.create("urn:advisor:problem:no-such-finding");
    static final URI NOT_NEWEST_REVISION = URI.create("urn:advisor:problem:not-newest-revision");
    static final URI TRANSITION_NOT_ALLOWED = URI.create("urn:advisor:problem:transition-not-allowed");
    static final URI ALREADY_ACCEPTED = URI.create("urn:advisor:problem:already-accepted");
    static final URI MESSAGE_REQUIRED = URI.create("urn:advisor:problem:message-required");

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final transient Map<String, Object> properties;

    Refusal(HttpStatus status, URI type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(type);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /**
     * A value the request gets wrong (400), typed here rather than as a {@code ResponseStatusException}, whose body
     * Spring makes after the web module's handler has had its chance to type it.
     */
    static Refusal badRequest(String detail) {
        return new Refusal(HttpStatus.BAD_REQUEST, BAD_REQUEST, "リクエストを受け付けられません / Bad request", detail,
                Map.of());
    }

    /** The organisation's year is 確定: nothing more may be submitted or decided for it. */
    static Refusal accepted(String organization, int fiscalYear, long newest) {
        return new Refusal(HttpStatus.CONFLICT, ALREADY_ACCEPTED, "確定済みです / Already accepted",
                organization + " の " + fiscalYear + " 年度は確定しています（提出 " + newest + "）。変更はできません / "
                        + organization + " " + fiscalYear + " is accepted (submission " + newest
                        + "): nothing more can be submitted or decided for it",
                Map.of("organization", organization, "fiscalYear", fiscalYear, "newestId", newest));
    }
}
