package jp.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import jp.advisor.policy.SubmissionSources;
import jp.advisor.submission.FileKind;
import jp.advisor.submission.SubmissionFiles;
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
            description = {"提出データ（JSON、ルールの事例ファイルも）を様式の Excel に書き出します。フォルダを渡すと中の .json を"
                    + "すべて、--out のフォルダに同じ名前の .xlsx で書き出します。事例の前年度（previousYearSubmission）は"
                    + "「名前-前年度.xlsx」に。様式のブック（.xlsx）は書き出しません。読めないファイルがあれば終了コード 1。",
                    "Writes submissions (JSON, rule fixture cases too) into the 様式 workbook. Given a folder, every .json in"
                            + " it goes to a .xlsx of the same name under the --out folder; a case's previous year"
                            + " (previousYearSubmission) to \"name-前年度.xlsx\". Workbooks are not written again. Exit 1"
                            + " when a file cannot be read."})
    static final class ExportXlsx implements Callable<Integer> {

        /** Added to a case's name for the workbook of its previous year. */
        static final String PREVIOUS_YEAR = "-前年度";

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
            PrintWriter said = spec.commandLine().getOut();
            boolean folder = Files.isDirectory(input);
            List<String> problems = new ArrayList<>();
            for (Path file : SubmissionFiles.expand(List.of(input), problems::add)) {
                Path target = folder ? out.resolve(xlsxName(input.relativize(file))) : out;
                if (workbook(file)) {
                    String already = file + ": 様式のブックです（書き出しません） / already a workbook (not written)";
                    if (folder) {
                        said.println(already);
                    } else {
                        problems.add(already);
                    }
                    continue;
                }
                int before = problems.size();
                Optional<SubmissionSources.Found> found = SubmissionSources.of(file, problems::add);
                if (found.isEmpty() && problems.size() == before) { // a case naming its submission file
                    said.println(file + ": 提出データは submissionFile のファイルです（そちらを書き出してください） / the case's"
                            + " submission is its submissionFile (export that file)");
                }
                if (found.isPresent()) {
                    write(target, WorkbookWriter.write(found.get().submission().submission()));
                    said.println(file + " → " + target);
                    if (found.get().previousYear() != null) {
                        Path previous = target.resolveSibling(base(target.getFileName().toString(), ".xlsx")
                                + PREVIOUS_YEAR + ".xlsx");
                        write(previous, WorkbookWriter.write(found.get().previousYear()));
                        said.println(file + " (previousYearSubmission) → " + previous);
                    }
                }
            }
            problems.forEach(err::println);
            return problems.isEmpty() ? 0 : 1;
        }

        /** An .xlsx by its content; anything else (an unreadable file too) is left to SubmissionSources to name. */
        private static boolean workbook(Path file) {
            try {
                return FileKind.of(Files.readAllBytes(file)) == FileKind.XLSX;
            } catch (IOException e) {
                return false;
            }
        }

        private static Path xlsxName(Path relative) {
            return relative.resolveSibling(base(relative.getFileName().toString(), ".json") + ".xlsx");
        }

        /** The name without {@code extension}, in any case. */
        private static String base(String name, String extension) {
            return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name.substring(0, name.length() - extension.length())
                    : name;
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
