package jp.advisor.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import jp.advisor.facts.Severity;
import jp.advisor.facts.Cell;
import jp.advisor.submission.Initiative;
import jp.advisor.submission.Strategy;
import jp.advisor.submissions.ReviewState;
import jp.advisor.submissions.StoredSheets;
import jp.advisor.submissions.StoredSubmission;

/**
 * What {@code /review} shows, counted from the newest revision of each organisation and year: the matrix of
 * organisations × fiscal years (state and findings by severity), the self ratings per organisation and year for the
 * chart, and the findings by code. Only counts and shares here; the page draws them.
 */
record ReviewOverview(List<Integer> years, List<Row> rows, List<RatingScale> ratings, List<CodeBar> codes,
                      int shownSubmissions, Options options) {

    /** The severities in the order shown, with their Japanese words (as the review report names them). */
    static final Map<String, String> SEVERITIES = severities();

    /** The dispositions to filter by: the stored codes and 未判断 for a finding nobody has decided on. */
    static final Map<String, String> DISPOSITIONS = dispositions();

    static final String UNDECIDED = "NONE";

    /** The rating scales charted, when the sheets fill them in: 全体 A/B, 達成状況 ①②③, 有効性 ア/イ, 実施状況 ア/イ. */
    static final List<Cell> CHARTED = List.of(Cell.OVERALL, Cell.ACHIEVEMENT, Cell.STRATEGY_EFFECTIVENESS,
            Cell.EXECUTION);

    /** The GET form's choices; each null when not chosen. */
    record Filters(Integer year, String organization, String code, String severity, String disposition) {

        Filters {
            organization = blankToNull(organization);
            code = blankToNull(code);
            severity = blankToNull(severity);
            disposition = blankToNull(disposition);
        }

        public boolean onFindings() {
            return code != null || severity != null || disposition != null;
        }

        public boolean any() {
            return year != null || organization != null || onFindings();
        }

        boolean matches(StoredSheets.StoredFinding f) {
            String decided = f.disposition() == null ? UNDECIDED : f.disposition().code();
            return (code == null || code.equals(f.code())) && (severity == null || severity.equals(f.severity()))
                    && (disposition == null || disposition.equals(decided));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** What the filters can be set to: the years, organisations and codes stored. */
    record Options(List<Integer> years, List<String> organizations, List<String> codes) {
    }

    /** An organisation's cells, one per column year, null where it has no sheet for that year. */
    record Row(String organization, List<MatrixCell> cells) {
    }

    /** The newest revision's state and its findings (those the filters match) by severity. */
    record MatrixCell(long id, int revision, ReviewState state, String stateLabel, List<SeverityCount> counts,
                      int findings, int undecided) {
    }

    record SeverityCount(String severity, String ja, int count) {
    }

    /** One scale's chart: a bar per organisation and year. */
    record RatingScale(String ja, String en, List<String> symbols, List<RatingBar> bars) {
    }

    /** How often each symbol was written on one sheet; unfilled cells are not counted. */
    record RatingBar(String organization, int year, int total, List<Segment> segments) {
    }

    /** A symbol's count, where its part of the bar starts and how long it is, as shares of the bar (0–1). */
    record Segment(String symbol, int index, int count, double start, double share) {
    }

    /** Findings with a code, and the count as a share of the most frequent code's (the longest bar). */
    record CodeBar(String code, int count, double share) {
    }

    /**
     * @param states the newest revisions as the submissions list has them (state, counts)
     * @param sheets the same revisions read back, with their stored findings and dispositions
     */
    static ReviewOverview of(List<StoredSubmission> states, List<StoredSheets.Sheet> sheets, Filters filters) {
        Map<Long, StoredSubmission> byId = new LinkedHashMap<>();
        states.forEach(s -> byId.put(s.id(), s));
        SortedSet<Integer> allYears = new TreeSet<>();
        SortedSet<String> allOrganizations = new TreeSet<>();
        SortedSet<String> allCodes = new TreeSet<>();
        sheets.forEach(s -> {
            allYears.add(s.fiscalYear());
            allOrganizations.add(s.organization());
            s.findings().values().forEach(f -> allCodes.add(f.code()));
        });

        List<StoredSheets.Sheet> shown = new ArrayList<>();
        Map<String, Map<Integer, MatrixCell>> matrix = new TreeMap<>();
        Map<String, Integer> byCode = new TreeMap<>();
        for (StoredSheets.Sheet sheet : sheets) {
            StoredSubmission state = byId.get(sheet.id());
            if (state == null || (filters.year() != null && filters.year() != sheet.fiscalYear())
                    || (filters.organization() != null && !filters.organization().equals(sheet.organization()))) {
                continue;
            }
            List<StoredSheets.StoredFinding> matching = sheet.findings().values().stream().filter(filters::matches)
                    .toList();
            if (filters.onFindings() && matching.isEmpty()) {
                continue;
            }
            shown.add(sheet);
            matching.forEach(f -> byCode.merge(f.code(), 1, Integer::sum));
            List<SeverityCount> counts = SEVERITIES.entrySet().stream().map(e -> new SeverityCount(e.getKey(),
                    e.getValue(), (int) matching.stream().filter(f -> e.getKey().equals(f.severity())).count())).toList();
            int undecided = (int) matching.stream().filter(f -> f.disposition() == null).count();
            matrix.computeIfAbsent(sheet.organization(), o -> new TreeMap<>()).put(sheet.fiscalYear(),
                    new MatrixCell(sheet.id(), sheet.revision(), state.state(), state.stateLabel(), counts,
                            matching.size(), undecided));
        }
        List<Integer> years = shown.stream().map(StoredSheets.Sheet::fiscalYear).distinct().sorted().toList();
        List<Row> rows = matrix.entrySet().stream().map(e -> new Row(e.getKey(),
                years.stream().map(y -> e.getValue().get(y)).toList())).toList();
        return new ReviewOverview(years, rows, ratings(shown), codeBars(byCode), shown.size(),
                new Options(List.copyOf(allYears), List.copyOf(allOrganizations), List.copyOf(allCodes)));
    }

    /** A chart per charted scale that any shown sheet fills in, bars by organisation, then year. */
    private static List<RatingScale> ratings(List<StoredSheets.Sheet> sheets) {
        List<StoredSheets.Sheet> ordered = sheets.stream().sorted((a, b) -> a.organization().equals(b.organization())
                ? Integer.compare(a.fiscalYear(), b.fiscalYear()) : a.organization().compareTo(b.organization())).toList();
        List<RatingScale> scales = new ArrayList<>();
        for (Cell cell : CHARTED) {
            List<RatingBar> bars = new ArrayList<>();
            for (StoredSheets.Sheet sheet : ordered) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                cell.symbols().forEach(s -> counts.put(s, 0));
                written(sheet, cell).forEach(w -> cell.symbolFor(w).ifPresent(s -> counts.merge(s, 1, Integer::sum)));
                int total = counts.values().stream().mapToInt(Integer::intValue).sum();
                if (total > 0) {
                    bars.add(new RatingBar(sheet.organization(), sheet.fiscalYear(), total, segments(counts, total)));
                }
            }
            if (!bars.isEmpty()) {
                scales.add(new RatingScale(cell.ja(), cell.en(), cell.symbols(), bars));
            }
        }
        return scales;
    }

    private static List<Segment> segments(Map<String, Integer> counts, int total) {
        List<Segment> segments = new ArrayList<>();
        int before = 0;
        int index = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            segments.add(new Segment(e.getKey(), index++, e.getValue(), (double) before / total,
                    (double) e.getValue() / total));
            before += e.getValue();
        }
        return segments;
    }

    /** What the sheet wrote in each occurrence of the cell (one per strategy or initiative), nulls left out. */
    private static List<String> written(StoredSheets.Sheet sheet, Cell cell) {
        List<Strategy> strategies = sheet.submission().strategies();
        Function<Strategy, List<String>> of = switch (cell.level()) {
            case STRATEGY -> s -> java.util.Collections.singletonList(s.selfAssessment().of(cell));
            case INITIATIVE -> s -> s.initiatives().stream().map(Initiative::selfAssessment).map(a -> a.of(cell)).toList();
            case OUTCOME -> s -> s.outcomes().stream().map(o -> o.selfRating()).toList();
        };
        return strategies.stream().flatMap(s -> of.apply(s).stream()).filter(Objects::nonNull).toList();
    }

    private static List<CodeBar> codeBars(Map<String, Integer> byCode) {
        int most = byCode.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return byCode.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .map(e -> new CodeBar(e.getKey(), e.getValue(), (double) e.getValue() / most)).toList();
    }

    static String severityJa(String severity) {
        return SEVERITIES.getOrDefault(severity, severity);
    }

    private static Map<String, String> severities() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            m.put(s.code(), s.ja());
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> dispositions() {
        Map<String, String> m = new LinkedHashMap<>();
        for (jp.advisor.submissions.Disposition d : jp.advisor.submissions.Disposition.values()) {
            m.put(d.name(), d.ja());
        }
        m.put(UNDECIDED, "未判断");
        return java.util.Collections.unmodifiableMap(m);
    }
}
