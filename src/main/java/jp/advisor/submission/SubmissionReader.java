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
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.facts.Cell;
import jp.advisor.reading.FiscalYears;

/**
 * Reads a submission (CONTRACT.md, 「Submission」) from UTF-8 JSON, checks it and normalises its rating symbols.
 * Everything wrong is reported at once with line and column, so that staff can fix a file in one go: values of the
 * wrong type, missing fields, unknown symbols, an unreadable year. Only unreadable bytes and malformed JSON stop the
 * reading at the first problem. Keys the contract does not know are read past with a warning naming the nearest
 * known key ({@link Submission#warnings()}): the contract lets others add fields, but a misspelt one would otherwise
 * vanish without a word. Thread-safe.
 */
public class SubmissionReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    // Parser settings for the locator's pass and the tree; the tree is bound by RecordBinder, which knows the types.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
        refuseWhatIsNotJson(json, source);
        String text = decode(json, source);
        JsonLocator locator;
        try {
            locator = JsonLocator.scan(text, MAPPER);
        } catch (JsonLocator.MalformedJsonException e) {
            throw problem(source, e.path(), e.position(), e.messageJa(), e.messageEn());
        }
        JsonLocator.Node root = locator.find("").orElseThrow();
        if (root.token() != JsonToken.START_OBJECT) {
            throw problem(source, "", root.position(),
                    "最上位は JSON オブジェクト {…} でなければなりません（" + kind(root.token()).ja() + "が書かれています）",
                    "the top level must be a JSON object {…}, not " + kind(root.token()).en());
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JacksonException e) { // the locator has read the same text already
            throw problem(source, "", locator.nearest(""), "JSON を読めません: " + e.getOriginalMessage(),
                    "cannot read the JSON: " + e.getOriginalMessage());
        }
        ReadLog log = new ReadLog(source, locator);
        for (JsonLocator.DuplicateName duplicate : locator.duplicateNames()) {
            log.problem(duplicate.path(), duplicate.position(),
                    "項目「" + duplicate.name() + "」が同じオブジェクトの中に重複しています（最初は "
                            + duplicate.first().line() + "行目）",
                    "property \"" + duplicate.name() + "\" appears more than once in the same object (first at line "
                            + duplicate.first().line() + ")");
        }
        Submission submission = new Checker(log, tree).check();
        if (log.hasProblems()) {
            throw log.failure();
        }
        return submission;
    }

    /**
     * Names what a file is when it is clearly not JSON (a workbook, a PDF, nothing at all), instead of reporting its
     * first bytes as bad UTF-8. Text goes on to the JSON reader, which says where it goes wrong.
     */
    private static void refuseWhatIsNotJson(byte[] bytes, String source) {
        FileKind kind = FileKind.of(bytes);
        if (kind == FileKind.EMPTY) {
            throw new SubmissionException(List.of(new SubmissionProblem(source, "", null, null,
                    "空のファイルです", "the file is empty")));
        }
        if (kind != FileKind.JSON && kind != FileKind.TEXT) {
            String name = fileName(source);
            throw new SubmissionException(List.of(new SubmissionProblem(source, "", null, null,
                    kind.ja(name + " は", "です。JSON の提出データとしては読めません"),
                    name + " is " + kind.en() + ", not a JSON submission")));
        }
    }

    /** The last part of a path, as a message names the file. */
    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
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

    /** What a value is, for messages. */
    private record Kind(String ja, String en) {
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

    /** The checks of one document: binds it, collects every problem and builds the normalised submission. */
    private static final class Checker {

        // The top level is read here by hand (the year is read, not bound); its known keys are the record's.
        private static final List<String> TOP_LEVEL = Arrays.stream(Submission.class.getRecordComponents())
                .map(RecordComponent::getName).filter(name -> !name.equals("warnings")).toList();

        private final ReadLog log;
        private final JsonNode root;
        private final RecordBinder binder;

        Checker(ReadLog log, JsonNode root) {
            this.log = log;
            this.root = root;
            this.binder = new RecordBinder(log, root);
        }

        /** The submission, or null when a problem was logged. */
        Submission check() {
            binder.unknownKeys(root, "", TOP_LEVEL);
            String organization = binder.text(root, "", "organization");
            required(organization, "/organization", "organization（組織名）", "organization (the organisation's name)");
            FiscalYear fiscalYear = fiscalYear(root.get("fiscalYear"));
            List<Strategy> written = binder.records(root, "", "strategies", Strategy.class);
            if (written == null) {
                report("/strategies", "strategies（戦略の配列）がありません", "strategies (the array of strategies) is missing");
                written = List.of();
            }
            List<Strategy> strategies = new ArrayList<>();
            Map<String, String> strategyIds = new HashMap<>();
            for (int i = 0; i < written.size(); i++) {
                strategies.add(strategy(written.get(i), JsonLocator.child("/strategies", i), strategyIds));
            }
            return log.hasProblems() ? null : new Submission(organization, fiscalYear, strategies, log.warnings());
        }

        /** A string or a whole number (2016), read with the one fiscal-year reader; null when it cannot be read. */
        private FiscalYear fiscalYear(JsonNode node) {
            String path = "/fiscalYear";
            String written = null;
            if (node != null && !node.isNull()) {
                if (node.isString()) {
                    written = node.stringValue();
                } else if (node.isIntegralNumber()) {
                    written = node.asString();
                } else {
                    RecordBinder.Kind found = node.isNumber() ? RecordBinder.DECIMAL
                            : RecordBinder.kind(node);
                    report(path, "「fiscalYear」には文字列（\"平成28年度\"）か整数（2016）を書いてください（" + found.ja()
                                    + "が書かれています）",
                            "fiscalYear must be a string (\"平成28年度\") or a whole number (2016), not " + found.en());
                    return null;
                }
            }
            if (!required(written, path, "fiscalYear（年度）", "fiscalYear")) {
                return null;
            }
            try {
                return FiscalYear.read(written);
            } catch (FiscalYears.Unreadable e) {
                report(path, "fiscalYear（年度）「" + written + "」を年度として読めません。" + e.reasonJa(),
                        "fiscalYear \"" + written + "\" is not a fiscal year: " + e.reasonEn());
                return null;
            }
        }

        private Strategy strategy(Strategy strategy, String path, Map<String, String> strategyIds) {
            String idPath = path + "/id";
            if (required(strategy.id(), idPath, "戦略の「id」", "strategy id")) {
                plain(strategy.id(), idPath, "戦略", "strategy");
                unique(strategy.id(), idPath, strategyIds, "戦略の id「%s」が重複しています",
                        "duplicate strategy id \"%s\"");
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < strategy.outcomes().size(); i++) {
                Outcome outcome = strategy.outcomes().get(i);
                String outcomePath = JsonLocator.child(path + "/outcomes", i);
                outcomes.add(new Outcome(outcome.label(), outcome.value(), outcome.previous(),
                        rating(outcome.selfRating(), outcomePath, Cell.OUTCOME),
                        outcome.target()));
            }
            StrategySelfAssessment assessment = strategy.selfAssessment();
            String assessmentPath = path + "/selfAssessment";
            StrategySelfAssessment normalisedAssessment = StrategySelfAssessment.of(
                    cell -> rating(assessment.of(cell), assessmentPath, cell));
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
                plain(initiative.id(), idPath, "取組", "initiative");
                unique(initiative.id(), idPath, initiativeIds, "取組の id「%s」がこの戦略の中で重複しています",
                        "duplicate initiative id \"%s\" within this strategy");
            }
            InitiativeSelfAssessment assessment = initiative.selfAssessment();
            String assessmentPath = path + "/selfAssessment";
            InitiativeSelfAssessment normalisedAssessment = InitiativeSelfAssessment.of(
                    cell -> rating(assessment.of(cell), assessmentPath, cell));
            return new Initiative(initiative.id(), initiative.content(), initiative.performanceTarget(),
                    initiative.withdrawalCriterion(), initiative.previousResults(), initiative.result(),
                    initiative.measured(), initiative.previous(), initiative.carriedOutAsPlanned(), normalisedAssessment, initiative.issues(),
                    initiative.improvements());
        }

        /** Reports an id with "/", which would make its cells' locations (strategies/{id}/…) ambiguous. */
        private void plain(String id, String path, String whatJa, String whatEn) {
            if (id.contains("/")) {
                report(path, whatJa + "の id「" + id + "」に「/」は使えません（セルの場所 strategies/…/… の区切りのため）",
                        whatEn + " id \"" + id + "\" may not contain \"/\" (it separates the parts of a cell's location)");
            }
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
                int line = log.locator().nearest(first).line();
                report(path, String.format(formatJa, id) + "（" + first + "、" + line + "行目と同じです）",
                        String.format(formatEn, id) + " (also at " + first + ", line " + line + ")");
            }
        }

        /**
         * The canonical symbol of a self-assessment cell (its field under {@code path}), or null for an absent or blank
         * cell; reports an unknown symbol.
         */
        private String rating(String written, String path, Cell cell) {
            if (written == null || written.isBlank()) {
                return null;
            }
            return cell.symbolFor(written).orElseGet(() -> {
                String field = cell.selfAssessmentField();
                report(path + "/" + field,
                        cell.ja() + "（" + field + "）に「" + written + "」は使えません。使える値: " + String.join("、", cell.symbols()),
                        "\"" + written + "\" is not a valid " + cell.en() + " (" + field + "); allowed values: "
                                + String.join(", ", cell.symbols()));
                return written;
            });
        }

        private void report(String path, String messageJa, String messageEn) {
            log.problem(path, messageJa, messageEn);
        }
    }
}
