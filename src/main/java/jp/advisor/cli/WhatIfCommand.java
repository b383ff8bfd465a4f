package jp.advisor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import jp.advisor.pages.ReportFormat;
import jp.advisor.policy.SubmissionSources;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIf;
import jp.advisor.policy.whatif.WhatIfReport;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSource;

@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = {"候補のルールで評価すると、現行のルールと比べてどの判定が変わるかを一覧にします。",
                "Lists every judgement that changes when the submissions are evaluated under the candidate rules."})
final class WhatIfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", required = true, paramLabel = "<candidate-dir>|published",
            description = "候補のルールフォルダ、または published（データベースの最新の公開版） / candidate rules, or published")
    Path candidate;

    @Option(names = "--against", paramLabel = "<current-dir>|published",
            description = "比べる現行のルール（既定は ./rules、なければ jar 内の同梱ルール。published でデータベースの最新の公開版）"
                    + " / current rules (default: ./rules, else the rules bundled in the jar; published: the last published set)")
    Path current;

    @Option(names = "--database", paramLabel = "<jdbc-url>",
            description = "published で読むデータベース（既定は spring.datasource.url） / the database published reads")
    String database;

    @Parameters(arity = "1..*", paramLabel = "<submissions>", description = "提出データのファイルまたはフォルダ（フィクスチャのケースも可） / submissions, fixture cases too")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "出力（.json または .html、既定は標準出力に JSON）")
    Path out;

    @Option(names = {"-f", "--format"}, description = "json または html（既定は --out の拡張子）")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat whatIfFormat;
        try {
            whatIfFormat = WhatIfReport.format(format != null ? format
                    : out != null && out.toString().toLowerCase(Locale.ROOT).endsWith(".html") ? "html" : "json");
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        RuleSet before = Published.named(current) ? Published.load(database, "現行 / current: ", err)
                : Inputs.loadRules(Inputs.ruleSource(current), "現行 / current: ", err);
        RuleSet after = Published.named(candidate) ? Published.load(database, "候補 / candidate: ", err)
                : Inputs.loadRules(RuleSource.folder(candidate), "候補 / candidate: ", err);
        if (before == null || after == null) {
            return 1;
        }
        List<String> unreadable = new ArrayList<>();
        List<NamedSubmission> submissions = SubmissionSources.read(inputs, unreadable::add);
        unreadable.forEach(err::println);
        WhatIfReport report = new WhatIf().compare(before, after, submissions);
        try (OutputStream stream = out == null ? Inputs.nonClosing(System.out) : Files.newOutputStream(out)) {
            report.write(whatIfFormat, stream);
        }
        err.println("比較 " + report.submissions() + " 件、変わる判定 " + report.changes().size() + " 件" + counts(report)
                + " / " + report.submissions() + " compared, " + report.changes().size() + " changes");
        report.failures().forEach(err::println);
        return unreadable.isEmpty() && report.failures().isEmpty() ? 0 : 1;
    }

    /** The changes per cell type in words, 「（個別 13、全体 13、指摘 2）」, the types without a change left out. */
    static String counts(WhatIfReport report) {
        String listed = report.countsByCellType().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining("、"));
        return listed.isEmpty() ? "" : "（" + listed + "）";
    }
}
