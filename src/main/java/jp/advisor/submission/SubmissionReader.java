package jp.advisor.submission;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import jp.advisor.reading.FiscalYears;

/**
 * Reads a submission (CONTRACT.md, 「Submission」) from UTF-8 JSON, checks it and normalises its rating symbols.
 * Everything wrong is reported at once with line and column, so that staff can fix a file in one go; only
 * unreadable bytes, malformed JSON and values of the wrong type stop the reading at the first problem.
 * Unknown fields are ignored: the contract lets others add fields. Thread-safe.
 */
public class SubmissionReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    // Jackson would quietly turn 1 or true into "1"/"true" and "true" into true; a wrong type is a mistake to show.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, textual -> textual
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            // The records copy their lists with List.copyOf, which cannot hold null: refuse [null] with a path.
            .withConfigOverride(List.class, list -> list.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .build();

    /** Reads {@code file}; problems name it as given. */
    public Submission read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SubmissionException(List.of(new SubmissionProblem(source, "", null, null,
                    "ファイルがありません", "no such file")));
        } catch (IOException e) {
            throw new SubmissionException(List.of(new SubmissionProblem(source, "", null, null,
                    "ファイルを読めません: " + e, "cannot read the file: " + e)));
        }
        return read(bytes, source);
    }

    /**
     * Reads one submission.
     *
     * @param json   UTF-8 bytes, with or without a byte order mark
     * @param source the file name or 「request body」, used in the problems
     * @throws SubmissionException listing every problem found
     */
    public Submission read(byte[] json, String source) {
        String text = decode(json, source);
        JsonLocator locator;
        try {
            locator = JsonLocator.scan(text, MAPPER);
        } catch (JsonLocator.MalformedJsonException e) {
            throw problem(source, e.path(), e.position(), e.messageJa(), e.messageEn());
        }
        if (!locator.duplicateNames().isEmpty()) {
            throw new SubmissionException(locator.duplicateNames().stream()
                    .map(duplicate -> new SubmissionProblem(source, duplicate.path(), duplicate.position().line(),
                            duplicate.position().column(),
                            "項目「" + duplicate.name() + "」が同じオブジェクトの中に重複しています（最初は "
                                    + duplicate.first().line() + "行目）",
                            "property \"" + duplicate.name() + "\" appears more than once in the same object (first at line "
                                    + duplicate.first().line() + ")"))
                    .toList());
        }
        JsonLocator.Node root = locator.find("").orElseThrow();
        if (root.token() != JsonToken.START_OBJECT) {
            throw problem(source, "", root.position(),
                    "最上位は JSON オブジェクト {…} でなければなりません（" + kind(root.token()).ja() + "が書かれています）",
                    "the top level must be a JSON object {…}, not " + kind(root.token()).en());
        }
        Submission submission;
        try {
            submission = MAPPER.readValue(text, Submission.class);
        } catch (JacksonException e) {
            throw typeProblem(e, source, locator);
        }
        return new Checker(source, locator).check(submission);
    }

    /** Decodes strictly: a Shift_JIS file would otherwise come through as mojibake and be evaluated as such. */
    private static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            StringBuilder hex = new StringBuilder();
            for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, result.length())); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
            }
            JsonLocator.Position at = bytePosition(bytes, offset);
            throw problem(source, "", at,
                    "UTF-8 として読めないバイトがあります（バイト位置 " + offset + "、0 から数えて: " + hex
                            + "）。Shift_JIS などで保存されていないか確認し、UTF-8 で保存し直してください",
                    "not valid UTF-8 at byte offset " + offset + " (0-based): " + hex
                            + "; the file may be in Shift_JIS, save it as UTF-8");
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** Line and column of a byte offset, counted as the JSON parser counts them on the decoded text. */
    private static JsonLocator.Position bytePosition(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            boolean lineFeed = bytes[i] == '\n';
            boolean loneReturn = bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n');
            if (lineFeed || loneReturn) {
                line++;
                lineStart = i + 1;
            }
        }
        // Everything before the offset decoded cleanly, so it can be counted in characters.
        String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        if (line == 1 && !prefix.isEmpty() && prefix.charAt(0) == BYTE_ORDER_MARK) {
            prefix = prefix.substring(1);
        }
        return new JsonLocator.Position(line, prefix.length() + 1);
    }

    private static SubmissionException typeProblem(JacksonException e, String source, JsonLocator locator) {
        StringBuilder path = new StringBuilder();
        String field = null;
        boolean element = false;
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.replace(0, path.length(), JsonLocator.child(path.toString(), reference.getPropertyName()));
                field = reference.getPropertyName();
                element = false;
            } else if (reference.getIndex() >= 0) {
                path.replace(0, path.length(), JsonLocator.child(path.toString(), reference.getIndex()));
                element = true;
            }
        }
        String pointer = path.toString();
        JsonLocator.Position at = e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? new JsonLocator.Position(e.getLocation().getLineNr(), Math.max(1, e.getLocation().getColumnNr()))
                : locator.nearest(pointer);
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null && field != null) {
            Kind expected = expected(mismatch.getTargetType());
            Kind found = kind(mismatch.getCurrentToken());
            String nameJa = element ? "「" + field + "」の要素" : "「" + field + "」";
            String nameEn = element ? "each element of " + field : field;
            return problem(source, pointer, at,
                    nameJa + "には" + expected.ja() + "を書いてください（" + found.ja() + "が書かれています）",
                    nameEn + " must be " + expected.en() + ", not " + found.en());
        }
        return problem(source, pointer, at, "この値を読み取れません: " + e.getOriginalMessage(),
                "cannot read this value: " + e.getOriginalMessage());
    }

    /** What a value is, for messages. */
    private record Kind(String ja, String en) {
    }

    private static Kind expected(Class<?> type) {
        if (type == String.class) {
            return new Kind("文字列（\"…\"）", "a string (\"…\")");
        }
        if (type == Boolean.class) {
            return new Kind("真偽値（true か false）", "a boolean (true or false)");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return new Kind("配列（[…]）", "an array […]");
        }
        return new Kind("オブジェクト（{…}）", "an object {…}");
    }

    private static Kind kind(JsonToken token) {
        if (token == null) {
            return new Kind("別の種類の値", "a value of another type");
        }
        return switch (token) {
            case VALUE_STRING -> new Kind("文字列", "a string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Kind("数値", "a number");
            case VALUE_TRUE, VALUE_FALSE -> new Kind("真偽値", "a boolean");
            case VALUE_NULL -> new Kind("null", "null");
            case START_OBJECT -> new Kind("オブジェクト", "an object");
            case START_ARRAY -> new Kind("配列", "an array");
            default -> new Kind("別の種類の値", "a value of another type");
        };
    }

    private static SubmissionException problem(String source, String path, JsonLocator.Position at,
                                               String messageJa, String messageEn) {
        return new SubmissionException(List.of(
                new SubmissionProblem(source, path, at.line(), at.column(), messageJa, messageEn)));
    }

    /** The semantic checks of one bound submission; collects every problem and builds the normalised copy. */
    private static final class Checker {

        private final String source;
        private final JsonLocator locator;
        private final List<SubmissionProblem> problems = new ArrayList<>();

        Checker(String source, JsonLocator locator) {
            this.source = source;
            this.locator = locator;
        }

        /** The evaluation reads the year with the rules' reader: a year it cannot read is refused here, located. */
        private static boolean evaluable(String fiscalYear) {
            try {
                FiscalYears.parse(fiscalYear);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        Submission check(Submission submission) {
            required(submission.organization(), "/organization", "organization（組織名）",
                    "organization (the organisation's name)");
            if (required(submission.fiscalYear(), "/fiscalYear", "fiscalYear（年度）", "fiscalYear")
                    && (FiscalYearCheck.startYear(submission.fiscalYear()).isEmpty() || !evaluable(submission.fiscalYear()))) {
                report("/fiscalYear", "fiscalYear（年度）「" + submission.fiscalYear()
                                + "」を年度として読めません。「平成28年度」「H28」「令和5年度」「R5」「2016」のように書いてください",
                        "fiscalYear \"" + submission.fiscalYear()
                                + "\" is not a fiscal year; write it like 平成28年度, H28, 令和5年度, R5 or 2016");
            }
            boolean hasStrategies = locator.find("/strategies")
                    .filter(node -> node.token() == JsonToken.START_ARRAY).isPresent();
            if (!hasStrategies) {
                // Any other type was refused by binding, so this is an absent or null array.
                report("/strategies", "strategies（戦略の配列）がありません", "strategies (the array of strategies) is missing");
            }
            List<Strategy> strategies = new ArrayList<>();
            Map<String, String> strategyIds = new HashMap<>();
            for (int i = 0; i < submission.strategies().size(); i++) {
                strategies.add(strategy(submission.strategies().get(i), JsonLocator.child("/strategies", i), strategyIds));
            }
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparing(SubmissionProblem::line).thenComparing(SubmissionProblem::column));
                throw new SubmissionException(problems);
            }
            return new Submission(submission.organization(), submission.fiscalYear(), strategies);
        }

        private Strategy strategy(Strategy strategy, String path, Map<String, String> strategyIds) {
            String idPath = path + "/id";
            if (required(strategy.id(), idPath, "戦略の「id」", "strategy id")) {
                unique(strategy.id(), idPath, strategyIds, "戦略の id「%s」が重複しています",
                        "duplicate strategy id \"%s\"");
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < strategy.outcomes().size(); i++) {
                Outcome outcome = strategy.outcomes().get(i);
                String outcomePath = JsonLocator.child(path + "/outcomes", i);
                outcomes.add(new Outcome(outcome.label(), outcome.value(), outcome.previous(),
                        rating(outcome.selfRating(), outcomePath + "/selfRating", RatingScale.SELF_RATING),
                        outcome.target()));
            }
            StrategySelfAssessment assessment = strategy.selfAssessment();
            String assessmentPath = path + "/selfAssessment";
            StrategySelfAssessment normalisedAssessment = new StrategySelfAssessment(
                    rating(assessment.overall(), assessmentPath + "/overall", RatingScale.OVERALL),
                    rating(assessment.progress(), assessmentPath + "/progress", RatingScale.PROGRESS),
                    rating(assessment.effectiveness(), assessmentPath + "/effectiveness",
                            RatingScale.STRATEGY_EFFECTIVENESS));
            List<Initiative> initiatives = new ArrayList<>();
            Map<String, String> initiativeIds = new HashMap<>();
            for (int i = 0; i < strategy.initiatives().size(); i++) {
                initiatives.add(initiative(strategy.initiatives().get(i), JsonLocator.child(path + "/initiatives", i),
                        initiativeIds));
            }
            return new Strategy(strategy.id(), strategy.item(), strategy.indicator(), strategy.desiredState(),
                    strategy.outcomeTarget(), strategy.strategy(), outcomes, normalisedAssessment, strategy.issues(),
                    strategy.improvements(), initiatives);
        }

        private Initiative initiative(Initiative initiative, String path, Map<String, String> initiativeIds) {
            String idPath = path + "/id";
            if (required(initiative.id(), idPath, "取組の「id」", "initiative id")) {
                unique(initiative.id(), idPath, initiativeIds, "取組の id「%s」がこの戦略の中で重複しています",
                        "duplicate initiative id \"%s\" within this strategy");
            }
            InitiativeSelfAssessment assessment = initiative.selfAssessment();
            String assessmentPath = path + "/selfAssessment";
            InitiativeSelfAssessment normalisedAssessment = new InitiativeSelfAssessment(
                    rating(assessment.achievement(), assessmentPath + "/achievement", RatingScale.ACHIEVEMENT),
                    rating(assessment.execution(), assessmentPath + "/execution", RatingScale.EXECUTION),
                    rating(assessment.effectiveness(), assessmentPath + "/effectiveness",
                            RatingScale.INITIATIVE_EFFECTIVENESS));
            return new Initiative(initiative.id(), initiative.content(), initiative.performanceTarget(),
                    initiative.withdrawalCriterion(), initiative.previousResults(), initiative.result(),
                    initiative.measured(), initiative.previous(), initiative.carriedOutAsPlanned(), normalisedAssessment, initiative.issues(),
                    initiative.improvements());
        }

        /** Reports a missing or blank value; true when it is there. */
        private boolean required(String value, String path, String nameJa, String nameEn) {
            if (value == null) {
                report(path, nameJa + "がありません", nameEn + " is missing");
                return false;
            }
            if (value.isBlank()) {
                report(path, nameJa + "が空です", nameEn + " is empty");
                return false;
            }
            return true;
        }

        /** Reports {@code id} when an earlier sibling has it, naming where; ids compare as written, less outer blanks. */
        private void unique(String id, String path, Map<String, String> seen, String formatJa, String formatEn) {
            String first = seen.putIfAbsent(id.strip(), path);
            if (first != null) {
                int line = locator.nearest(first).line();
                report(path, String.format(formatJa, id) + "（" + first + "、" + line + "行目と同じです）",
                        String.format(formatEn, id) + " (also at " + first + ", line " + line + ")");
            }
        }

        /** The canonical symbol, or null for an absent or blank cell; reports an unknown symbol. */
        private String rating(String written, String path, RatingScale scale) {
            if (written == null || written.isBlank()) {
                return null;
            }
            return scale.normalise(written).orElseGet(() -> {
                report(path, scale.messageJa(written), scale.messageEn(written));
                return written;
            });
        }

        private void report(String path, String messageJa, String messageEn) {
            JsonLocator.Position at = locator.nearest(path);
            problems.add(new SubmissionProblem(source, path, at.line(), at.column(), messageJa, messageEn));
        }
    }
}
