package jp.advisor.workbook;

import java.util.Map;

import jp.advisor.submission.Submission;

/**
 * A workbook read as a submission, with where each rating cell was found: the key is the location the evaluation
 * gives that cell ({@link jp.advisor.facts.CellLocation#format()}, e.g. {@code strategies/7-1/outcomes/0},
 * {@code strategies/7-1/overall}, {@code strategies/7-1/initiatives/7-1-1/achievement}), so that suggestions and
 * findings can be written beside the ward's own cells.
 */
public record WorkbookSubmission(Submission submission, Map<String, CellRef> ratingCells) {

    public WorkbookSubmission {
        ratingCells = Map.copyOf(ratingCells);
    }
}
