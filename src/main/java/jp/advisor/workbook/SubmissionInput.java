package jp.advisor.workbook;

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

    private SubmissionInput() {
    }

    /**
     * @param source the file name, used in the problems
     * @throws SubmissionException with every problem found, or why the file is refused
     */
    public static Submission read(byte[] bytes, String source) {
        if (FileKind.of(bytes).workbook()) {
            WorkbookGuard.check(bytes, source);
            // The workbook reader plugs in here: return new WorkbookReader().read(bytes, source).submission();
            // until then the JSON reader refuses the workbook, saying what it is.
        }
        return JSON.read(bytes, source);
    }
}
