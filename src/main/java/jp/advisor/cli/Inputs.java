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
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.submission.SubmissionFiles;

/** The inputs {@code evaluate} and {@code review} share (a picocli mixin): submissions and the rules folder. */
final class Inputs {

    @Parameters(arity = "1..*", paramLabel = "<file-or-folder>",
            description = "提出データの JSON ファイル、またはそれを含むフォルダ / submission files or folders")
    List<Path> inputs;

    @Option(names = "--rules", paramLabel = "<dir>", defaultValue = "rules",
            description = "ルールフォルダ / rules folder (default: ${DEFAULT-VALUE})")
    Path rules;

    /** The compiled rules, or null after printing every located problem. */
    RuleSet loadRules(PrintWriter err) {
        try {
            return new RuleSetLoader().load(rules);
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
