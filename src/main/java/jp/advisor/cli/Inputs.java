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
            description = "提出データの JSON ファイル、またはそれを含むフォルダ / submission files or folders")
    List<Path> inputs;

    /** The folder commands read when none is named; when it does not exist, the rules bundled in the jar. */
    static final Path USUAL_RULES = Path.of("rules");

    @Option(names = "--rules", paramLabel = "<dir>",
            description = "ルールフォルダ（既定は ./rules、なければ jar 内の同梱ルール） / rules folder "
                    + "(default: ./rules, else the rules bundled in the jar)")
    Path rules;

    /** The compiled rules, or null after printing every located problem. */
    RuleSet loadRules(PrintWriter err) {
        return loadRules(ruleSource(rules), "", err);
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
