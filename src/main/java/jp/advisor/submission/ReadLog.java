package jp.advisor.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What reading one document found: the problems that refuse it (the first {@link SubmissionException#MAX_LISTED}, and
 * how many more), and the warnings that let it through.
 * Not thread-safe: one per reading.
 */
final class ReadLog {

    private final String source;
    private final JsonLocator locator;
    private final List<SubmissionProblem> problems = new ArrayList<>();
    private final List<SubmissionWarning> warnings = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    /** Problems found beyond those kept: a document wrong everywhere is not held problem by problem. */
    private int omitted;

    ReadLog(String source, JsonLocator locator) {
        this.source = source;
        this.locator = locator;
    }

    JsonLocator locator() {
        return locator;
    }

    /**
     * Reports what is wrong at {@code path}, unless that value or one holding it was refused already: a value of the
     * wrong type is not reported missing as well, nor is what it holds.
     */
    void problem(String path, String messageJa, String messageEn) {
        if (refusedAt(path)) {
            return;
        }
        if (!path.isEmpty()) {
            refused.add(path);
        }
        add(path, locator.nearest(path), messageJa, messageEn);
    }

    /** A problem at a position of its own (a repeated property name), which refuses no value. */
    void problem(String path, JsonLocator.Position at, String messageJa, String messageEn) {
        add(path, at, messageJa, messageEn);
    }

    void warning(String code, String path, String location, String messageJa, String messageEn) {
        JsonLocator.Position at = locator.namePosition(path);
        warnings.add(new SubmissionWarning(code, source, path, location, at.line(), at.column(), messageJa, messageEn));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The problems in document order: the first {@link SubmissionException#MAX_LISTED} found, and how many more. */
    SubmissionException failure() {
        List<SubmissionProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(SubmissionProblem::line).thenComparing(SubmissionProblem::column));
        return new SubmissionException(sorted, omitted);
    }

    /** The warnings in document order. */
    List<SubmissionWarning> warnings() {
        List<SubmissionWarning> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparingInt(SubmissionWarning::line).thenComparingInt(SubmissionWarning::column));
        return List.copyOf(sorted);
    }

    private boolean refusedAt(String path) {
        for (String p = path; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            if (refused.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private void add(String path, JsonLocator.Position at, String messageJa, String messageEn) {
        if (problems.size() >= SubmissionException.MAX_LISTED) {
            omitted++;
            return;
        }
        problems.add(new SubmissionProblem(source, path, at.line(), at.column(), messageJa, messageEn));
    }
}
