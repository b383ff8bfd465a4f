package jp.advisor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.submission.SubmissionReader;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"提出データ（JSON）を評価し、すべての評価セルの提案と理由を出力します。",
                "Evaluates submissions (JSON) and prints a suggestion with its reason for every rating cell."})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = {"-f", "--format"}, defaultValue = "json",
            description = "json（既定）または text（読みやすい表） / json (default) or text: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "出力ファイル（既定は標準出力） / output file")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet = inputs.loadRules(err);
        if (ruleSet == null) {
            return 1;
        }
        Evaluator evaluator = new Evaluator(() -> ruleSet);
        SubmissionReader reader = new SubmissionReader();
        List<Path> files = inputs.files(err);
        boolean single = inputs.inputs.size() == 1 && Files.isRegularFile(inputs.inputs.get(0));
        List<Map<String, Object>> results = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        int failures = files.isEmpty() ? 1 : 0;
        for (Path file : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("source", file.toString());
            try {
                Evaluation evaluation = evaluator.evaluate(reader.read(file));
                entry.put("evaluation", evaluation);
                evaluations.add(evaluation);
            } catch (SubmissionException e) {
                failures++;
                e.getProblems().forEach(p -> err.println(p.describe()));
                entry.put("errors", e.getProblems().stream().map(SubmissionProblem::describe).toList());
            } catch (IllegalArgumentException | IllegalStateException e) {
                failures++;
                err.println(file + ": " + e.getMessage());
                entry.put("errors", List.of(String.valueOf(e.getMessage())));
            }
            results.add(entry);
        }
        try (OutputStream stream = out == null ? Inputs.nonClosing(System.out) : Files.newOutputStream(out)) {
            PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
            if (format == Format.text) {
                for (int i = 0; i < results.size(); i++) {
                    Object ev = results.get(i).get("evaluation");
                    if (ev != null) {
                        writer.print(TextReport.render((String) results.get(i).get("source"), (Evaluation) ev));
                    }
                }
            } else {
                JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
                Object document = single && evaluations.size() == 1 ? evaluations.get(0) : results;
                writer.println(mapper.writeValueAsString(document));
            }
            writer.flush();
        }
        return failures == 0 ? 0 : 1;
    }
}
