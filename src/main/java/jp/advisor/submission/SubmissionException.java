package jp.advisor.submission;

import java.util.List;
import java.util.stream.Collectors;

/** A submission that cannot be evaluated; carries every problem found, in document order. */
public class SubmissionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<SubmissionProblem> problems;

    public SubmissionException(List<SubmissionProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<SubmissionProblem> getProblems() {
        return problems;
    }

    private static String describe(List<SubmissionProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a SubmissionException needs at least one problem");
        }
        return problems.stream().map(SubmissionProblem::describe).collect(Collectors.joining("\n"));
    }
}
