package jp.advisor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import jp.advisor.pages.ReportFormat;
import jp.advisor.review.ReviewReport;
import jp.advisor.review.Reviewer;
import jp.advisor.rules.RuleSet;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"提出データ（1件または複数の区・年度。JSON、様式の Excel ブック .xlsx、JSON Lines、- で標準入力）の自己評価を点検し、"
                + "矛盾を一覧にした報告を書きます。",
                "Reviews submissions (one or many wards and years: JSON, 様式 workbooks .xlsx, JSON Lines, - for standard"
                        + " input) and writes a report of every contradiction."})
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "<report>",
            description = "報告ファイル（.json .csv .html .xlsx、既定は標準出力に JSON） / report file; its extension picks the format")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "<format>",
            description = "json, csv, html, xlsx（既定は --out の拡張子） / overrides the extension")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat;
        try {
            reportFormat = format != null ? ReviewReport.format(format)
                    : out != null ? ReviewReport.format(extension(out)) : ReportFormat.JSON;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (reportFormat == ReportFormat.XLSX && out == null) {
            err.println("xlsx は --out でファイルを指定してください / xlsx needs --out <file>");
            return 2;
        }
        RuleSet ruleSet = inputs.loadRules(err);
        if (ruleSet == null) {
            return 1;
        }
        List<Reviewer.Source> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Records records = Records.open(inputs.inputs, System.in, missing::add)) {
            records.forEachRemaining(r -> sources.add(new Reviewer.Source(r.source(), r.json())));
        }
        missing.forEach(err::println);
        ReviewReport report = new Reviewer(() -> ruleSet).review(sources, warning -> err.println(warning.describe()));
        report.unreadable().forEach(u -> u.problems().forEach(p -> err.println(p.startsWith(u.source()) ? p : u.source() + ": " + p)));
        try (OutputStream stream = out == null ? Inputs.nonClosing(System.out) : Files.newOutputStream(out)) {
            report.write(reportFormat, stream);
        }
        int findings = report.submissions().stream().mapToInt(s -> s.findings().size()).sum();
        err.println("点検 " + report.submissions().size() + " 件、指摘 " + findings + " 件、読めないファイル "
                + report.unreadable().size() + " 件 / reviewed " + report.submissions().size() + ", findings "
                + findings + ", unreadable " + report.unreadable().size() + (out == null ? "" : " → " + out));
        return report.unreadable().isEmpty() && missing.isEmpty() && !sources.isEmpty() ? 0 : 1;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
