package jp.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.policy.FixtureRunner;
import jp.advisor.policy.RuleCheck;
import jp.advisor.policy.strength.StrengthCheck;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"ルールファイルを検査します：コンパイル（問題はファイル・行・表のセルで示します）、使えない書き方、"
                + "数値の判定表の切れ目・重なり、そしてすべてのフィクスチャ。問題があれば終了コード 1。",
                "Checks rule files: compiles them (problems located to file, line, table cell), the restricted "
                        + "language, gaps and overlaps in numeric tables, then every fixture case. Exit 1 on any problem."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // No fallback to the bundled rules: check is for a folder being edited, and its fixtures live beside it.
    @Parameters(arity = "0..1", paramLabel = "[rules-dir]",
            description = "ルールフォルダ（既定 ./rules） / rules folder (default: ./rules)")
    Path rules;

    @Option(names = "--fixtures", paramLabel = "<dir>", defaultValue = "fixtures",
            description = "フィクスチャのフォルダ（既定 ${DEFAULT-VALUE}） / fixtures folder")
    Path fixtures;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text（既定）または json")
    String format;

    @Option(names = "--strength", description = {"フィクスチャの強さも調べます：各ルールの境目（>=↔> など）と表の値を一つずつ"
            + "少し変え、どのケースも失敗しない変更（フィクスチャで押さえられていない境目）を一覧にします。数分かかります。",
            "Also checks how strongly the fixtures pin the rules: moves each boundary (>=↔>…) and table value a little, "
                    + "one at a time, and lists every change no fixture case notices. Takes minutes."})
    boolean strength;

    @Option(names = "--mutate", paramLabel = "<file>", description = {"--strength で変える対象をこのルールファイルに限ります"
            + "（繰り返し可。ケースはすべて流します） / with --strength, change only this rule file (repeatable; every case still runs)"})
    java.util.List<String> mutate;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (rules == null) {
            rules = Inputs.USUAL_RULES;
            if (!Files.isDirectory(rules)) {
                spec.commandLine().getErr().println("検査するルールフォルダを指定してください（ここには ./rules がありません）"
                        + " / name the rules folder to check (there is no ./rules here)");
                return 2;
            }
        }
        RuleCheck.Report report = new RuleCheck().check(rules, fixtures);
        if ("json".equals(format)) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report));
        } else {
            print(report, out);
        }
        boolean strong = true;
        if (strength && report.problems().isEmpty()) {
            StrengthCheck.Report s = new StrengthCheck().run(files(rules), fixtures,
                    m -> mutate == null || mutate.isEmpty() || mutate.contains(m.file()));
            strong = s.strong();
            if ("json".equals(format)) {
                out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(
                        java.util.Map.of("mutants", s.mutants(), "killed", s.killed(), "invalid", s.invalid(),
                                "declaredEquivalent", s.declaredEquivalent(),
                                "survivors", s.survivors().stream().map(m -> java.util.Map.of("where", m.where(),
                                        "from", m.from(), "to", m.to())).toList())));
            } else {
                printStrength(s, out);
            }
        }
        out.flush();
        return report.ok() && strong ? 0 : 1;
    }

    private static java.util.Map<String, byte[]> files(Path rules) throws IOException {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(rules)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(rules.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static void printStrength(StrengthCheck.Report s, PrintWriter out) {
        out.println();
        out.println("4. フィクスチャの強さ / fixture strength: " + s.mutants() + " 件の変更のうち " + s.killed()
                + " 件をケースが検出、" + s.survivors().size() + " 件が見逃し（" + s.invalid() + " 件はコンパイル不可）"
                + " / of " + s.mutants() + " changes, " + s.killed() + " caught, " + s.survivors().size() + " missed"
                + (s.declaredEquivalent() == 0 ? "" : "；「強さ検査：同値」と書かれた比較 " + s.declaredEquivalent()
                        + " 件は変えていません / " + s.declaredEquivalent() + " comparisons marked equivalent left as they are"));
        s.survivors().forEach(m -> out.println("   ✗ " + m.where() + " " + m.change()
                + "：この変更に気づくフィクスチャがありません / no fixture case notices this change"));
        out.println(s.strong() ? "   すべての境目と値がフィクスチャで押さえられています / every boundary and value is pinned"
                : "   見逃された変更ごとに、境目の両側のケースを fixtures/rules/<ファイル名>/ に足してください"
                        + " / add cases on both sides of each missed boundary");
    }

    private void print(RuleCheck.Report r, PrintWriter out) {
        out.println("■ ルールの検査 / rule check: " + rules + (r.version() == null ? "" : "  (" + r.version() + ")"));
        out.println();
        out.println("1. コンパイルと使える書き方 / compile and restricted language: "
                + (r.problems().isEmpty() ? "問題なし / ok" : r.problems().size() + " 件の問題 / " + r.problems().size() + " problems"));
        r.problems().forEach(p -> out.println("   ✗ " + p));
        if (!r.problems().isEmpty()) {
            out.println();
            out.println("コンパイルできないため、表の分析とフィクスチャは実行していません / not compiled: tables and fixtures not run");
            return;
        }
        out.println("2. 数値の判定表 / numeric tables: "
                + (r.tableIssues().isEmpty() ? "問題なし / ok" : r.tableIssues().size() + " 件 / " + r.tableIssues().size() + " issues"));
        r.tableIssues().forEach(i -> out.println("   ✗ " + (i.cell() != null ? i.cell() : i.file()) + " [" + i.kind() + "] "
                + (i.range() == null ? "" : i.range() + " ") + i.messageJa() + " / " + i.messageEn()));
        long failed = r.failedCases();
        out.println("3. フィクスチャ / fixtures: " + (r.fixtures().size() - failed) + " 件成功、" + failed + " 件失敗 / "
                + (r.fixtures().size() - failed) + " passed, " + failed + " failed");
        for (FixtureRunner.CaseResult c : r.fixtures()) {
            if (!c.passed()) {
                out.println("   ✗ " + c.name());
                c.failures().forEach(f -> out.println("       " + f));
            }
        }
        if (r.fixtures().isEmpty()) {
            out.println("   ✗ " + fixtures + ": フィクスチャのケースが1件もありません（--fixtures を確認） / no fixture cases found");
        }
        r.coverage().forEach(c -> out.println("   ✗ " + c));
        out.println();
        out.println(r.ok() ? "結果：問題ありません / result: ok"
                : "結果：問題があります / result: problems found");
    }
}
