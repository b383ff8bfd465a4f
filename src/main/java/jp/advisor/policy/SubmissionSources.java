package jp.advisor.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.submission.FileKind;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionFiles;
import jp.advisor.submission.SubmissionReader;
import jp.advisor.workbook.SubmissionInput;

/**
 * The submissions a what-if compares over: submission files, and the submissions inside fixture cases
 * (their {@code submission} field), so that a what-if over {@code fixtures/} covers every case; and for whoever
 * wants them ({@code export-xlsx}), the previous years the cases carry beside.
 */
public final class SubmissionSources {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SubmissionReader READER = new SubmissionReader();

    private SubmissionSources() {
    }

    /** A submission a file holds, and the previous year a case carries beside it ({@code previousYearSubmission}). */
    public record Found(Path file, NamedSubmission submission, Submission previousYear) {
    }

    /** Reads files and folders; what cannot be read goes to {@code problems} and the rest are kept. */
    public static List<NamedSubmission> read(List<Path> inputs, Consumer<String> problems) {
        List<NamedSubmission> submissions = new ArrayList<>();
        for (Path file : SubmissionFiles.expand(inputs, problems)) {
            of(file, problems).ifPresent(found -> submissions.add(found.submission()));
        }
        return submissions;
    }

    /**
     * The submission one file holds: a submission file's own (JSON or a workbook), or a case's {@code submission}
     * with its previous year. Empty for a case over a submission file (the file itself is read where it lies), and
     * after telling {@code problems} why the file cannot be read.
     */
    public static Optional<Found> of(Path file, Consumer<String> problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (FileKind.of(bytes) != FileKind.JSON) { // a workbook read as one; anything else named for what it is
                return found(file, SubmissionInput.read(bytes, file.toString()), null);
            }
            JsonNode tree = JSON.readTree(bytes);
            if (tree != null && tree.has("submission") && !tree.has("strategies")) {
                return found(file, READER.read(JSON.writeValueAsBytes(tree.get("submission")), file.toString()),
                        previousYear(file, tree.get("previousYearSubmission"), problems));
            }
            if (tree != null && tree.has("submissionFile")) {
                return Optional.empty();
            }
            return found(file, READER.read(bytes, file.toString()), null);
        } catch (SubmissionException e) {
            e.getProblems().forEach(p -> problems.accept(p.describe()));
        } catch (JacksonException e) {
            problems.accept(file + ": JSON を読めません / malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.accept(file + ": 読めません / cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A case's previous year, or null: when it cannot be read, that is told and the case's own submission kept. */
    private static Submission previousYear(Path file, JsonNode previous, Consumer<String> problems) {
        if (previous == null) {
            return null;
        }
        try {
            return READER.read(JSON.writeValueAsBytes(previous), file + " (previousYearSubmission)");
        } catch (SubmissionException e) {
            e.getProblems().forEach(p -> problems.accept(p.describe()));
            return null;
        }
    }

    private static Optional<Found> found(Path file, Submission submission, Submission previousYear) {
        return Optional.of(new Found(file, new NamedSubmission(file.toString(), submission), previousYear));
    }
}
