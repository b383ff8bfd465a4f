package jp.advisor.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import jp.advisor.pages.ReportFormat;
import jp.advisor.policy.RuleCheck;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIfReport;
import jp.advisor.rules.RuleProblem;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;
import jp.advisor.submissions.StoredSheets;

/**
 * {@code /api/rules}: the rule set in use, checking and comparing a candidate (over files or stored sheets),
 * publishing it, the history and rollback, and how often reviewers found each finding code a false positive. A
 * candidate is changes on a base version:
 * {@code {"base": "sha256:…" or "3", "files": {"withdrawal.drl": "…"}, "remove": ["old.drl"], "summary": "…"}};
 * a binary table goes in {@code filesBase64}; {@code "replaceAll": true} makes {@code files} the whole set.
 */
@RestController
@RequestMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
class RulesController {

    /**
     * A candidate as sent: changed and added files (text, and base64 for spreadsheets), removed names, its base. The
     * summary is kept in the history; its limit leaves room for the rollback entry that quotes it within the column
     * (4000).
     */
    record Candidate(String base, Map<String, String> files, Map<String, String> filesBase64, List<String> remove,
                     Boolean replaceAll,
                     @Size(max = MAX_SUMMARY_LENGTH, message = "要約は" + MAX_SUMMARY_LENGTH + "文字までです / the summary"
                             + " is at most " + MAX_SUMMARY_LENGTH + " characters") String summary) {

        /** The files by name; a null text stays null for the loader to report, bad base64 is reported here. */
        Map<String, byte[]> bytes() {
            Map<String, byte[]> all = new TreeMap<>();
            List<RuleProblem> problems = new ArrayList<>();
            if (files != null) {
                files.forEach((name, text) -> all.put(name, text == null ? null : text.getBytes(StandardCharsets.UTF_8)));
            }
            if (filesBase64 != null) {
                filesBase64.forEach((name, b64) -> {
                    try {
                        all.put(name, b64 == null ? null : Base64.getDecoder().decode(b64));
                    } catch (IllegalArgumentException e) {
                        problems.add(new RuleProblem(name, null, "filesBase64 の値が base64 として読めません / not valid"
                                + " base64 in filesBase64: " + e.getMessage()));
                    }
                });
            }
            if (!problems.isEmpty()) {
                throw new RuleSetException(problems);
            }
            return all;
        }

        RulePublisher.Change change() {
            return new RulePublisher.Change(base, bytes(), remove, Boolean.TRUE.equals(replaceAll));
        }
    }

    static final int MAX_SUMMARY_LENGTH = 2000;

    record Current(String version, List<String> files) {
    }

    private final RulePublisher publisher;
    private final StoredSheets sheets;

    RulesController(RulePublisher publisher, StoredSheets sheets) {
        this.publisher = publisher;
        this.sheets = sheets;
    }

    @GetMapping
    Current current() {
        RuleSet rules = publisher.current();
        return new Current(rules.version(), rules.files());
    }

    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleCheck.Report> check(@Valid @RequestBody Candidate candidate) {
        RuleCheck.Report report = publisher.check(candidate.change());
        return ResponseEntity.status(report.publishable() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }

    /**
     * Over the submission files of {@code advisor.what-if.submissions} ({@code source=files}), or over the newest
     * stored revision of every organisation ({@code source=stored}) for {@code years} (every year when absent).
     */
    @ApiResponse(responseCode = "200", description = "候補で変わる判定の一覧（format=json か html、添付ファイル） / every"
            + " judgement the candidate would change (format=json or html, as an attachment)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WhatIfReport.class)),
            @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string"))})
    @PostMapping(path = "/what-if", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
    ResponseEntity<byte[]> whatIf(@Valid @RequestBody Candidate candidate,
                                  @RequestParam(name = "format", defaultValue = "json") String format,
                                  @RequestParam(name = "source", defaultValue = "files") String source,
                                  @RequestParam(name = "years", required = false) String years) throws IOException {
        ReportFormat whatIfFormat;
        try {
            whatIfFormat = WhatIfReport.format(format);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format は json か html です / " + e.getMessage());
        }
        boolean stored = switch (source.strip()) {
            case "files" -> false;
            case "stored" -> true;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "source は files か stored です / source is files or stored, not " + source);
        };
        if (!stored && years != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "years は source=stored のときだけ指定できます / years goes with source=stored only");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WhatIfReport report = stored ? storedWhatIf(candidate.change(), StoredYears.read(years))
                : publisher.whatIf(candidate.change());
        report.write(whatIfFormat, out);
        ContentDisposition disposition = ContentDisposition.attachment().filename(
                whatIfFormat.fileName("what-if", report.currentVersion(), report.candidateVersion()), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(whatIfFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(out.toByteArray());
    }

    /**
     * Over the newest stored revisions of {@code years} (every year when null), each compared with its organisation's
     * stored year before as the year's review does, also when that year is not among those asked.
     */
    private WhatIfReport storedWhatIf(RulePublisher.Change change, List<Integer> years) {
        List<NamedSubmission> asked = named(sheets.latest(years));
        if (years == null) {
            return publisher.whatIf(change, asked);
        }
        List<Integer> before = years.stream().map(y -> y - 1).filter(y -> !years.contains(y)).toList();
        return publisher.whatIf(change, asked, named(sheets.latest(before)));
    }

    private static List<NamedSubmission> named(List<StoredSheets.Sheet> sheets) {
        return sheets.stream().map(s -> new NamedSubmission(s.path(), s.submission(), s.id())).toList();
    }

    /**
     * One finding code's signal for policy staff: of its findings stored with the newest revisions, how many a
     * reviewer decided on and how many were 誤検知; {@code share} is the false positives among those decided (null
     * when none was).
     */
    record FalsePositives(String code, List<String> rules, int findings, int disposed, int falsePositives,
                          Double share) {
    }

    /** Per finding code over the newest stored revisions of {@code years} (every year when absent), most 誤検知 first. */
    @GetMapping("/false-positives")
    List<FalsePositives> falsePositives(@RequestParam(name = "years", required = false) String years) {
        return sheets.dispositionsByCode(StoredYears.read(years)).stream()
                .map(c -> new FalsePositives(c.code(), c.rules(), c.findings(), c.disposed(), c.falsePositives(),
                        c.disposed() == 0 ? null : (double) c.falsePositives() / c.disposed()))
                .toList();
    }

    @PostMapping(path = "/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PublishedVersion publish(@Valid @RequestBody Candidate candidate, Principal who) {
        String summary = candidate.summary() == null || candidate.summary().isBlank() ? "（要約なし）" : candidate.summary();
        return publisher.publish(candidate.change(), summary, who.getName());
    }

    @GetMapping("/versions")
    List<PublishedVersion> versions() {
        return publisher.versions();
    }

    // Declared JSON like every other state change. It has no body, so Spring matches any type here; what stops a
    // cross-site form is the CSRF token that every non-JSON request needs (web.SecurityConfiguration).
    @PostMapping(path = "/versions/{id}/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
    PublishedVersion rollback(@PathVariable long id, Principal who) {
        return publisher.rollback(id, who.getName());
    }

    @ExceptionHandler(RuleSetException.class)
    ProblemDetail ruleProblems(RuleSetException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "ルールファイルに" + e.problems().size() + "件の問題があります。何も変更していません"
                        + " / the rule files have problems; nothing was changed");
        problem.setType(URI.create("urn:advisor:problem:rule-files-invalid"));
        problem.setTitle("ルールファイルを読み込めません / Rule files cannot be loaded");
        problem.setProperty("problems", e.problems().stream().map(RulesController::located).toList());
        return problem;
    }

    private static Map<String, Object> located(RuleProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line());
        m.put("cell", p.cell());
        m.put("where", p.where());
        m.put("message", p.message());
        return m;
    }

    /** A candidate out of bounds (the summary's length): 422 like any other candidate that cannot be taken. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidCandidate(MethodArgumentNotValidException e) {
        List<String> messages = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage()).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                String.join("; ", messages) + "。何も変更していません / nothing was changed");
        problem.setType(URI.create("urn:advisor:problem:candidate-refused"));
        problem.setTitle("候補を受け付けられません / Candidate refused");
        problem.setProperty("errors", messages);
        return problem;
    }

    /** 422 naming everything that blocks: compile problems, table issues, and every failing fixture case with why. */
    @ExceptionHandler(PublishRefusedException.class)
    ProblemDetail refused(PublishRefusedException e) {
        RuleCheck.Report report = e.report();
        List<Map<String, Object>> failing = report.fixtures().stream().filter(c -> !c.passed()).map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("case", c.name());
            m.put("file", c.file() == null ? null : c.file().toString().replace('\\', '/'));
            m.put("failures", c.failures());
            return m;
        }).toList();
        String detail = report.fixtures().isEmpty() && report.problems().isEmpty()
                ? "フィクスチャが1件もないため公開できません（advisor.fixtures.dir を確認） / no fixture cases to run: check advisor.fixtures.dir"
                : "公開できません：問題 " + report.problems().size() + " 件、判定表 " + report.tableIssues().size()
                        + " 件、フィクスチャ " + report.fixtures().size() + " 件中 " + failing.size() + " 件が失敗。何も変更していません"
                        + " / not published: " + report.problems().size() + " problems, " + report.tableIssues().size()
                        + " table issues, " + failing.size() + " of " + report.fixtures().size()
                        + " fixture cases failed; nothing was changed";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setType(URI.create("urn:advisor:problem:publish-refused"));
        problem.setTitle("検査に通らないため公開できません / The candidate fails the check");
        problem.setProperty("version", report.version());
        problem.setProperty("problems", report.problems().stream().map(RulesController::located).toList());
        problem.setProperty("tableIssues", report.tableIssues());
        problem.setProperty("fixturesRun", report.fixtures().size());
        problem.setProperty("failedCases", failing);
        problem.setProperty("coverage", report.coverage());
        return problem;
    }

    /** 409: the base is not the set in use; names the one that is, to redo the changes on. */
    @ExceptionHandler(StaleBaseException.class)
    ProblemDetail stale(StaleBaseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:advisor:problem:stale-base"));
        problem.setTitle("基準の版が古くなっています / The base is no longer current");
        problem.setProperty("base", e.base());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("current", e.current());
        return problem;
    }

    @ExceptionHandler(NoSuchVersionException.class)
    ProblemDetail notFound(NoSuchVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:advisor:problem:no-such-version"));
        problem.setTitle("公開履歴にありません / No such published version");
        return problem;
    }
}
