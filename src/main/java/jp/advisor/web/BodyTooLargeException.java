package jp.advisor.web;

import java.io.IOException;

/**
 * A request body over {@code advisor.http.max-body-size}. An {@link IOException}, so that it passes through the
 * readers that stream the body and reaches {@link ProblemResponses} as the cause of the read's failure.
 */
class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
