package jp.advisor.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every number in a normalised sentence that could be a value (「54.1%」「51.4万件」「星二つ」「2212」), with its
 * unit and what is written around it (約, 以上, 増). Years, months, days, ordinals, identifiers and scale maxima are
 * not values and are skipped, so that 「平成28年度末2,212」 holds one value, not two.
 */
final class ValueScanner {

    /**
     * A number as written in the sentence.
     *
     * @param number      the number, null when it could not be read ({@code problem} says why)
     * @param unit        the unit ("%", "件", "星", … or "" for a bare number), null when the unit is not known
     * @param unknownUnit the letters after the number when they are not a known unit (「4テーマ」 → テーマ)
     * @param written     the value as normalised, with 約 / 以上 / 増 when written with it
     * @param value       the value alone as normalised (「約50%」 of 「約50%を下回った」)
     * @param start       where the number (or 約, 星) starts in the normalised text
     * @param end         where the value ends, comparator word included
     * @param approximate true for 「約2.5倍」「50%程度」
     * @param relative    true for a change rather than a level (「5%増」「前年比110%」)
     * @param comparator  the comparator word right after the value, or null
     * @param problem     why the number could not be read (Japanese), or null
     */
    record Mention(BigDecimal number, String unit, String unknownUnit, String written, String value, int start, int end,
                   boolean approximate, boolean relative, ComparatorWords.Found comparator, String problem) {

        /** Same number, unit and wording: 「88.1%」 twice in a cell is one value, not two. */
        boolean sameAs(Mention other) {
            boolean sameNumber = number == null || other.number == null
                    ? number == other.number && written.equals(other.written)
                    : number.compareTo(other.number) == 0;
            return sameNumber && Objects.equals(unit, other.unit) && Objects.equals(unknownUnit, other.unknownUnit)
                    && approximate == other.approximate && relative == other.relative
                    && comparatorKey().equals(other.comparatorKey());
        }

        boolean negated() {
            return comparator != null && comparator.negated();
        }

        private String comparatorKey() {
            return comparator == null ? "" : comparator.negated() ? "negated" : comparator.comparison().name();
        }
    }

    private static final String YEAR_NUMERAL = "(?:\\d+|元|[〇一二三四五六七八九十]+)";
    private static final String COUNTER = "(?:か|カ|ヶ|ケ|ヵ)";

    /**
     * Sets of characters that some pattern cannot match without, one bit each. {@link #features} looks each character
     * of a sentence up once and says which sets it touches, so that a pattern is searched only in a sentence that has
     * what it needs: most sentences have no year, date or identifier, and searching each of them with every pattern
     * was most of the reading's time. A skipped pattern could not have matched, so skipping it changes nothing.
     */
    private static final char[] FEATURE_BITS = new char[Character.MAX_VALUE + 1];
    private static int featureCount;

    private static int feature(String anyOf) {
        if (featureCount == Character.SIZE) {
            throw new IllegalStateException("a char holds " + Character.SIZE + " feature bits");
        }
        int bit = 1 << featureCount++;
        for (int k = 0; k < anyOf.length(); k++) {
            FEATURE_BITS[anyOf.charAt(k)] |= (char) bit;
        }
        return bit;
    }

    static final int DIGIT = feature("0123456789");
    static final int HR = feature("HRhr");
    static final int YEAR = feature("年");
    private static final int MONTH = feature("月");
    private static final int DAY = feature("日");
    private static final int SLASH = feature("/");
    private static final int COLON = feature(":");
    private static final int DAI = feature("第");
    private static final int DASH = feature("-");
    private static final int IDENTIFIER = feature("様項番N"); // 様式 項目 番号 No NO
    private static final int FULL_MARKS = feature("満");     // 点満点
    private static final int STAGES = feature("段");         // 段階
    private static final int KANJI_NUMERAL = feature(KanjiNumerals.CHARS);
    private static final int STAR = feature("星");
    private static final int EXPONENT_MARK = feature("eE");

    /** The feature bits of {@code s}: for each set above, whether {@code s} holds one of its characters. */
    static int features(String s) {
        int f = 0;
        for (int k = 0; k < s.length(); k++) {
            f |= FEATURE_BITS[s.charAt(k)];
        }
        return f;
    }

    /** A pattern searched over a whole sentence, and the feature bits it cannot match without. */
    private record Search(Pattern pattern, int needs) {

        boolean mayMatch(int features) {
            return (features & needs) == needs;
        }
    }

    /** Numbers that are not values: when a span starts at a number, that number is skipped. */
    private static final List<Search> NOT_VALUES = List.of(
            new Search(Pattern.compile("(?:平成|令和|昭和|大正|明治)" + YEAR_NUMERAL + "年"), YEAR),   // 平成28年度, 令和元年
            new Search(Pattern.compile("(?<![A-Za-z])[HRhr]\\d{1,2}(?![\\d.])"), HR | DIGIT),   // H29, R5
            new Search(Pattern.compile("(?<![\\d.])\\d+" + COUNTER + "?年"), DIGIT | YEAR), // 28年度, 2016年, 1年間, 10年後, 4年生
            new Search(Pattern.compile("(?<![\\d.])\\d{1,2}(?:~\\d{1,2})?" + COUNTER + "?月(?:\\d{1,2}日)?"), DIGIT | MONTH), // 4月, 4~3月, 11月23日
            new Search(Pattern.compile("(?<![\\d.])\\d{1,2}日(?=\\(|曜)"), DIGIT | DAY),  // 23日(水)
            new Search(Pattern.compile("(?<![\\d.])\\d{4}/\\d{1,2}(?:/\\d{1,2})?"), DIGIT | SLASH), // 2016/4/1
            new Search(Pattern.compile("(?<![\\d.])\\d{1,2}:\\d{2}"), DIGIT | COLON),       // 9:00
            new Search(Pattern.compile("第(?:\\d+|[〇一二三四五六七八九十百千]+)"), DAI),         // 第2回, 第4日曜日
            new Search(Pattern.compile("(?<![\\d.])\\d+(?:-\\d+)+"), DIGIT | DASH),         // [6-1-2]
            new Search(Pattern.compile("[A-Za-z]+-\\d+"), DIGIT | DASH),                        // T-1
            new Search(Pattern.compile("(?:様式|項目|番号|No\\.?|NO\\.?)\\d+"), DIGIT | IDENTIFIER), // 様式3 取組項目5
            new Search(Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?点満点"), DIGIT | FULL_MARKS), // (5点満点) is the scale
            new Search(Pattern.compile("(?<![\\d.])\\d+段階"), DIGIT | STAGES));              // 5段階評価

    private static final Pattern ARABIC = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");
    private static final Pattern EXPONENT = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?[eE][+-]?\\d+");
    /** A further group of a number written with big units: 「2000万」 of 「1億2000万」, or the 「500」 of 「1万500」. */
    private static final Pattern GROUP = Pattern.compile("(\\d+)(?![\\d.])([万億兆千])?");
    private static final Pattern KANJI = Pattern.compile("[" + KanjiNumerals.CHARS + "]+");
    private static final Pattern STAR_KANA = Pattern.compile("星(ひとつ|ふたつ|みっつ|よっつ|いつつ)");
    private static final Map<String, Integer> KANA_COUNTS = Map.of("ひとつ", 1, "ふたつ", 2, "みっつ", 3, "よっつ", 4, "いつつ", 5);

    /** Units as written → unit as compared; longest first so that 「か所」 wins over nothing. */
    private static final String[][] UNITS = {
            {"パーセント", "%"}, {"ポイント", "ポイント"},
            {"か所", "か所"}, {"カ所", "か所"}, {"ヶ所", "か所"}, {"ケ所", "か所"}, {"ヵ所", "か所"}, {"箇所", "か所"},
            {"団体", "団体"}, {"世帯", "世帯"}, {"事業", "事業"}, {"地域", "地域"}, {"時間", "時間"},
            {"%", "%"}, {"件", "件"}, {"名", "名"}, {"人", "人"}, {"点", "点"}, {"回", "回"}, {"倍", "倍"},
            {"割", "割"}, {"校", "校"}, {"社", "社"}, {"円", "円"}, {"日", "日"}, {"分", "分"}, {"秒", "秒"},
            {"冊", "冊"}, {"部", "部"}, {"枚", "枚"}, {"本", "本"}, {"台", "台"}, {"組", "組"}, {"個", "個"},
            {"戸", "戸"}, {"棟", "棟"}, {"度", "度"}, {"つ", "つ"},
    };

    /** After a kanji numeral only these count, because 一部, 一本化, 十分, 一日も早く are words, not values. */
    private static final List<String> KANJI_UNITS = List.of("パーセント", "%", "か所", "カ所", "ヶ所", "ケ所", "ヵ所",
            "箇所", "団体", "世帯", "件", "名", "人", "点", "回", "倍", "割", "校", "つ");

    /** 割 and what may follow it: 「7割」「7割5分」「7割5分3厘」, one digit (Arabic or kanji) each. */
    private static final Pattern WARI = Pattern.compile("割(?:([0-9一二三四五六七八九])分)?(?:([0-9一二三四五六七八九])厘)?");

    /** What a share is taken of, right before it: 「前年度実績の」「目標値の」. */
    private static final Pattern SHARE_OF = Pattern.compile("(?:前年度?|目標|基準|平均)(?:の)?(?:実績|値|数値)?の$");

    private static final List<String> APPROXIMATE_BEFORE = List.of("約", "およそ", "概ね", "おおむね", "ほぼ", "大体", "だいたい");
    private static final Pattern APPROXIMATE_AFTER = Pattern.compile(
            "(?:程度|前後|弱(?![いくめ])|強(?![化いくめ調])|余り|余(?![裕地計分])|くらい|ぐらい|ほど|ばかり)");
    private static final Pattern RELATIVE_AFTER = Pattern.compile(
            "の?(?:増加|増|減少|減|アップ|ダウン|向上|改善|削減|短縮|低下|上昇|引き?)");
    /** The characters a match of APPROXIMATE_AFTER / RELATIVE_AFTER can start with: elsewhere it is not tried. */
    private static final String APPROXIMATE_AFTER_FIRST = "程前弱強余くぐほば";
    private static final String RELATIVE_AFTER_FIRST = "の増減アダ向改削短低上引";

    private ValueScanner() {
    }

    /** Every unit a value is read in ("" for a bare number): what the units table may name. */
    static java.util.Set<String> units() {
        java.util.Set<String> units = new java.util.TreeSet<>();
        for (String[] u : UNITS) {
            units.add(u[1]);
        }
        units.remove("割"); // read as %
        units.add("星");
        units.add("");
        return java.util.Collections.unmodifiableSet(units);
    }

    static List<Mention> scan(String s) {
        int features = features(s);
        boolean digits = (features & DIGIT) != 0;
        boolean kanji = (features & KANJI_NUMERAL) != 0;
        boolean stars = (features & STAR) != 0;
        if (!digits && !kanji && !stars) {
            return new ArrayList<>(); // no number of any kind: nothing below could match
        }
        boolean[] notValue = new boolean[s.length() + 1];
        for (Search search : NOT_VALUES) {
            if (!search.mayMatch(features)) {
                continue;
            }
            Matcher m = search.pattern().matcher(s);
            while (m.find()) {
                for (int k = m.start(); k < m.end(); k++) {
                    notValue[k] = true;
                }
            }
        }
        boolean[] taken = new boolean[s.length() + 1];
        List<Mention> mentions = new ArrayList<>();

        boolean exponents = digits && (features & EXPONENT_MARK) != 0;
        Matcher m = exponents ? EXPONENT.matcher(s) : null;
        while (exponents && m.find()) {
            // 「1e309」: a spreadsheet's or program's notation, not a sheet's; read, it would be two numbers.
            mentions.add(new Mention(null, null, null, m.group(), m.group(), m.start(), m.end(), false, false, null,
                    "指数表記「" + m.group() + "」は数として読みません（桁をそのまま書いてください）"));
            mark(taken, m.start(), m.end());
        }

        m = digits ? ARABIC.matcher(s) : null;
        while (digits && m.find()) {
            if (notValue[m.start()] || taken[m.start()]) {
                continue;
            }
            int[] end = {m.end()};
            BigDecimal number = withBigUnits(s, new BigDecimal(m.group()), end, notValue);
            Mention mention = checked(finish(s, m.start(), end[0], number));
            mentions.add(mention);
            mark(taken, m.start(), Math.max(end[0], mention.start() + mention.value().length()));
        }

        m = kanji ? KANJI.matcher(s) : null;
        while (kanji && m.find()) {
            int start = m.start();
            if (notValue[start] || taken[start] || KanjiNumerals.BIG.indexOf(s.charAt(start)) >= 0) {
                continue;
            }
            boolean star = start > 0 && s.charAt(start - 1) == '星';
            String unit = star || s.startsWith("つ星", m.end()) ? "星" : kanjiUnitAt(s, m.end());
            if (unit == null) {
                continue; // 千島, 一体的, 統一: a kanji numeral without a unit is a word, not a value
            }
            int afterUnit = star ? m.end() : m.end() + writtenUnitLength(s, m.end(), unit);
            if ("割".equals(unit)) {
                Matcher tenths = WARI.matcher(s).region(m.end(), s.length());
                afterUnit = tenths.lookingAt() ? tenths.end() : afterUnit; // 七割五分: 五 is part of the value
            }
            if (isIdiom(s, afterUnit) || loneOneInPhrase(m.group(), unit)) {
                continue;
            }
            Optional<BigDecimal> n = KanjiNumerals.parse(m.group());
            if (n.isEmpty()) {
                mentions.add(new Mention(null, null, null, m.group(), m.group(), start, m.end(), false, false, null,
                        "漢数字「" + m.group() + "」を数として読めません"));
                continue;
            }
            Mention mention = checked(finish(s, start, m.end(), n.get()));
            mentions.add(mention);
            mark(taken, start, Math.max(m.end(), mention.start() + mention.value().length()));
        }

        m = stars ? STAR_KANA.matcher(s) : null;
        while (stars && m.find()) {
            BigDecimal n = BigDecimal.valueOf(KANA_COUNTS.get(m.group(1)));
            mentions.add(finish(s, m.start(1), m.end(), n));
        }

        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    /**
     * Arabic digits followed by big units, largest first: 「51.4万」「1.2兆」「1億2000万」「3万5千」「1万500」. A later group
     * must be smaller than the unit before it (「1億20000万」 is not one number) and holds whole digits only.
     * {@code end[0]} is moved past what was read.
     */
    /** The digit of a 分 or 厘 after 割, or zero when there is none. */
    private static BigDecimal tenthsDigit(String digit) {
        if (digit == null) {
            return BigDecimal.ZERO;
        }
        int kanji = KanjiNumerals.digit(digit.charAt(0));
        return BigDecimal.valueOf(kanji >= 0 ? kanji : digit.charAt(0) - '0');
    }

    private static BigDecimal withBigUnits(String s, BigDecimal first, int[] end, boolean[] notValue) {
        int p = end[0];
        if (p >= s.length() || "万億兆千".indexOf(s.charAt(p)) < 0) {
            return first;
        }
        int exponent = exponent(s.charAt(p));
        BigDecimal number = first.scaleByPowerOfTen(exponent);
        p++;
        Matcher group = GROUP.matcher(s);
        while (p < s.length() && !notValue[p] && group.region(p, s.length()).lookingAt()) {
            BigDecimal digits = new BigDecimal(group.group(1));
            int next = group.group(2) == null ? 0 : exponent(group.group(2).charAt(0));
            if (next >= exponent || digits.compareTo(BigDecimal.TEN.pow(exponent - next)) >= 0) {
                break;
            }
            number = number.add(digits.scaleByPowerOfTen(next));
            exponent = next;
            p = group.end();
            if (next == 0) {
                break;
            }
        }
        end[0] = p;
        return number;
    }

    private static int exponent(char c) {
        return c == '千' ? 3 : KanjiNumerals.bigExponent(c);
    }

    /** A number outside the range read (see {@link Numerals}) is refused with the reason, not rounded. */
    private static Mention checked(Mention mention) {
        if (mention.number() == null) {
            return mention;
        }
        String problem = Numerals.problem(mention.number(), mention.value());
        if (problem == null) {
            return new Mention(Numerals.exact(mention.number()), mention.unit(), mention.unknownUnit(),
                    mention.written(), mention.value(), mention.start(), mention.end(), mention.approximate(),
                    mention.relative(), mention.comparator(), null);
        }
        return new Mention(null, mention.unit(), mention.unknownUnit(), mention.written(), mention.value(),
                mention.start(), mention.end(), mention.approximate(), mention.relative(), mention.comparator(), problem);
    }

    /** Distinct values, in order of appearance. */
    static List<Mention> distinct(List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention mention : mentions) {
            if (result.stream().noneMatch(mention::sameAs)) {
                result.add(mention);
            }
        }
        return result;
    }

    /** Reads the unit and what surrounds a number spanning [{@code start}, {@code numberEnd}). */
    private static Mention finish(String s, int start, int numberEnd, BigDecimal number) {
        int p = numberEnd;
        int from = start;
        String unit;
        String unknownUnit = null;
        if (start > 0 && s.charAt(start - 1) == '星') {
            unit = "星";
            from = start - 1;
            p = s.startsWith("つ", p) ? p + 1 : p;
        } else if (s.startsWith("つ星", p)) {
            unit = "星";
            p += 2;
        } else {
            String[] u = unitAt(s, p);
            if (u != null && "割".equals(u[1])) {
                // 割 is tenths and 分・厘 of 割 hundredths and thousandths: 「7割5分」 is 75%, compared as %.
                Matcher tenths = WARI.matcher(s).region(p, s.length());
                tenths.lookingAt();
                number = number.multiply(BigDecimal.TEN).add(tenthsDigit(tenths.group(1)))
                        .add(tenthsDigit(tenths.group(2)).movePointLeft(1));
                unit = "%";
                p = tenths.end();
            } else if (u != null) {
                unit = u[1];
                p += u[0].length();
            } else if (ComparatorWords.readAfter(s, p).isPresent()) {
                unit = ""; // 「登録者数 1,500以上」: a bare number, its comparator right after it
            } else if (startsWithAny(s, p, APPROXIMATE_AFTER_FIRST)
                    && APPROXIMATE_AFTER.matcher(s).region(p, s.length()).lookingAt()) {
                unit = ""; // 「50程度」「100余り」: a bare number, the word that makes it approximate is no unit
            } else if (p < s.length() && isWordLetter(s.charAt(p))) {
                unit = null; // 「4テーマ」: a unit we do not know is not guessed
                int q = p;
                while (q < s.length() && q < p + 4 && isWordLetter(s.charAt(q))) {
                    q++;
                }
                unknownUnit = s.substring(p, q);
            } else {
                unit = "";
            }
        }

        boolean approximate = false;
        String approximateWord = approximateBefore(s.substring(0, from));
        if (approximateWord != null) {
            approximate = true;
            from -= approximateWord.length();
        }
        Matcher after = startsWithAny(s, p, APPROXIMATE_AFTER_FIRST) ? APPROXIMATE_AFTER.matcher(s).region(p, s.length())
                : null;
        if (after != null && after.lookingAt()) {
            approximate = true;
            p = after.end();
        }
        Matcher change = startsWithAny(s, p, RELATIVE_AFTER_FIRST) ? RELATIVE_AFTER.matcher(s).region(p, s.length())
                : null;
        boolean changeAfter = change != null && change.lookingAt();
        // 「前年比110%」 is a ratio to last year, not a level that a % target can be compared with.
        String before = s.substring(0, from);
        // 「前年度実績の8割」「目標値の50%」: a share of another value, not a level of its own.
        boolean relative = changeAfter || "%".equals(unit) && (before.endsWith("比")
                || mayEndShare(before) && SHARE_OF.matcher(before).find());
        ComparatorWords.Found comparator = ComparatorWords.readAfter(s, p).orElse(null);
        // 「5件以上増やす」「10%以上低下した」: the comparator bounds a change, not a level, whichever word comes first.
        if (comparator != null && startsWithAny(s, comparator.end(), RELATIVE_AFTER_FIRST)
                && RELATIVE_AFTER.matcher(s).region(comparator.end(), s.length()).lookingAt()) {
            relative = true;
        }
        int end = comparator != null ? comparator.end() : changeAfter ? change.end() : p;
        int valueEnd = unknownUnit != null ? p + unknownUnit.length() : p;
        return new Mention(number, unit, unknownUnit, s.substring(from, Math.max(end, valueEnd)),
                s.substring(from, valueEnd), from, end, approximate, relative, comparator, null);
    }

    /** 約 / およそ / ほぼ … right before a value; 契約, 予約 and the like end in 約 but say nothing about it. */
    private static String approximateBefore(String before) {
        for (String word : APPROXIMATE_BEFORE) {
            if (before.endsWith(word)) {
                boolean compound = "約".equals(word) && before.length() >= 2
                        && "契予要節集制規条公解誓婚成特確".indexOf(before.charAt(before.length() - 2)) >= 0;
                return compound ? null : word;
            }
        }
        return null;
    }

    private static String[] unitAt(String s, int p) {
        if (s.startsWith("度目", p)) {
            return null; // 「3度目」 is an ordinal, not a count of times
        }
        for (String[] u : UNITS) {
            if (s.startsWith(u[0], p)) {
                return u;
            }
        }
        return null;
    }

    private static String kanjiUnitAt(String s, int p) {
        for (String written : KANJI_UNITS) {
            if (s.startsWith(written, p)) {
                return unitAt(s, p)[1];
            }
        }
        return null;
    }

    private static int writtenUnitLength(String s, int p, String unit) {
        if ("星".equals(unit)) {
            return 2; // つ星
        }
        return unitAt(s, p)[0].length();
    }

    /** 一人ひとり, 一つ一つ, 十人十色, 一回り: a numeral and counter that are part of a set phrase. */
    private static boolean isIdiom(String s, int afterUnit) {
        return afterUnit < s.length()
                && (KanjiNumerals.CHARS.indexOf(s.charAt(afterUnit)) >= 0 || s.startsWith("ひと", afterUnit)
                || s.charAt(afterUnit) == 'り');
    }

    /** A lone 一 with 人, つ, 点 or 回 is nearly always a phrase (一人暮らし, 一つの, 一点, 一回り), not a count. */
    private static boolean loneOneInPhrase(String numeral, String unit) {
        return "一".equals(numeral) && List.of("人", "つ", "点", "回").contains(unit);
    }

    private static boolean isWordLetter(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return c == 'ー' || script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.LATIN;
    }

    /** SHARE_OF ends in の$, and $ also matches before a last line terminator: elsewhere it cannot match. */
    private static boolean mayEndShare(String before) {
        return !before.isEmpty() && "の\n\r\u0085\u2028\u2029".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** Whether the character at {@code p} is one of {@code chars} (false at the end of {@code s}). */
    static boolean startsWithAny(String s, int p, String chars) {
        return p < s.length() && chars.indexOf(s.charAt(p)) >= 0;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            taken[k] = true;
        }
    }
}
