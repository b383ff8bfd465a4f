package jp.advisor.ui.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.advisor.policy.FixtureRunner;
import jp.advisor.policy.RuleCheck;
import jp.advisor.policy.analysis.TableIssue;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIfReport;
import jp.advisor.publishing.PublishRefusedException;
import jp.advisor.publishing.PublishedVersion;
import jp.advisor.publishing.RulePublisher;
import jp.advisor.publishing.StaleBaseException;
import jp.advisor.rules.DecisionTables;
import jp.advisor.rules.RuleProblem;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleTables;
import jp.advisor.submissions.StoredSheets;

/**
 * {@code /policy/files/{name}}: one rule file of the set in use, edited as a grid (a CSV decision table: its label row
 * and data rows) or as text with line numbers (DRL, {@code units.csv}), with the fixture cases that pin it. 検査 checks
 * the candidate — the set in use with this file replaced — as {@code POST /api/rules/check} does, shows every problem
 * at its cell or line, then the what-if over the stored submissions and the form that publishes it. The candidate
 * travels in the form (never written to the rules folder) on the base version it was made on: a publish on a base
 * someone has since replaced is refused, as the API refuses it.
 */
@Controller
class RuleFilePages {

    /** A problem the check found, where it is and what it says; for a DRL line, that line's text beside it. */
    record Located(String where, String message, Integer line, String lineText) {
    }

    /** A line number of the text editor's gutter and the check's messages on that line. */
    record GutterLine(int number, List<String> messages) {

        public boolean flagged() {
            return !messages.isEmpty();
        }
    }

    /** A fixture case of the file, and after a check whether it held (null before). */
    record CaseMark(FixtureCases.Case fixture, Boolean passed, List<String> failures) {
    }

    static final int MAX_SUMMARY_LENGTH = 2000;

    private final RulePublisher publisher;
    private final StoredSheets sheets;
    private final FixtureCases fixtures;

    RuleFilePages(RulePublisher publisher, StoredSheets sheets, @Value("${advisor.fixtures.dir}") Path fixtures) {
        this.publisher = publisher;
        this.sheets = sheets;
        this.fixtures = new FixtureCases(fixtures);
    }

    @GetMapping("/policy/files/{name}")
    String file(@PathVariable String name, Model model) {
        RuleSet set = publisher.current();
        editor(name, set.version(), text(name, inUse(set, name)), Map.of(), null, model);
        return "ui/policy/file";
    }

    /** Adds a row to a table (a copy of its last) or removes one, keeping every other edit in the grid. */
    @PostMapping("/policy/files/{name}/rows")
    String rows(@PathVariable String name, @RequestParam Map<String, String> form, Model model) {
        String base = form.get("base");
        String text = candidate(name, form);
        try {
            if (form.get("add") != null) {
                text = TableGrid.addRow(name, text, Integer.parseInt(form.get("add")));
            } else if (form.get("remove") != null) {
                String[] at = form.get("remove").split("_");
                text = TableGrid.removeRow(name, text, Integer.parseInt(at[0]), Integer.parseInt(at[1]));
            }
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "行を特定できません / no such row: " + e.getMessage());
        }
        editor(name, base, text, Map.of(), null, model);
        return "ui/policy/file";
    }

    /** 検査 of the candidate, then its what-if over the stored submissions when it compiles, and the publish form. */
    @PostMapping("/policy/files/{name}/check")
    String check(@PathVariable String name, @RequestParam Map<String, String> form, Model model) {
        checked(name, form.get("base"), candidate(name, form), model);
        return "ui/policy/file";
    }

    @PostMapping("/policy/files/{name}/publish")
    String publish(@PathVariable String name, @RequestParam Map<String, String> form, Principal who, Model model,
                   RedirectAttributes redirect) {
        String base = form.get("base");
        String text = decode(form.get("file64"));
        String summary = form.getOrDefault("summary", "").strip();
        if (summary.isEmpty() || summary.length() > MAX_SUMMARY_LENGTH) {
            model.addAttribute("summaryError", summary.isEmpty()
                    ? "要約を書いてください（履歴に残ります） / write a summary: it is kept in the history"
                    : "要約は" + MAX_SUMMARY_LENGTH + "文字までです / the summary is at most " + MAX_SUMMARY_LENGTH + " characters");
            model.addAttribute("summary", summary);
            checked(name, base, text, model);
            return "ui/policy/file";
        }
        try {
            PublishedVersion published = publisher.publish(change(name, base, text), summary, who.getName());
            redirect.addFlashAttribute("done", "版 #" + published.id() + " を公開しました：" + summary);
            redirect.addFlashAttribute("doneEn", "Published as #" + published.id());
            redirect.addFlashAttribute("warnings", published.warnings());
            return "redirect:/policy";
        } catch (PublishRefusedException e) {
            model.addAttribute("refused", e.getMessage());
            editor(name, base, text, located(name, text, e.report()), e.report(), model);
        } catch (StaleBaseException e) {
            model.addAttribute("refused", e.getMessage());
            editor(name, base, text, Map.of(), null, model);
        } catch (RuleSetException e) {
            model.addAttribute("refused", "公開できません / not published: " + e.problems().size() + " 件の問題 / problems");
            RuleCheck.Report report = new RuleCheck.Report(null, e.problems(), List.of(), List.of(), List.of());
            editor(name, base, text, located(name, text, report), report, model);
        }
        model.addAttribute("summary", summary);
        return "ui/policy/file";
    }

    private void checked(String name, String base, String text, Model model) {
        RulePublisher.Change change = change(name, base, text);
        RuleCheck.Report report;
        try {
            report = publisher.check(change);
        } catch (StaleBaseException e) {
            model.addAttribute("refused", e.getMessage());
            editor(name, base, text, Map.of(), null, model);
            return;
        } catch (RuleSetException e) {
            report = new RuleCheck.Report(null, e.problems(), List.of(), List.of(), List.of());
        }
        editor(name, base, text, located(name, text, report), report, model);
        if (report.version() != null) {
            WhatIfReport whatIf = publisher.whatIf(change, sheets.latest(null).stream()
                    .map(s -> new NamedSubmission(s.organization() + " " + s.fiscalYear(), s.submission(), s.id())).toList());
            model.addAttribute("whatIf", whatIf);
        }
        model.addAttribute("candidate64", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        // A table's changes are its value rows only: its engine rows never change, and stay out of sight here too.
        model.addAttribute("changes", LineDiff.of(text(name, inUse(publisher.current(), name)), text,
                DecisionTables.isTable(name) ? 0 : 2));
    }

    /**
     * The page's model: the file as the grid or the text editor shows it, with the check's messages at their cells or
     * lines, the file's fixture cases (marked when checked), and the check's report.
     */
    private void editor(String name, String base, String text, Map<String, List<String>> messages,
                        RuleCheck.Report report, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("base", base);
        model.addAttribute("text", text);
        model.addAttribute("text64", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        boolean workbook = isWorkbook(name);
        model.addAttribute("workbook", workbook);
        TableGrid grid = DecisionTables.isTable(name) && !workbook
                ? TableGrid.of(name, text, messages, text(name, inUse(publisher.current(), name))) : null;
        model.addAttribute("grid", grid != null && grid.editable() ? grid : null);
        List<String> lines = text.lines().toList();
        List<GutterLine> gutter = new ArrayList<>();
        for (int n = 1; n <= lines.size() + 40; n++) {
            gutter.add(new GutterLine(n, messages.getOrDefault(String.valueOf(n), List.of())));
        }
        model.addAttribute("gutter", gutter);
        model.addAttribute("rows", lines.size() + 3);
        Map<String, FixtureRunner.CaseResult> results = new LinkedHashMap<>();
        if (report != null) {
            report.fixtures().forEach(c -> results.put(c.name(), c));
        }
        model.addAttribute("cases", fixtures.of(name).stream().map(c -> {
            FixtureRunner.CaseResult r = results.get(c.name());
            return new CaseMark(c, r == null ? null : r.passed(), r == null ? List.of() : r.failures());
        }).toList());
        if (report != null) {
            model.addAttribute("report", report);
            model.addAttribute("problems", report.problems().stream().map(p -> locate(name, lines, p)).toList());
            model.addAttribute("failing", report.fixtures().stream().filter(c -> !c.passed()).toList());
        }
    }

    private static Located locate(String name, List<String> lines, RuleProblem p) {
        Integer line = name.equals(p.file()) && p.cell() == null ? p.line() : null;
        if (!DecisionTables.isTable(name) && p.cell() != null && p.cell().startsWith(name + "!")
                && p.cell().substring(name.length() + 1).matches("[A-Z]+[0-9]+")) {
            line = Integer.valueOf(p.cell().substring(name.length() + 1).replaceAll("^[A-Z]+", ""));
        }
        String lineText = line != null && line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
        return new Located(p.where(), p.message(), lineText == null ? null : line, lineText);
    }

    /**
     * The check's messages by where they show: a grid cell's address ({@code D10}) for a table, a line number for a
     * text file. Problems elsewhere (another file, a table's code rows) are listed above the editor only.
     */
    private static Map<String, List<String>> located(String name, String text, RuleCheck.Report report) {
        Map<String, List<String>> at = new TreeMap<>();
        String prefix = name + "!";
        boolean grid = DecisionTables.isTable(name);
        for (RuleProblem p : report.problems()) {
            if (p.cell() != null && p.cell().startsWith(prefix)) {
                // A plain table edited as text (units.csv!A5) shows its problems at the cell's line.
                String cell = p.cell().substring(prefix.length());
                at.computeIfAbsent(grid ? cell : cell.replaceAll("^[A-Z]+", ""), k -> new ArrayList<>())
                        .add(grid ? p.message() : cell + ": " + p.message());
            } else if (name.equals(p.file()) && p.cell() == null && p.line() != null) {
                at.computeIfAbsent(String.valueOf(p.line()), k -> new ArrayList<>()).add(p.message());
            }
        }
        for (TableIssue issue : report.tableIssues()) {
            if (issue.cell() != null && issue.cell().startsWith(prefix)) {
                at.computeIfAbsent(issue.cell().substring(prefix.length()), k -> new ArrayList<>())
                        .add("[" + issue.kind() + "] " + issue.range() + " " + issue.messageJa() + " / " + issue.messageEn());
            }
        }
        return at;
    }

    /**
     * The file as edited: a grid's cells applied over the text it was drawn from, else the text area's text. A text
     * area sends CRLF line ends; a file that had none keeps having none.
     */
    private String candidate(String name, Map<String, String> form) {
        String original = text(name, inUse(publisher.current(), name));
        if (isWorkbook(name)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Excel の判定表はこのページでは編集できません"
                    + "（POST /api/rules/check の filesBase64 で送ってください） / an Excel table is not edited on this page");
        }
        if (form.get("text64") != null) {
            String drawn = decode(form.get("text64"));
            return DecisionTables.isTable(name) && RuleTables.isCsv(name) ? TableGrid.apply(name, drawn, form::get) : drawn;
        }
        String text = form.getOrDefault("text", "");
        return original.indexOf('\r') < 0 ? text.replace("\r\n", "\n") : text;
    }

    private static RulePublisher.Change change(String name, String base, String text) {
        return new RulePublisher.Change(base, Map.of(name, text.getBytes(StandardCharsets.UTF_8)), List.of(), false);
    }

    /** The file's bytes in the set in use; 404 for a name the set does not have (only its files are edited here). */
    private static byte[] inUse(RuleSet set, String name) {
        byte[] bytes = set.sources().get(name);
        if (bytes == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "ルールファイル " + name + " は使用中の版にありません"
                    + " / the set in use has no rule file " + name);
        }
        return bytes;
    }

    /** A file's text; an Excel table is not text and is not edited here (none). */
    private static String text(String name, byte[] bytes) {
        return isWorkbook(name) ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean isWorkbook(String name) {
        return DecisionTables.isTable(name) && !RuleTables.isCsv(name);
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64 == null ? "" : base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "候補を読めません / unreadable candidate", e);
        }
    }

}
