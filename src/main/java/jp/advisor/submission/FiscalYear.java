package jp.advisor.submission;

import com.fasterxml.jackson.annotation.JsonValue;

import jp.advisor.reading.FiscalYears;

/**
 * A submission's fiscal year, read once when the file comes in: everything downstream uses {@code startYear} and
 * shows {@code written}, and nothing parses the text again.
 *
 * @param startYear the Gregorian year in which the fiscal year starts (April): 平成28年度 → 2016
 * @param written   as the submission gives it (「平成28年度」「Ｈ２８」, 「2016」 for the JSON number 2016); what
 *                  evaluations, reports and the submission's own JSON show
 */
public record FiscalYear(int startYear, @JsonValue String written) {

    /**
     * Reads {@code written} with the project's one fiscal-year reader.
     *
     * @throws FiscalYears.Unreadable when it is not a fiscal year, with why
     */
    public static FiscalYear read(String written) {
        return new FiscalYear(FiscalYears.parse(written), written);
    }

    /** As written, so that messages that name the year read as the sheet does. */
    @Override
    public String toString() {
        return written;
    }
}
