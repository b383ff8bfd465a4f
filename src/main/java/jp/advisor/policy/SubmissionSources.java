package jp.advisor.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.submission.FileKind;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionFiles;
import jp.advisor.submission.SubmissionReader;
import jp.advisor.workbook.SubmissionInput;

/**
 * The submissions a what-if compares over: submission files, and the submissions inside fixture cases
 * (their {@code submission} field), so that a what-if over {@code fixtures/} covers every case.
 */
public final class SubmissionSources {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SubmissionSources() {
    }

    /** Reads files and folders; what cannot be read goes to {@code problems} and the rest are kept. */
    public static List<NamedSubmission> read(List<Path> inputs, Consumer<String> problems) {
        SubmissionReader reader = new SubmissionReader();
        List<NamedSubmission> submissions = new ArrayList<>();
        for (Path file : SubmissionFiles.expand(inputs, problems)) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (FileKind.of(bytes) != FileKind.JSON) { // a workbook read as one; anything else named for what it is
                    submissions.add(new NamedSubmission(file.toString(), SubmissionInput.read(bytes, file.toString())));
                    continue;
                }
                JsonNode tree = JSON.readTree(bytes);
                if (tree != null && tree.has("submission") && !tree.has("strategies")) {
                    submissions.add(new NamedSubmission(file.toString(),
                            reader.read(JSON.writeValueAsBytes(tree.get("submission")), file.toString())));
                } else if (tree != null && tree.has("submissionFile")) {
                    continue; // a case over a submission file: the file itself is compared where it lies
                } else {
                    submissions.add(new NamedSubmission(file.toString(), reader.read(bytes, file.toString())));
                }
            } catch (SubmissionException e) {
                e.getProblems().forEach(p -> problems.accept(p.describe()));
            } catch (JacksonException e) {
                problems.accept(file + ": JSON を読めません / malformed JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                problems.accept(file + ": 読めません / cannot read: " + e.getMessage());
            }
        }
        return submissions;
    }
}
