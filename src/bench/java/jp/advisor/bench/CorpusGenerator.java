package jp.advisor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.submission.Initiative;
import jp.advisor.submission.InitiativeSelfAssessment;
import jp.advisor.submission.Outcome;
import jp.advisor.submission.Strategy;
import jp.advisor.submission.StrategySelfAssessment;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionReader;

/**
 * A reproducible benchmark corpus built from the seed's patterns: for each organisation (Osaka's 24 wards, and
 * numbered copies of them at a larger scale) ten fiscal years (平成23年度 … 令和2年度), each a submission with
 * the seed's 19 strategies and 20 initiatives and the seed's sentences, so the Japanese readers work as on the
 * seed. What varies:
 * <ul>
 * <li>numeric outcome values and measured results: a random walk per organisation from the seed's value, written
 *     as the seed writes it (「54.1%」「80.66％」「星二つ」); the result sentence quotes the new value;</li>
 * <li>{@code previous} is last year's value of the same organisation (now and then, 3%, a different figure, as a
 *     transcription slip the review notices);</li>
 * <li>the years in the sentences move with the fiscal year (the seed's 「平成29年度までに」 in 平成28年度 becomes
 *     「平成24年度までに」 in 平成23年度), and 大正区 becomes the organisation's ward;</li>
 * <li>self-ratings (個別, 全体, 進捗, 有効性, ①②③, (ア)(イ), ○×) follow the numbers roughly, and about one in ten
 *     is flipped, so the review has inconsistencies to find; 課題・改善策 are sometimes left empty.</li>
 * </ul>
 * Every random choice comes from {@code new Random(SEED + organisation index)}, so the 1× corpus is the first part
 * of every larger one and the same bytes come out on every machine and run.
 *
 * <p>{@code main(outDir [scale])} writes the corpus as files, e.g. for {@code java -jar … review target/corpus}.
 */
public final class CorpusGenerator {

    public static final long SEED = 20161L;
    public static final int FIRST_FISCAL_YEAR = 2011; // 平成23年度
    public static final int YEARS = 10;
    public static final Path SEED_FILE = Path.of("fixtures/submissions/taisho-ward-fy2016.json");
    private static final int SEED_FISCAL_YEAR = 2016;
    private static final String SEED_WARD = "大正区";

    public static final List<String> WARDS = List.of(
            "北区", "都島区", "福島区", "此花区", "中央区", "西区", "港区", "大正区", "天王寺区", "浪速区",
            "西淀川区", "淀川区", "東淀川区", "東成区", "生野区", "旭区", "城東区", "鶴見区", "阿倍野区", "住之江区",
            "住吉区", "東住吉区", "平野区", "西成区");

    /** One generated submission; {@code previousIndex} is the same organisation's previous year in the list, or -1. */
    public record Item(String name, String organization, int fiscalYear, byte[] json, int strategies,
                       int initiatives, int previousIndex) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final Pattern ERA_YEAR = Pattern.compile("(平成|H)(\\d{1,2})(年度)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([%％])");
    private static final List<String> STARS = List.of("星一つ", "星二つ", "星三つ");

    private static final String ISSUES = "目標値に届かなかった。参加者アンケートでは、事業の内容が十分に周知されていないとの意見が多かった。";
    private static final String IMPROVEMENTS = "広報紙やSNSでの周知の頻度を上げ、地域団体と連携して参加者の拡大を図る。";

    private final Submission seed;

    public CorpusGenerator() {
        this(new SubmissionReader().read(SEED_FILE));
    }

    public CorpusGenerator(Submission seed) {
        this.seed = seed;
    }

    /** The seed's bytes as stored (the seed-size submission). */
    public static byte[] seedBytes() {
        try {
            return Files.readAllBytes(SEED_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 24 × scale} organisations × 10 years, ordered by organisation, then year. */
    public List<Item> generate(int scale) {
        return generate(WARDS.size() * scale, YEARS);
    }

    public List<Item> generate(int organisations, int years) {
        List<Item> items = new ArrayList<>(organisations * years);
        for (int o = 0; o < organisations; o++) {
            String ward = WARDS.get(o % WARDS.size());
            int copy = o / WARDS.size() + 1;
            String organization = copy == 1 ? ward : ward + "（" + copy + "）";
            Organisation org = new Organisation(ward, new Random(SEED + o));
            for (int y = 0; y < years; y++) {
                int fiscalYear = FIRST_FISCAL_YEAR + y;
                Submission s = org.year(organization, fiscalYear);
                byte[] json = JSON.writeValueAsBytes(s);
                int initiatives = s.strategies().stream().mapToInt(st -> st.initiatives().size()).sum();
                items.add(new Item(organization + "/" + fiscalYear + ".json", organization, fiscalYear, json,
                        s.strategies().size(), initiatives, y == 0 ? -1 : items.size() - 1));
            }
        }
        return items;
    }

    /** 平成23年度 … 平成30年度, 令和元年度, 令和2年度: how each year's sheet names itself. */
    static String fiscalYearJa(int year) {
        if (year < 2019) {
            return "平成" + (year - 1988) + "年度";
        }
        return year == 2019 ? "令和元年度" : "令和" + (year - 2018) + "年度";
    }

    /** One organisation's history: the values it reported last year, and its own random stream. */
    private final class Organisation {

        private final String ward;
        private final Random random;
        private final Map<String, Double> outcomeValues = new HashMap<>();
        private final Map<String, Integer> stars = new HashMap<>();
        private final Map<String, Double> measured = new HashMap<>();
        private final Map<String, String> lastYearText = new HashMap<>();

        Organisation(String ward, Random random) {
            this.ward = ward;
            this.random = random;
        }

        Submission year(String organization, int fiscalYear) {
            int shift = fiscalYear - SEED_FISCAL_YEAR;
            Map<String, String> thisYearText = new HashMap<>();
            // The seed repeats some rows (one strategy under several items): the same key gives the same value.
            Map<String, Double> measuredThisYear = new HashMap<>();
            Map<String, String> outcomeThisYear = new HashMap<>();
            List<Strategy> strategies = new ArrayList<>();
            for (Strategy s : seed.strategies()) {
                List<Outcome> outcomes = new ArrayList<>();
                boolean allA = true;
                for (int i = 0; i < s.outcomes().size(); i++) {
                    Outcome o = s.outcomes().get(i);
                    String key = o.label() + "|" + o.value();
                    Outcome generated = outcome(o, key, outcomeThisYear, thisYearText, s.outcomeTarget());
                    allA &= !"B".equals(generated.selfRating());
                    outcomes.add(generated);
                }
                List<Initiative> initiatives = new ArrayList<>();
                boolean allFirst = true;
                for (Initiative in : s.initiatives()) {
                    Initiative generated = initiative(in, measuredThisYear, shift);
                    allFirst &= "①".equals(generated.selfAssessment().achievement());
                    initiatives.add(generated);
                }
                StrategySelfAssessment self = s.selfAssessment();
                String overall = null;
                String progress = null;
                String effectiveness = null;
                if (self.overall() != null) {
                    overall = flip(allA ? "A" : "B", "A", "B");
                }
                if (self.progress() != null) {
                    progress = flip(allFirst ? "a" : "b", "a", "b");
                }
                if (self.effectiveness() != null) {
                    // strategy-effectiveness.drl.csv: イ only for B with a; the flip makes some sheets disagree.
                    effectiveness = flip("B".equals(overall) && "a".equals(progress) ? "イ" : "ア", "ア", "イ");
                }
                boolean behind = "B".equals(overall) || "b".equals(progress) || "イ".equals(effectiveness);
                String issues = s.issues();
                String improvements = s.improvements();
                if (behind && issues == null && random.nextDouble() < 0.7) {
                    issues = ISSUES;
                    improvements = IMPROVEMENTS;
                }
                strategies.add(new Strategy(s.id(), text(s.item(), shift), text(s.indicator(), shift),
                        text(s.desiredState(), shift), text(s.outcomeTarget(), shift), text(s.strategy(), shift),
                        outcomes, self == StrategySelfAssessment.EMPTY ? null
                                : new StrategySelfAssessment(overall, progress, effectiveness),
                        text(issues, shift), text(improvements, shift), initiatives));
            }
            lastYearText.clear();
            lastYearText.putAll(thisYearText);
            return new Submission(organization, fiscalYearJa(fiscalYear), strategies);
        }

        private Outcome outcome(Outcome o, String key, Map<String, String> thisYear, Map<String, String> thisYearText,
                                String outcomeTarget) {
            if (o.value() == null) {
                return o; // label only, as on the seed's 様式3 rows
            }
            if (thisYear.containsKey(key)) {
                String[] v = thisYear.get(key).split("\u0000", -1);
                return new Outcome(o.label(), v[0], v[1].isEmpty() ? null : v[1], o.selfRating() == null ? null : v[2], o.target());
            }
            String value;
            String previous;
            String rating;
            Matcher pct = PERCENT.matcher(o.value());
            if (pct.matches()) {
                double seedValue = Double.parseDouble(pct.group(1));
                Double last = outcomeValues.get(key);
                double before = last != null ? last : clamp(seedValue + uniform(-12, 12), 3, 99);
                double now = clamp(before + random.nextGaussian() * 4 + 1.0, 3, 99.9);
                outcomeValues.put(key, now);
                String sign = pct.group(2);
                value = percent(now, decimals(pct.group(1)), sign);
                previous = lastYearText.containsKey(key) ? lastYearText.get(key) : percent(before, decimals(pct.group(1)), sign);
                if (random.nextDouble() < 0.03) {
                    previous = percent(before + (random.nextBoolean() ? 2.5 : -2.5), decimals(pct.group(1)), sign); // a slip
                }
                Double target = lastPercent(outcomeTarget);
                boolean good = (target != null && now >= target) || now >= before + 2;
                rating = flip(good ? "A" : "B", "A", "B");
            } else if (STARS.contains(o.value())) {
                int before = stars.getOrDefault(key, STARS.indexOf(o.previous() == null ? o.value() : o.previous()));
                int now = Math.max(0, Math.min(2, before + random.nextInt(3) - 1));
                stars.put(key, now);
                value = STARS.get(now);
                previous = STARS.get(before);
                rating = flip(now >= 1 ? "A" : "B", "A", "B");
            } else {
                value = o.value(); // qualitative: the seed's sentence
                previous = o.previous();
                rating = flip("A", "A", "B");
            }
            thisYearText.put(key, value);
            thisYear.put(key, value + "\u0000" + (previous == null ? "" : previous) + "\u0000" + rating);
            return new Outcome(o.label(), value, previous, o.selfRating() == null ? null : rating, o.target());
        }

        private Initiative initiative(Initiative in, Map<String, Double> thisYear, int shift) {
            String target = text(in.performanceTarget(), shift);
            String criterion = text(in.withdrawalCriterion(), shift);
            String result = text(in.result(), shift).replace(SEED_WARD, ward);
            String issues = text(in.issues(), shift);
            String improvements = text(in.improvements(), shift);
            String measuredText = null;
            String achievement;
            if (in.measured() != null) {
                Matcher pct = PERCENT.matcher(in.measured());
                if (!pct.matches()) {
                    throw new IllegalStateException("seed measured value not a percentage: " + in.measured());
                }
                String key = in.id() + "|" + in.performanceTarget();
                double value;
                if (thisYear.containsKey(key)) {
                    value = thisYear.get(key);
                } else {
                    double seedValue = Double.parseDouble(pct.group(1));
                    Double last = measured.get(key);
                    value = last == null ? clamp(seedValue + uniform(-25, 8), 20, 100)
                            : clamp(last + random.nextGaussian() * 6 + 0.5, 20, 100);
                    measured.put(key, value);
                    thisYear.put(key, value);
                }
                measuredText = percent(value, decimals(pct.group(1)), pct.group(2));
                result = result.replace(in.measured(), measuredText);
                if (issues != null) {
                    issues = issues.replace(in.measured(), measuredText);
                }
                Double goal = lastPercent(in.performanceTarget());
                Double floor = firstPercent(in.withdrawalCriterion());
                achievement = goal != null && value >= goal ? "①" : floor != null && value <= floor ? "③" : "②";
            } else {
                achievement = random.nextDouble() < 0.8 ? "①" : "②"; // a qualitative target: the numbers cannot tell
            }
            achievement = flip3(achievement);
            Boolean asPlanned = in.carriedOutAsPlanned() != null ? in.carriedOutAsPlanned()
                    : pick(0.6, Boolean.TRUE, 0.15, Boolean.FALSE, null);
            String execution = "③".equals(achievement) ? null
                    : flip(Boolean.FALSE.equals(asPlanned) ? "イ" : "ア", "ア", "イ");
            String effectiveness = switch (achievement) {
                case "①" -> flip("○", "○", "×");
                case "③" -> flip("×", "○", "×");
                default -> random.nextBoolean() ? "○" : "×";
            };
            if ((!"①".equals(achievement) || "×".equals(effectiveness)) && issues == null && random.nextDouble() < 0.8) {
                issues = ISSUES;
                improvements = IMPROVEMENTS;
            }
            return new Initiative(in.id(), text(in.content(), shift).replace(SEED_WARD, ward), target, criterion,
                    text(in.previousResults(), shift), result, measuredText, null, asPlanned,
                    new InitiativeSelfAssessment(achievement, execution, effectiveness), issues, improvements);
        }

        /** The seed's years moved by {@code shift}, 大正区 replaced by the ward. */
        private String text(String s, int shift) {
            if (s == null) {
                return null;
            }
            Matcher m = ERA_YEAR.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, m.group(1) + (Integer.parseInt(m.group(2)) + shift) + m.group(3));
            }
            m.appendTail(out);
            return out.toString().replace(SEED_WARD, ward);
        }

        private String flip(String value, String one, String other) {
            return random.nextDouble() < 0.1 ? (value.equals(one) ? other : one) : value;
        }

        private String flip3(String value) {
            if (random.nextDouble() >= 0.1) {
                return value;
            }
            List<String> others = new ArrayList<>(List.of("①", "②", "③"));
            others.remove(value);
            return others.get(random.nextInt(2));
        }

        private <T> T pick(double p1, T v1, double p2, T v2, T otherwise) {
            double r = random.nextDouble();
            return r < p1 ? v1 : r < p1 + p2 ? v2 : otherwise;
        }

        private double uniform(double low, double high) {
            return low + random.nextDouble() * (high - low);
        }
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    private static int decimals(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    private static String percent(double v, int decimals, String sign) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v) + sign;
    }

    private static Double lastPercent(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = PERCENT.matcher(s);
        Double last = null;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        return last;
    }

    private static Double firstPercent(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = PERCENT.matcher(s);
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }

    /** Writes the corpus as files: {@code <outDir>/<organisation>/<year>.json}. Args: outDir [scale]. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/corpus");
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<Item> items = new CorpusGenerator().generate(scale);
        long bytes = 0;
        int initiatives = 0;
        for (Item item : items) {
            Path file = out.resolve(item.name());
            Files.createDirectories(file.getParent());
            Files.write(file, item.json());
            bytes += item.json().length;
            initiatives += item.initiatives();
        }
        System.out.printf("%d submissions (%d initiatives, %d bytes) written to %s%n", items.size(), initiatives, bytes,
                out.toAbsolutePath());
    }
}
