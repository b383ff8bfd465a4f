package jp.advisor.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import jp.advisor.evaluation.EvaluationAbortedException;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.users.Access;

/**
 * Every refusal answers with RFC 9457 problem details, in Japanese with English beside: bad submissions list every
 * located problem; an unreadable body (malformed JSON, a duplicate key) says where; a body too large (413), the
 * wrong content type (415), a missing CSRF token (403) and a throttled login (429) say what to do; no login (401,
 * with the Basic challenge kept), a missing role (403), an unknown path (404), a wrong method (405, with
 * {@code Allow}) and an {@code Accept} that cannot be answered (406) say so. Spring's own handler of MVC exceptions
 * is extended rather than replaced: the cases not named here keep its answers, given a type and both languages
 * ({@link StatusTexts}); what reaches the error page is answered alike by {@link ErrorProblems}. Rules that cannot
 * finish an evaluation answer with the rule and what it did, never a bare 500.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    static final URI INVALID_SUBMISSION = URI.create("urn:advisor:problem:invalid-submission");
    static final URI RULES_FAILED = URI.create("urn:advisor:problem:rules-failed");
    static final URI EVALUATION_TIMEOUT = URI.create("urn:advisor:problem:evaluation-timeout");

    /**
     * 422 when the rules kept firing or threw: the rule set in use is at fault, and retrying will not help;
     * 503 when the time budget ran out: the service could not answer in time (a busy machine, or a rule stuck).
     */
    @ExceptionHandler(EvaluationAbortedException.class)
    ProblemDetail rulesFailed(EvaluationAbortedException e) {
        boolean time = e.kind() == EvaluationAbortedException.Kind.TIME;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                time ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(time ? EVALUATION_TIMEOUT : RULES_FAILED);
        problem.setTitle(time ? "評価が時間内に終わりませんでした / Evaluation timed out"
                : "ルールが評価を終えられませんでした / The rules failed on this submission");
        problem.setProperty("kind", e.kind().name());
        problem.setProperty("rule", e.rule());
        problem.setProperty("ruleSetVersion", e.ruleSetVersion());
        problem.setProperty("message", e.messageJa());
        problem.setProperty("messageEn", e.messageEn());
        return problem;
    }

    static final URI UNREADABLE_BODY = URI.create("urn:advisor:problem:unreadable-body");
    static final URI BODY_TOO_LARGE = URI.create("urn:advisor:problem:body-too-large");
    static final URI TOO_MANY_LOGINS = URI.create("urn:advisor:problem:too-many-logins");
    static final URI UNAUTHENTICATED = URI.create("urn:advisor:problem:unauthenticated");
    static final URI FORBIDDEN = URI.create("urn:advisor:problem:forbidden");
    static final URI CSRF_TOKEN_MISSING = URI.create("urn:advisor:problem:csrf-token-missing");
    static final URI NOT_FOUND = URI.create("urn:advisor:problem:not-found");
    static final URI METHOD_NOT_ALLOWED = URI.create("urn:advisor:problem:method-not-allowed");
    static final URI NOT_ACCEPTABLE = URI.create("urn:advisor:problem:not-acceptable");
    static final URI UNSUPPORTED_CONTENT_TYPE = URI.create("urn:advisor:problem:unsupported-content-type");

    /** The realm of the HTTP Basic challenge, as Spring Security's default entry point named it. */
    static final String BASIC_CHALLENGE = "Basic realm=\"Realm\"";

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field|property) [\"'](.*)[\"']");

    @ExceptionHandler(SubmissionException.class)
    ProblemDetail invalidSubmission(SubmissionException e) {
        List<SubmissionProblem> problems = e.getProblems();
        int found = e.listed().size() + e.omitted(); // the errors list stops at the first hundred and a line more
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "提出データに" + found + "件の問題があります / the submission has " + found + " problem(s)");
        problem.setType(INVALID_SUBMISSION);
        problem.setTitle("提出データを読めません / Invalid submission");
        problem.setProperty("errors", located(problems));
        return problem;
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail bodyTooLarge(BodyTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "リクエストの本文が上限（" + e.limit() + "バイト、advisor.http.max-body-size）を超えています。分けて送ってください"
                        + " / the request body is over the limit (" + e.limit() + " bytes, advisor.http.max-body-size):"
                        + " send it in parts");
        problem.setType(BODY_TOO_LARGE);
        problem.setTitle("本文が大きすぎます / Request body too large");
        problem.setProperty("limitBytes", e.limit());
        return problem;
    }

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<ProblemDetail> loginThrottled(LoginThrottledException e) {
        long seconds = e.retryAfterSeconds();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "ログインの失敗が続いたため、" + seconds + "秒後まで受け付けません / too many failed logins: try again in "
                        + seconds + " s");
        problem.setType(TOO_MANY_LOGINS);
        problem.setTitle("ログインの試行が多すぎます / Too many login attempts");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }

    /** Reached through Spring Security's access-denied handler (SecurityConfiguration). */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        if (e instanceof CsrfException) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "JSON の API には Content-Type: application/json で送ってください。画面のフォームには CSRF トークンが必要です"
                            + " / send the JSON API Content-Type: application/json; a form needs its CSRF token");
            problem.setType(CSRF_TOKEN_MISSING);
            problem.setTitle("CSRF トークンがありません / CSRF token missing");
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                e instanceof Access.OrganisationDeniedException ? e.getMessage()
                        : "この操作の権限がありません / you are not allowed to do this");
        problem.setType(FORBIDDEN);
        problem.setTitle("権限がありません / Forbidden");
        return problem;
    }

    /**
     * 401, reached through Spring Security's entry point (SecurityConfiguration): no credentials, or wrong ones. The
     * Basic challenge stays, so that curl, browsers and scripts still know to send a user name and password; except,
     * as Spring Security's own default did, to a script in a page ({@code X-Requested-With: XMLHttpRequest}), for
     * which the browser would open its login dialog.
     */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, WebRequest request) {
        String detail = e instanceof InsufficientAuthenticationException
                ? "この操作にはログイン（HTTP Basic のユーザー名とパスワード）が必要です / this needs a login"
                        + " (HTTP Basic user name and password)"
                : e instanceof BadCredentialsException
                        ? "ユーザー名かパスワードが違います / wrong user name or password"
                        : "ログインできません / the login was refused";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(UNAUTHENTICATED);
        problem.setTitle("ログインが必要です / Authentication required");
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        return answer.body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, notFound("/" + ex.getResourcePath()), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
                                                                   HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, notFound(ex.getRequestURL()), headers, status, request);
    }

    static ProblemDetail notFound(String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                path + " はありません。パスを確認してください / there is nothing at " + path + ": check the path");
        problem.setType(NOT_FOUND);
        problem.setTitle("見つかりません / Not found");
        return problem;
    }

    /** The {@code Allow} header comes in {@code headers} from the exception and is kept. */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        String allowed = ex.getSupportedHttpMethods() == null ? "" : ex.getSupportedHttpMethods().stream()
                .map(HttpMethod::name).collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                ex.getMethod() + " は使えません（使えるもの: " + allowed + "） / " + ex.getMethod()
                        + " is not allowed here (allowed: " + allowed + ")");
        problem.setType(METHOD_NOT_ALLOWED);
        problem.setTitle("このメソッドは使えません / Method not allowed");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        String producible = ex.getSupportedMediaTypes().stream().map(MediaType::toString)
                .collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "Accept で求められた形式では返せません（返せるもの: " + producible + "） / cannot answer in the format"
                        + " asked for by Accept (available: " + producible + ")");
        problem.setType(NOT_ACCEPTABLE);
        problem.setTitle("この形式では返せません / Not acceptable");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        // The limit's exception may come wrapped by the JSON reader: look for it first.
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return handleExceptionInternal(ex, bodyTooLarge(tooLarge), headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                SubmissionProblem located = jsonProblem("request body", json);
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        located.messageJa() + " / " + located.messageEn());
                problem.setType(UNREADABLE_BODY);
                problem.setTitle("リクエストの本文を読めません / Unreadable request body");
                problem.setProperty("errors", located(List.of(located)));
                return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String sent = ex.getContentType() == null ? null : ex.getContentType().toString();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "Content-Type は application/json で送ってください（送られたもの: " + (sent == null ? "なし" : sent) + "）"
                        + " / send Content-Type: application/json (sent: " + (sent == null ? "none" : sent) + ")");
        problem.setType(UNSUPPORTED_CONTENT_TYPE);
        problem.setTitle("この形式は受け付けません / Unsupported content type");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /**
     * Every answer of Spring's handler passes here: a problem it made itself (a path variable of the wrong type, a
     * missing parameter, a {@code ResponseStatusException}) gets a type and a title and detail in both languages.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // A ResponseStatusException (a 400 "page は0以上…") comes without its body, which Spring would make later
        // and past this point: make it here, so that it gets its type and bilingual title too.
        if (body == null && ex instanceof ErrorResponse response) {
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem) {
            bilingual(problem);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** Fills what Spring leaves in English only, or without a type, from {@link StatusTexts}. */
    static ProblemDetail bilingual(ProblemDetail problem) {
        StatusTexts texts = StatusTexts.of(problem.getStatus());
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(texts.type());
        }
        if (problem.getTitle() == null || !problem.getTitle().contains(" / ")) {
            problem.setTitle(texts.title());
        }
        String detail = problem.getDetail();
        if (detail == null || detail.isBlank()) {
            problem.setDetail(texts.detail());
        } else if (!detail.contains(" / ")) {
            problem.setDetail(texts.detailJa() + " / " + detail);
        }
        return problem;
    }

    /**
     * A JSON reading failure located to its line and column; a duplicate key is named, since a reader that keeps
     * the last of two values would judge something the writer did not mean.
     */
    static SubmissionProblem jsonProblem(String source, JacksonException e) {
        Integer line = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? null : e.getLocation().getLineNr();
        Integer column = line == null ? null : e.getLocation().getColumnNr();
        String original = e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(original == null ? "" : original);
        if (duplicate.find()) {
            String key = duplicate.group(1);
            return new SubmissionProblem(source, pointer(e), line, column,
                    "キー「" + key + "」が同じオブジェクトの中に重複しています" + at(line, column, true),
                    "key \"" + key + "\" appears more than once in the same object" + at(line, column, false));
        }
        if (e instanceof StreamReadException) {
            return new SubmissionProblem(source, "", line, column,
                    "JSON の書き方に誤りがあります" + at(line, column, true) + ": " + original,
                    "malformed JSON" + at(line, column, false) + ": " + original);
        }
        String path = pointer(e);
        return new SubmissionProblem(source, path, line, column,
                "値の型や形が違います（" + (path.isEmpty() ? "本文全体" : path) + "）" + at(line, column, true) + ": " + original,
                "a value of the wrong type or shape (" + (path.isEmpty() ? "the whole body" : path) + ")"
                        + at(line, column, false) + ": " + original);
    }

    /** The JSON Pointer of where binding failed, e.g. {@code /files/policy.drl}; empty for the whole body. */
    private static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                pointer.append('/').append(step.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (step.getIndex() >= 0) {
                pointer.append('/').append(step.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String at(Integer line, Integer column, boolean japanese) {
        if (line == null) {
            return "";
        }
        return japanese ? "（" + line + "行目 " + column + "列目）" : " (line " + line + ", column " + column + ")";
    }

    private static List<Located> located(List<SubmissionProblem> problems) {
        return problems.stream()
                .map(p -> new Located(p.path(), p.line(), p.column(), p.messageJa(), p.messageEn())).toList();
    }

    /** One problem of a submission, where it is and what is wrong, in Japanese and English. */
    record Located(String path, Integer line, Integer column, String message, String messageEn) {
    }
}
