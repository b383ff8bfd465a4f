package jp.advisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files could not be compiled; every problem found is listed. */
public class RuleSetException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super("ルールファイルを読み込めません / rule files cannot be loaded:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
