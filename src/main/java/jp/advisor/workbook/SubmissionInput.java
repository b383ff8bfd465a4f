package jp.advisor.workbook;

import java.util.Map;
import java.util.function.Function;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.submission.FileKind;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionReader;

/**
 * The one place a submission file is read whatever it is: by its content, a workbook goes to the workbook reader
 * (after {@link WorkbookGuard}) and anything else to the JSON reader, which names what it found when it is not
 * JSON. It lives here and not in {@code submission} because the workbook module builds on that one.
 */
public final class SubmissionInput {

    private static final SubmissionReader JSON = new SubmissionReader();
    private static final WorkbookReader WORKBOOK = new WorkbookReader();

    private SubmissionInput() {
    }

    /**
     * @param source the file name, used in the problems
     * @throws SubmissionException with every problem found, or why the file is refused
     */
    public static Submission read(byte[] bytes, String source) {
        return readWithCells(bytes, source).submission();
    }

    /** As {@link #read}, with where a workbook's rating cells are (none for JSON), for an annotated workbook. */
    public static WorkbookSubmission readWithCells(byte[] bytes, String source) {
        FileKind kind = FileKind.of(bytes);
        if (kind == FileKind.XLSX) {
            return WORKBOOK.read(bytes, source);
        }
        if (kind.workbook()) {
            WorkbookGuard.check(bytes, source); // .xlsm, .xls, encrypted: refused, saying what it is
        }
        return new WorkbookSubmission(JSON.read(bytes, source), Map.of());
    }

    /**
     * The ward's workbook back with the suggestions and findings: a workbook as given, a JSON submission first
     * written into the 様式 (so every submission has its annotated workbook form).
     *
     * @param evaluate the evaluation of the submission read (the rules in use)
     */
    public static Annotated annotate(byte[] bytes, String source, Function<Submission, Evaluation> evaluate) {
        WorkbookSubmission read = readWithCells(bytes, source);
        byte[] workbook = bytes;
        if (FileKind.of(bytes) != FileKind.XLSX) {
            workbook = WorkbookWriter.write(read.submission());
            read = WORKBOOK.read(workbook, source);
        }
        Evaluation evaluation = evaluate.apply(read.submission());
        return new Annotated(AnnotatedWorkbook.annotate(workbook, read, evaluation), read.submission(), evaluation);
    }

    /** The annotated workbook, with the submission read and its evaluation (for warnings and a summary). */
    public record Annotated(byte[] workbook, Submission submission, Evaluation evaluation) {
    }
}
