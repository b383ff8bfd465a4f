package jp.advisor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.submission.SubmissionWarning;
import jp.advisor.workbook.SubmissionInput;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"提出データ（JSON、様式の Excel ブック .xlsx、JSON Lines、- で標準入力）を評価し、すべての評価セルの提案と理由を"
                + "出力します。",
                "Evaluates submissions (JSON files, 様式 workbooks .xlsx, folders, JSON Lines, - for standard input) and prints a "
                        + "suggestion with its reason for every rating cell, in parallel, writing as it goes."})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { json, text }

    /** One record's outcome: its evaluation and what the reader read past, or the problems that stopped it. */
    private record Result(String source, Evaluation evaluation, List<String> warnings, List<String> errors) {
    }

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = {"-f", "--format"}, defaultValue = "json",
            description = "json（既定）または text（読みやすい表） / json (default) or text: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "<file>",
            description = "出力ファイル（既定は標準出力。.jsonl なら1行1件、.xlsx なら評価を書き込んだ様式のブック） / output file"
                    + " (.jsonl: one result per line; .xlsx: the 様式 workbook annotated with the suggestions and findings)")
    Path out;

    @Option(names = "--width", paramLabel = "<columns>",
            description = "text の折り返し幅（既定は端末なら環境変数 COLUMNS か 100、ファイルには折り返さない） / text: wrap at this"
                    + " width (default: on a terminal COLUMNS or 100; no wrapping into a file)")
    Integer width;

    @Option(names = "--ambiguous-width", paramLabel = "1|2", defaultValue = "1",
            description = "text：①②③ ○ × など幅があいまいな文字を端末が何桁で描くか（既定 ${DEFAULT-VALUE}） / text: columns the"
                    + " terminal draws East Asian ambiguous characters (①②③ ○ ×) in")
    int ambiguousWidth;

    @Option(names = "--threads", paramLabel = "<n>", description = "並列数（既定はコア数） / parallel workers (default: cores)")
    Integer threads;

    @Option(names = "--progress", negatable = true,
            description = "進み具合を表示（既定は端末のとき） / show count, rate and ETA (default: on a terminal)")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (ambiguousWidth != 1 && ambiguousWidth != 2) {
            err.println("--ambiguous-width は 1 か 2 です（" + ambiguousWidth + "） / --ambiguous-width is 1 or 2, not " + ambiguousWidth);
            return 2;
        }
        RuleSet ruleSet = inputs.loadRules(err);
        if (ruleSet == null) {
            return 1;
        }
        Evaluator evaluator = new Evaluator(() -> ruleSet);
        if (out != null && out.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return annotatedWorkbook(evaluator, err);
        }
        int[] failures = {0};
        int[] count = {0};
        try (Records records = Records.open(inputs.inputs, System.in, problem -> {
                    err.println(problem);
                    failures[0]++;
                });
             OutputStream stream = out == null ? Inputs.nonClosing(System.out) : Files.newOutputStream(out)) {
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            boolean single = inputs.inputs.size() == 1 && Files.isRegularFile(inputs.inputs.get(0)) && !records.streaming();
            boolean jsonLines = records.streaming()
                    || (out != null && out.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl"));
            Output output = format == Format.text ? new TextOutput(writer, layout())
                    : single ? new SingleJson(writer) : jsonLines ? new JsonLines(writer) : new JsonArray(writer);
            Progress shown = new Progress(err, Progress.wanted(progress), records.knownTotal());
            Batch.run(records, record -> evaluate(evaluator, record), threads == null ? Batch.defaultThreads() : threads,
                    result -> {
                        count[0]++;
                        result.warnings().forEach(err::println);
                        if (result.errors() != null) {
                            failures[0]++;
                            result.errors().forEach(err::println);
                        }
                        output.write(result);
                        shown.tick();
                    });
            output.finish();
            shown.finish();
            writer.flush();
        }
        return failures[0] == 0 && count[0] > 0 ? 0 : 1;
    }

    /**
     * {@code --out x-評価.xlsx}: the one sheet given (a workbook, or JSON written into the 様式) back with a suggestion
     * beside every self-rating and the findings listed, the ward's own cells unchanged.
     */
    private int annotatedWorkbook(Evaluator evaluator, PrintWriter err) throws IOException {
        if (inputs.inputs.size() != 1 || !Files.isRegularFile(inputs.inputs.get(0))) {
            err.println("--out に .xlsx を指定したときは、ファイルを1つだけ指定してください / with --out <file>.xlsx, give exactly"
                    + " one file");
            return 2;
        }
        Path input = inputs.inputs.get(0);
        try {
            SubmissionInput.Annotated annotated = SubmissionInput.annotate(Files.readAllBytes(input),
                    input.getFileName().toString(), evaluator::evaluate);
            annotated.submission().warnings().stream().map(SubmissionWarning::describe).forEach(err::println);
            Files.write(out, annotated.workbook());
            err.println(out + " に評価を書き込んだブックを書き出しました（指摘 " + annotated.evaluation().findings().size()
                    + " 件） / wrote the annotated workbook to " + out + " (" + annotated.evaluation().findings().size()
                    + " finding(s))");
            return 0;
        } catch (SubmissionException e) {
            e.getProblems().stream().map(SubmissionProblem::describe).forEach(err::println);
            return 1;
        }
    }

    /** Wrapped to the terminal when writing to one, or to --width; a file keeps each cell on one line. */
    private TextReport.Layout layout() {
        int ambiguous = ambiguousWidth;
        if (width != null) {
            return new TextReport.Layout(width, true, ambiguous);
        }
        if (out == null && System.console() != null) {
            int columns = 100;
            try {
                columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100").strip());
            } catch (NumberFormatException e) {
                // keep 100
            }
            return new TextReport.Layout(columns, true, ambiguous);
        }
        return new TextReport.Layout(Integer.MAX_VALUE, false, ambiguous);
    }

    private static Result evaluate(Evaluator evaluator, Records.Record record) {
        try {
            Submission submission = SubmissionInput.read(record.json(), record.source());
            return new Result(record.source(), evaluator.evaluate(submission),
                    submission.warnings().stream().map(SubmissionWarning::describe).toList(), null);
        } catch (SubmissionException e) {
            return new Result(record.source(), null, List.of(),
                    e.getProblems().stream().map(SubmissionProblem::describe).toList());
        } catch (RuntimeException e) {
            return new Result(record.source(), null, List.of(), List.of(record.source() + ": " + e.getMessage()));
        }
    }

    /** Where results go, one at a time, so nothing needs holding until the end. */
    private interface Output {
        void write(Result result);

        default void finish() {
        }
    }

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    private static Map<String, Object> entry(Result r) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("source", r.source());
        if (r.evaluation() != null) {
            entry.put("evaluation", r.evaluation());
        } else {
            entry.put("errors", r.errors());
        }
        return entry;
    }

    /** One file: the evaluation itself, as CONTRACT.md shows it. */
    private record SingleJson(PrintWriter writer) implements Output {
        public void write(Result r) {
            writer.println(PRETTY.writeValueAsString(r.evaluation() != null ? r.evaluation() : entry(r)));
        }
    }

    /** Several files: a JSON array of {source, evaluation | errors}, written element by element. */
    private static final class JsonArray implements Output {
        private final PrintWriter writer;
        private boolean first = true;

        JsonArray(PrintWriter writer) {
            this.writer = writer;
            writer.println("[");
        }

        public void write(Result r) {
            writer.print(first ? "" : ",\n");
            first = false;
            writer.print(PRETTY.writeValueAsString(entry(r)));
            writer.flush();
        }

        public void finish() {
            writer.println(first ? "]" : "\n]");
        }
    }

    /** Streams: one {source, evaluation | errors} per line. */
    private record JsonLines(PrintWriter writer) implements Output {
        public void write(Result r) {
            writer.println(COMPACT.writeValueAsString(entry(r)));
            writer.flush();
        }
    }

    private record TextOutput(PrintWriter writer, TextReport.Layout layout) implements Output {
        public void write(Result r) {
            if (r.evaluation() != null) {
                writer.print(TextReport.render(r.source(), r.evaluation(), layout));
                writer.flush();
            }
        }
    }
}
