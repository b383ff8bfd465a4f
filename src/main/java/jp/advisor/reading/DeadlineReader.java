package jp.advisor.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the fiscal years named in a target sentence: 「平成29年度までに」「H29年度まで に」「平成27年度中に」
 * 「(平成28年度)」「R5年度」「2019年度までに」. A year that cannot be a deadline exactly (no era, a calendar year, a
 * base year 「平成26年度比」) is reported with a problem instead of being read.
 */
final class DeadlineReader {

    /**
     * A year named in the sentence.
     *
     * @param written    the year as normalised (「H29年度」)
     * @param fiscalYear the Gregorian start year, null when {@code problem} is set
     * @param problem    why it cannot be read as a deadline (Japanese), or null
     */
    record YearMention(String written, Integer fiscalYear, String problem) {
    }

    private static final Pattern FISCAL_YEAR = Pattern.compile(
            "(?:平成|令和)(?:\\d{1,2}|元|[〇一二三四五六七八九十]+)年度"
                    + "|(?<![A-Za-z])[HRhr]\\d{1,2}年度"
                    + "|(?<![\\d.])[12]\\d{3}年度"
                    + "|(?<![A-Za-z])[HRhr]\\d{1,2}(?![\\d.年])");
    /** 「29年度までに」: which era is meant is a guess. */
    private static final Pattern NO_ERA = Pattern.compile("(?<![\\d.A-Za-z成和])\\d{1,2}年度");
    /** 「2019年までに」「平成29年3月」: a calendar year or date, not a fiscal year. */
    private static final Pattern CALENDAR = Pattern.compile(
            "(?:(?:平成|令和)(?:\\d{1,2}|元|[〇一二三四五六七八九十]+)|(?<![\\d.])[12]\\d{3})年(?!度)");
    /** Words after a year that make it a base year, not a deadline. */
    private static final Pattern BASE_YEAR = Pattern.compile("末?(?:比|実績|の実績|と比|から|より)");

    private DeadlineReader() {
    }

    static List<YearMention> find(String s) {
        List<YearMention> years = new ArrayList<>();
        // Each pattern is searched only when the sentence has what it cannot match without (most have no year).
        boolean fiscal = s.contains("年度");
        int features = ValueScanner.features(s);
        boolean digits = (features & ValueScanner.DIGIT) != 0;
        boolean era = fiscal || digits && (features & ValueScanner.HR) != 0;
        Matcher m = FISCAL_YEAR.matcher(s);
        while (era && m.find()) {
            Matcher base = BASE_YEAR.matcher(s).region(m.end(), s.length());
            if (base.lookingAt()) {
                years.add(new YearMention(m.group(), null,
                        "基準の年度「" + s.substring(m.start(), base.end()) + "」を含む目標は、基準値がないと判定できません"));
                continue;
            }
            try {
                years.add(new YearMention(m.group(), FiscalYears.parse(m.group()), null));
            } catch (IllegalArgumentException e) { // 平成0年度
                years.add(new YearMention(m.group(), null, "年度「" + m.group() + "」を読めません"));
            }
        }
        m = NO_ERA.matcher(s);
        while (fiscal && digits && m.find()) {
            years.add(new YearMention(m.group(), null,
                    "元号のない年度「" + m.group() + "」は、どの年度か決められません"));
        }
        m = CALENDAR.matcher(s);
        while ((features & ValueScanner.YEAR) != 0 && m.find()) {
            years.add(new YearMention(m.group(), null,
                    "「" + m.group() + "」は暦年で、年度の期限として読めません"));
        }
        return years;
    }
}
