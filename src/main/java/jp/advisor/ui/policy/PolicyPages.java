package jp.advisor.ui.policy;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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

import jp.advisor.evaluation.Evaluator;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIf;
import jp.advisor.publishing.NoSuchVersionException;
import jp.advisor.publishing.PublishRefusedException;
import jp.advisor.publishing.PublishedVersion;
import jp.advisor.publishing.RulePublisher;
import jp.advisor.rules.DecisionTables;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.submissions.StoredSheets;

/**
 * {@code /policy}: the rule set in use and its history, the difference between two versions, and rolling back to an
 * earlier one (after a page that shows what the rollback changes). Publishing and rollback are {@link RulePublisher}'s,
 * the same as {@code /api/rules}: a rollback to a set that fails today's fixtures is refused.
 */
@Controller
class PolicyPages {

    /** A rule file of the set in use: its name, what kind of file it is, and how many fixture cases pin it. */
    record RuleFile(String name, String kindJa, String kindEn, int cases) {
    }

    /** A file that differs between two versions: 追加, 削除 or 変更, with its changed lines. */
    record FileDiff(String name, String changeJa, String changeEn, List<LineDiff.Line> lines) {
    }

    private final RulePublisher publisher;
    private final StoredSheets sheets;
    private final Evaluator evaluator;
    private final FixtureCases fixtures;

    PolicyPages(RulePublisher publisher, StoredSheets sheets, Evaluator evaluator,
                @Value("${advisor.fixtures.dir}") java.nio.file.Path fixtures) {
        this.publisher = publisher;
        this.sheets = sheets;
        this.evaluator = evaluator;
        this.fixtures = new FixtureCases(fixtures);
    }

    @GetMapping("/policy")
    String home(Model model) {
        RuleSet set = publisher.current();
        List<PublishedVersion> versions = publisher.versions();
        model.addAttribute("version", set.version());
        model.addAttribute("policy", evaluator.policyOf(set));
        model.addAttribute("files", set.files().stream().map(name -> new RuleFile(name,
                DecisionTables.isTable(name) ? "判定表" : name.endsWith(".drl") ? "ルール（DRL）" : "表",
                DecisionTables.isTable(name) ? "decision table" : name.endsWith(".drl") ? "rules (DRL)" : "table",
                fixtures.of(name).size())).toList());
        model.addAttribute("versions", versions);
        model.addAttribute("inUse", versions.isEmpty() ? null : versions.get(0).id());
        return "ui/policy/home";
    }

    /** The files and judgements that differ from one version of the history to another. */
    @GetMapping("/policy/diff")
    String diff(@RequestParam long from, @RequestParam long to, Model model) {
        PublishedVersion a = version(from);
        PublishedVersion b = version(to);
        Map<String, byte[]> filesA = publisher.files(from);
        Map<String, byte[]> filesB = publisher.files(to);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("fileDiffs", fileDiffs(filesA, filesB));
        try {
            RuleSetLoader loader = new RuleSetLoader();
            model.addAttribute("whatIf", new WhatIf().compare(loader.compile(filesA, null), loader.compile(filesB, null),
                    stored()));
        } catch (RuleSetException e) {
            model.addAttribute("whatIfError", e.getMessage());
        }
        return "ui/policy/diff";
    }

    /** What rolling back to an entry would change, and the button that does it. */
    @GetMapping("/policy/versions/{id}/rollback")
    String confirmRollback(@PathVariable long id, Model model) {
        PublishedVersion target = version(id);
        model.addAttribute("target", target);
        model.addAttribute("current", publisher.current().version());
        model.addAttribute("fileDiffs", fileDiffs(publisher.current().sources(), publisher.files(id)));
        return "ui/policy/rollback";
    }

    @PostMapping("/policy/versions/{id}/rollback")
    String rollback(@PathVariable long id, Principal who, Model model, RedirectAttributes redirect) {
        version(id);
        try {
            PublishedVersion entry = publisher.rollback(id, who.getName());
            redirect.addFlashAttribute("done", "版 #" + id + " に戻しました（履歴 #" + entry.id() + "）");
            redirect.addFlashAttribute("doneEn", "Rolled back to #" + id + " (history entry #" + entry.id() + ")");
            return "redirect:/policy";
        } catch (PublishRefusedException e) {
            model.addAttribute("refused", e.getMessage());
            model.addAttribute("failedCases", e.report().fixtures().stream().filter(c -> !c.passed()).toList());
            model.addAttribute("problems", e.report().problems());
        } catch (RuleSetException e) {
            model.addAttribute("refused", e.getMessage());
        }
        return confirmRollback(id, model);
    }

    private PublishedVersion version(long id) {
        try {
            return publisher.version(id);
        } catch (NoSuchVersionException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage(), e);
        }
    }

    /** The newest stored revision of every organisation and year: what a what-if compares over. */
    private List<NamedSubmission> stored() {
        return sheets.latest(null).stream().map(s -> new NamedSubmission(s.organization() + " " + s.fiscalYear(),
                s.submission(), s.id())).toList();
    }

    static List<FileDiff> fileDiffs(Map<String, byte[]> a, Map<String, byte[]> b) {
        List<FileDiff> diffs = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            if (!a.containsKey(name)) {
                diffs.add(new FileDiff(name, "追加", "added", LineDiff.of("", text(name, b.get(name)))));
            } else if (!b.containsKey(name)) {
                diffs.add(new FileDiff(name, "削除", "removed", LineDiff.of(text(name, a.get(name)), "")));
            } else if (!Arrays.equals(a.get(name), b.get(name))) {
                diffs.add(new FileDiff(name, "変更", "changed", LineDiff.of(text(name, a.get(name)), text(name, b.get(name)))));
            }
        }
        return diffs;
    }

    /** A file as lines to compare; a workbook table is not text, and is compared by its size only. */
    private static String text(String name, byte[] bytes) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                ? "（Excel のファイル " + bytes.length + " バイト / an Excel file of " + bytes.length + " bytes）"
                : new String(bytes, StandardCharsets.UTF_8);
    }

}
