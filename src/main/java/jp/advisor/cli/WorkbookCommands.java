package jp.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionFiles;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.submission.SubmissionReader;
import jp.advisor.workbook.WorkbookWriter;

/** The city's Excel 様式: the blank template, and submissions written into it. */
final class WorkbookCommands {

    private WorkbookCommands() {
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = {"空の様式（めざす成果および戦略・具体的取組の2シート、評価セルのドロップダウン付き）を書き出します。",
                    "Writes the blank 様式 workbook (two sheets, drop-downs on the rating cells)."})
    static final class Template implements Callable<Integer> {

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "<file.xlsx>",
                description = "書き出すファイル / the workbook to write")
        Path out;

        @Override
        public Integer call() throws IOException {
            write(out, WorkbookWriter.template());
            return 0;
        }
    }

    @Command(name = "export-xlsx", mixinStandardHelpOptions = true,
            description = {"提出データ（JSON）を様式の Excel に書き出します。フォルダを渡すと中の .json をすべて、"
                    + "--out のフォルダに同じ名前の .xlsx で書き出します。読めないファイルがあれば終了コード 1。",
                    "Writes submissions (JSON) into the 様式 workbook. Given a folder, every .json in it goes to a .xlsx of "
                            + "the same name under the --out folder. Exit 1 when a file cannot be read."})
    static final class ExportXlsx implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<submission.json|folder>", description = "提出データまたはフォルダ / a submission or folder")
        Path input;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "<file.xlsx|folder>",
                description = "書き出すファイル（フォルダを渡したときはフォルダ） / the workbook, or the folder for a folder")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            boolean folder = Files.isDirectory(input);
            List<String> problems = new ArrayList<>();
            List<Path> files = SubmissionFiles.expand(List.of(input), problems::add);
            SubmissionReader reader = new SubmissionReader();
            for (Path file : files) {
                Path target = folder ? out.resolve(xlsxName(input.relativize(file))) : out;
                try {
                    write(target, WorkbookWriter.write(reader.read(file)));
                    spec.commandLine().getOut().println(file + " → " + target);
                } catch (SubmissionException e) {
                    e.getProblems().stream().map(SubmissionProblem::describe).forEach(problems::add);
                }
            }
            problems.forEach(err::println);
            return problems.isEmpty() ? 0 : 1;
        }

        private static Path xlsxName(Path relative) {
            String name = relative.getFileName().toString();
            String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
            return relative.resolveSibling(base + ".xlsx");
        }
    }

    private static void write(Path target, byte[] workbook) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(target, workbook);
    }
}
