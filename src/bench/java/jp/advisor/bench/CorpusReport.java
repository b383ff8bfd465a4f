package jp.advisor.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.advisor.bench.CorpusGenerator.Item;
import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.RuleSet;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/**
 * What the generated corpus looks like to the advisor: submissions read, suggestions by shown value, findings by
 * code. Not a benchmark; run it to see that the corpus exercises the rules as the seed does.
 * Args: [scale].
 */
public final class CorpusReport {

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<Item> items = new CorpusGenerator().generate(scale);
        SubmissionReader reader = new SubmissionReader();
        RuleSet rules = BenchRules.compile(BenchRules.bundled());
        Evaluator evaluator = new Evaluator(() -> rules);
        Submission[] read = new Submission[items.size()];
        for (int i = 0; i < read.length; i++) {
            read[i] = reader.read(items.get(i).json(), items.get(i).name());
        }
        Map<String, Integer> shown = new TreeMap<>();
        Map<String, Integer> findings = new TreeMap<>();
        long bytes = 0;
        for (int i = 0; i < read.length; i++) {
            int previous = items.get(i).previousIndex();
            Evaluation e = evaluator.evaluate(read[i], previous < 0 ? null : read[previous]);
            Judgements.of(e).forEach((cell, value) -> shown.merge(cell.substring(cell.lastIndexOf('/') + 1)
                    .replaceAll("^\\d+$", "outcome") + " " + value, 1, Integer::sum));
            e.findings().forEach(f -> findings.merge(f.severity() + " " + f.code(), 1, Integer::sum));
            bytes += items.get(i).json().length;
        }
        System.out.printf("%d submissions read (%d bytes, %d initiatives)%n", read.length, bytes,
                items.stream().mapToInt(Item::initiatives).sum());
        System.out.println("suggestions (cell value: count):");
        shown.forEach((k, v) -> System.out.printf("  %-28s %6d%n", k, v));
        System.out.println("findings (severity code: count):");
        findings.forEach((k, v) -> System.out.printf("  %-60s %6d%n", k, v));
    }
}
