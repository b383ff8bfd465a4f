package jp.advisor.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSource;
import jp.advisor.submission.SubmissionFiles;

/** The inputs {@code evaluate} and {@code review} share (a picocli mixin): submissions and the rules folder. */
final class Inputs {

    @Parameters(arity = "1..*", paramLabel = "<file-or-folder>",
            description = "提出データ（JSON、Excel のブック .xlsx）のファイル、またはそれを含むフォルダ（中身で判別） / submission files"
                    + " (JSON, Excel .xlsx: told apart by content) or folders")
    List<Path> inputs;

    /** The folder commands read when none is named; when it does not exist, the rules bundled in the jar. */
    static final Path USUAL_RULES = Path.of("rules");

    @Option(names = "--rules", paramLabel = "<dir>|published",
            description = "ルールフォルダ（既定は ./rules、なければ jar 内の同梱ルール）、または published（サービスのデータベースの"
                    + "最新の公開版） / rules folder (default: ./rules, else the rules bundled in the jar), or published: "
                    + "the service's last published set, from its database")
    Path rules;

    @Option(names = "--database", paramLabel = "<jdbc-url>",
            description = "--rules published で読むデータベース（既定は spring.datasource.url、なければ ./data の H2） / the "
                    + "database --rules published reads (default: spring.datasource.url, else the H2 under ./data)")
    String database;

    /** The compiled rules, or null after printing every located problem. */
    RuleSet loadRules(PrintWriter err) {
        return Published.named(rules) ? Published.load(database, "", err) : loadRules(ruleSource(rules), "", err);
    }

    /** A named folder, else ./rules, else the bundled set. */
    static RuleSource ruleSource(Path named) {
        return named != null ? RuleSource.folder(named) : RuleSource.folderOrBundled(USUAL_RULES);
    }

    /** Says on standard error which set is used (after {@code label}), then compiles it; null after printing its problems. */
    static RuleSet loadRules(RuleSource source, String label, PrintWriter err) {
        err.println(label + source.describe());
        try {
            return source.load();
        } catch (RuleSetException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    List<Path> files(PrintWriter err) {
        return SubmissionFiles.expand(inputs, err::println);
    }

    /** Standard output for a try-with-resources that must not close it. */
    static OutputStream nonClosing(OutputStream stream) {
        return new FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
