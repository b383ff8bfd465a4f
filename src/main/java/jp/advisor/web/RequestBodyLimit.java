package jp.advisor.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body over the limit with 413. Tomcat bounds only form posts and multipart uploads; the JSON
 * endpoints read the body themselves, so the limit is kept here: a declared length over it is refused before
 * anything is read, and a body of unknown length (chunked) stops being read at the limit.
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final HandlerExceptionResolver problems;

    RequestBodyLimit(long limit, HandlerExceptionResolver problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.resolveException(request, response, null, new BodyTooLargeException(limit));
            // Sent now, whole: the connection is closed after it (the body is not read), and a filter wrapping this
            // one (the actuator's HTTP observation) must not leave the answer half written when it does.
            response.flushBuffer();
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream bounded;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (bounded == null) {
                    bounded = new Bounded(super.getInputStream(), limit);
                }
                return bounded;
            }

            @Override
            public BufferedReader getReader() throws IOException {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                return new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
        }, response);
    }

    /** Counts what is read and fails once past the limit. */
    private static final class Bounded extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Bounded(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
