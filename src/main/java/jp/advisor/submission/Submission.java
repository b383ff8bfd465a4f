package jp.advisor.submission;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One organisation's two sheets for one fiscal year, in the shape of CONTRACT.md. Text is kept as written.
 * Rating symbols are normalised by {@link SubmissionReader} (full-width Ａ → A, 1 → ①).
 *
 * @param fiscalYear the year as read once by the reader: {@code fiscalYear().startYear()} to compute with,
 *                   {@code fiscalYear().written()} to show
 * @param warnings   what the reader read past (unknown keys), for the evaluation's findings; not part of the
 *                   submission's JSON
 */
public record Submission(String organization, FiscalYear fiscalYear, List<Strategy> strategies,
                         @JsonIgnore List<SubmissionWarning> warnings) {

    public Submission {
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * A submission made in code (tests, generated corpora), its year read as the reader reads it.
     *
     * @throws jp.advisor.reading.FiscalYears.Unreadable when {@code fiscalYear} is not a fiscal year
     */
    public Submission(String organization, String fiscalYear, List<Strategy> strategies) {
        this(organization, FiscalYear.read(fiscalYear), strategies, List.of());
    }
}
