package jp.advisor.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A submission that cannot be evaluated; carries the problems found, in document order: the first
 * {@link #MAX_LISTED}, and then one line saying how many more there are.
 */
public class SubmissionException extends RuntimeException {

    /**
     * Problems listed at most: a file wrong in every row is mended from its first problems, and a reader that finds
     * thousands would otherwise hand back (and a page show) every one.
     */
    public static final int MAX_LISTED = 100;

    private static final long serialVersionUID = 1L;

    private final List<SubmissionProblem> problems;
    private final int omitted;

    public SubmissionException(List<SubmissionProblem> problems) {
        this(problems, 0);
    }

    /**
     * @param problems the problems kept; beyond {@link #MAX_LISTED} they are counted as omitted
     * @param omitted  problems found and not kept already (a reader that stops collecting at the limit)
     */
    public SubmissionException(List<SubmissionProblem> problems, int omitted) {
        this(Listing.of(problems, omitted));
    }

    private SubmissionException(Listing listing) {
        super(listing.shown().stream().map(SubmissionProblem::describe).collect(Collectors.joining("\n")));
        this.problems = listing.shown();
        this.omitted = listing.omitted();
    }

    /** The problems to show: at most {@link #MAX_LISTED}, then a line saying how many more, when there are. */
    public List<SubmissionProblem> getProblems() {
        return problems;
    }

    /** The problems listed, without the line saying how many more. */
    public List<SubmissionProblem> listed() {
        return omitted == 0 ? problems : problems.subList(0, problems.size() - 1);
    }

    /** How many problems were found beyond those listed. */
    public int omitted() {
        return omitted;
    }

    private record Listing(List<SubmissionProblem> shown, int omitted) {

        static Listing of(List<SubmissionProblem> problems, int omittedBefore) {
            if (problems == null || problems.isEmpty()) {
                throw new IllegalArgumentException("a SubmissionException needs at least one problem");
            }
            int omitted = omittedBefore + Math.max(0, problems.size() - MAX_LISTED);
            List<SubmissionProblem> shown = new ArrayList<>(problems.subList(0, Math.min(problems.size(), MAX_LISTED)));
            if (omitted > 0) {
                String count = String.format(Locale.ROOT, "%,d", omitted);
                shown.add(new SubmissionProblem(problems.get(0).source(), "", null, null,
                        "ほかに " + count + " 件の問題があります（最初の " + shown.size() + " 件だけを示しています）",
                        count + " more problem(s) not shown (only the first " + shown.size() + " are)"));
            }
            return new Listing(List.copyOf(shown), omitted);
        }
    }
}
