package jp.advisor.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import jp.advisor.facts.Cell;
import jp.advisor.facts.CellLocation;
import jp.advisor.submission.Submission;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;
import jp.advisor.submission.SubmissionReader;

/**
 * Reads a filled-in 様式 ({@link WorkbookLayout}) as a submission. Columns are found by their heading text (NFKC,
 * without spaces and line breaks), so an added column (備考) or a changed order still reads; a merged cell reads as
 * its top-left value, so a strategy's cells merged over its outcomes' rows (or split again, the rows below left
 * empty) read as one strategy. The cells are put into the submission's JSON tree and handed to
 * {@link SubmissionReader}, so that symbols (「Ａ」 → A), ids and the year are checked and normalised exactly as a JSON
 * file's are; its problems come back naming the cell ({@code めざす成果および戦略!L7}). Every problem is reported at
 * once, up to {@link SubmissionException#MAX_LISTED} and the count of the rest. Thread-safe.
 */
public class WorkbookReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The header band is looked for in the first rows only. */
    private static final int HEADER_SEARCH_ROWS = 20;

    private final SubmissionReader submissions = new SubmissionReader();

    /**
     * Reads one workbook.
     *
     * @param bytes    an .xlsx file
     * @param fileName used as the source of the problems
     * @throws SubmissionException listing every problem found, each naming its sheet and cell
     */
    public WorkbookSubmission read(byte[] bytes, String fileName) {
        try (Workbook workbook = open(bytes, fileName)) {
            return new Reading(workbook, fileName).read();
        } catch (IOException e) {
            throw new SubmissionException(List.of(new SubmissionProblem(fileName, "", null, null,
                    "Excel ファイルとして読めません: " + e.getMessage(), "cannot read the Excel file: " + e.getMessage())));
        }
    }

    /** The one place a workbook is opened: WorkbookGuard's checks of the zip go here, before POI sees the bytes. */
    private Workbook open(byte[] bytes, String fileName) throws IOException {
        WorkbookGuard.check(bytes, fileName);
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) { // POI's own exceptions for what is not a workbook at all
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The rows of one sheet and where its columns are. */
    private record Found(Sheet sheet, int headingRow, Map<WorkbookLayout.Column, Integer> columns,
                         Map<Long, CellRangeAddress> merged) {
    }

    /** One read: the JSON tree built, where each of its values came from, and the problems found on the way. */
    private final class Reading {

        private final Workbook workbook;
        private final String source;
        private final List<SubmissionProblem> problems = new ArrayList<>();
        /** Problems found beyond {@link SubmissionException#MAX_LISTED}: counted, not kept. */
        private int omitted;
        private final ObjectNode root = JSON.createObjectNode();
        private final ArrayNode strategies = root.putArray("strategies");
        /** JSON Pointer → the cell it was read from, to name cells in SubmissionReader's problems. */
        private final Map<String, CellRef> pointers = new HashMap<>();
        private final List<StrategyRows> rows = new ArrayList<>();

        Reading(Workbook workbook, String source) {
            this.workbook = workbook;
            this.source = source;
        }

        WorkbookSubmission read() {
            Found strategySheet = find(WorkbookLayout.STRATEGIES);
            Found initiativeSheet = find(WorkbookLayout.INITIATIVES);
            if (strategySheet != null) {
                title(strategySheet);
                strategies(strategySheet);
                if (initiativeSheet != null) {
                    initiatives(initiativeSheet);
                }
            }
            Submission submission = null;
            try {
                // Without sheet 1 there is nothing to check: its missing name and year would only add noise.
                submission = strategySheet == null ? null : submissions.read(JSON.writeValueAsBytes(root), source);
            } catch (SubmissionException e) {
                e.listed().forEach(p -> problem(cellOf(p.path()), p.messageJa(), p.messageEn()));
                omitted += e.omitted();
            }
            if (!problems.isEmpty()) {
                throw new SubmissionException(problems, omitted);
            }
            return new WorkbookSubmission(submission, ratingCells(submission, strategySheet, initiativeSheet));
        }

        /** The sheet with its header row (the row of the first rows that has most of the layout's headings). */
        private Found find(WorkbookLayout.Sheet layout) {
            Sheet sheet = workbook.getSheet(layout.name());
            if (sheet == null) {
                problem(layout.name(), "シート「" + layout.name() + "」がありません（あるシート: " + sheetNames() + "）",
                        "sheet \"" + layout.name() + "\" is missing (sheets: " + sheetNames() + ")");
                return null;
            }
            Map<Long, CellRangeAddress> merged = new HashMap<>();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        merged.put(key(r, c), region);
                    }
                }
            }
            Found best = null;
            for (int r = 0; r < HEADER_SEARCH_ROWS; r++) {
                Found candidate = headings(sheet, r, layout, merged);
                if (best == null || candidate.columns().size() > best.columns().size()) {
                    best = candidate;
                }
            }
            if (best == null || best.columns().isEmpty()) {
                problem(layout.name(), "シート「" + layout.name() + "」に見出し行（" + headingList(layout) + "）が見つかりません",
                        "sheet \"" + layout.name() + "\" has no heading row (" + headingList(layout) + ")");
                return null;
            }
            for (WorkbookLayout.Column column : layout.columns()) {
                if (column.required() && !best.columns().containsKey(column)) {
                    int row = best.headingRow() + 1;
                    problem(layout.name() + "!" + row + ":" + row, "必須の列「" + column.heading() + "」が見出し行（"
                                    + row + "行目）にありません",
                            "required column \"" + column.heading() + "\" is missing from the heading row (row " + row + ")");
                }
            }
            return best;
        }

        private Found headings(Sheet sheet, int r, WorkbookLayout.Sheet layout, Map<Long, CellRangeAddress> merged) {
            Map<String, WorkbookLayout.Column> byHeading = new HashMap<>();
            layout.columns().forEach(c -> byHeading.put(WorkbookLayout.normalise(c.heading()), c));
            Map<WorkbookLayout.Column, Integer> columns = new LinkedHashMap<>();
            Row row = sheet.getRow(r);
            Found found = new Found(sheet, r, columns, merged);
            if (row == null) {
                return found;
            }
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String text = text(found, r, c);
                WorkbookLayout.Column column = text == null ? null : byHeading.get(WorkbookLayout.normalise(text));
                if (column != null) {
                    columns.putIfAbsent(column, c);
                }
            }
            return found;
        }

        /** 組織名 and 年度: the cell right of each label, above the headings. */
        private void title(Found found) {
            for (int r = 0; r < found.headingRow(); r++) {
                Row row = found.sheet().getRow(r);
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    String label = text(found, r, c);
                    String normalised = label == null ? "" : WorkbookLayout.normalise(label);
                    if (normalised.equals(WorkbookLayout.ORGANIZATION_LABEL)) {
                        put(root, "organization", found, r, c + 1, WorkbookLayout.Kind.TEXT, "/organization");
                    } else if (normalised.equals(WorkbookLayout.YEAR_LABEL)) {
                        put(root, "fiscalYear", found, r, c + 1, WorkbookLayout.Kind.TEXT, "/fiscalYear");
                    }
                }
            }
        }

        /**
         * Sheet 1: a row with a new number starts a strategy; a row with the same number, or none but an outcome
         * (a merged number split again), adds an outcome; other rows without a number (「1」「(2)」 rows, legends,
         * blank rows) are read past.
         */
        private void strategies(Found found) {
            StrategyRows current = null;
            Map<String, CellRef> seen = new HashMap<>();
            String repeated = null;
            for (int r = found.headingRow() + 1; r <= found.sheet().getLastRowNum(); r++) {
                String id = id(found, r, Cell.Level.STRATEGY);
                boolean outcome = filled(found, r, Cell.Level.OUTCOME);
                if (id != null && id.strip().equals(repeated)) {
                    continue;
                }
                if (id != null && (current == null || !id.strip().equals(current.id()))) {
                    CellRef first = seen.putIfAbsent(id.strip(), idCell(found, r, Cell.Level.STRATEGY));
                    if (first != null) {
                        duplicate("戦略番号", "strategy number", id, idCell(found, r, Cell.Level.STRATEGY), first);
                        repeated = id.strip();
                        current = null;
                        continue;
                    }
                    repeated = null;
                    ObjectNode strategy = strategies.addObject();
                    current = new StrategyRows(id.strip(), strategy, r, new ArrayList<>(), new ArrayList<>());
                    rows.add(current);
                    String pointer = "/strategies/" + (rows.size() - 1);
                    columns(found, r, Cell.Level.STRATEGY, strategy, pointer);
                    strategy.putArray("outcomes");
                    strategy.putArray("initiatives");
                    if (!outcome) {
                        continue;
                    }
                } else if (current == null || id == null && !outcome) {
                    continue;
                }
                ArrayNode outcomes = (ArrayNode) current.node().get("outcomes");
                String pointer = "/strategies/" + (rows.size() - 1) + "/outcomes/" + outcomes.size();
                columns(found, r, Cell.Level.OUTCOME, outcomes.addObject(), pointer);
                current.outcomeRows().add(r);
            }
        }

        /** Sheet 2: one initiative a row with a 取組番号, under the strategy of its 戦略番号 (or the row's above). */
        private void initiatives(Found found) {
            Map<String, Integer> byId = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                byId.putIfAbsent(rows.get(i).id(), i);
            }
            String strategyId = null;
            Map<Integer, Map<String, CellRef>> initiativeIds = new HashMap<>();
            for (int r = found.headingRow() + 1; r <= found.sheet().getLastRowNum(); r++) {
                String written = id(found, r, Cell.Level.STRATEGY);
                strategyId = written != null ? written.strip() : strategyId;
                if (strategyId == null) {
                    continue;
                }
                if (id(found, r, Cell.Level.INITIATIVE) == null) {
                    if (filled(found, r, Cell.Level.INITIATIVE)) {
                        problem(idCell(found, r, Cell.Level.INITIATIVE).describe(), "取組番号がありません（この行の取組を読めません）",
                                "the initiative number is missing (the row's initiative cannot be read)");
                    }
                    continue;
                }
                Integer index = byId.get(strategyId);
                if (index == null) {
                    problem(idCell(found, r, Cell.Level.STRATEGY).describe(), "戦略番号「" + strategyId + "」は「" + WorkbookLayout.STRATEGIES.name() + "」シートにありません",
                            "strategy number \"" + strategyId + "\" is not on sheet \"" + WorkbookLayout.STRATEGIES.name() + "\"");
                    continue;
                }
                StrategyRows strategy = rows.get(index);
                CellRef at = idCell(found, r, Cell.Level.INITIATIVE);
                CellRef first = initiativeIds.computeIfAbsent(index, i -> new HashMap<>())
                        .putIfAbsent(id(found, r, Cell.Level.INITIATIVE).strip(), at);
                if (first != null) {
                    duplicate("取組番号", "initiative number", id(found, r, Cell.Level.INITIATIVE), at, first);
                    continue;
                }
                ArrayNode initiatives = (ArrayNode) strategy.node().get("initiatives");
                String pointer = "/strategies/" + index + "/initiatives/" + initiatives.size();
                columns(found, r, Cell.Level.INITIATIVE, initiatives.addObject(), pointer);
                strategy.initiativeRows().add(r);
            }
        }

        private String id(Found found, int r, Cell.Level level) {
            return found.columns().entrySet().stream()
                    .filter(e -> e.getKey().kind() == WorkbookLayout.Kind.ID && e.getKey().level() == level)
                    .map(e -> text(found, r, e.getValue()))
                    .filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
        }

        /** Where the row's number of that level is (the sheet's first column when the column is missing). */
        private CellRef idCell(Found found, int r, Cell.Level level) {
            return found.columns().entrySet().stream()
                    .filter(e -> e.getKey().kind() == WorkbookLayout.Kind.ID && e.getKey().level() == level)
                    .map(e -> ref(found, r, e.getValue())).findFirst().orElse(ref(found, r, 0));
        }

        /**
         * A number given twice: reported here with both cells (the JSON reader would name its own tree's lines), and
         * the second's rows left out.
         */
        private void duplicate(String whatJa, String whatEn, String id, CellRef at, CellRef first) {
            problem(at.describe(), whatJa + "「" + id + "」が重複しています（最初は " + first.describe() + "）",
                    "duplicate " + whatEn + " \"" + id + "\" (first at " + first.describe() + ")");
        }

        /** Whether the row has a value ("" too, which the writer writes for an empty field) in a column of the level. */
        private boolean filled(Found found, int r, Cell.Level level) {
            return found.columns().entrySet().stream()
                    .filter(e -> e.getKey().level() == level && e.getKey().kind() != WorkbookLayout.Kind.ID)
                    .anyMatch(e -> text(found, r, e.getValue()) != null);
        }

        /** The row's cells of one level into {@code node}, each at its key path. */
        private void columns(Found found, int r, Cell.Level level, ObjectNode node, String pointer) {
            found.columns().forEach((column, c) -> {
                if (column.level() != level || column.kind() == WorkbookLayout.Kind.COPY) {
                    return;
                }
                ObjectNode parent = node;
                List<String> path = column.path();
                for (String key : path.subList(0, path.size() - 1)) {
                    parent = parent.has(key) ? (ObjectNode) parent.get(key) : parent.putObject(key);
                }
                put(parent, path.get(path.size() - 1), found, r, c, column.kind(), pointer + "/" + column.field());
            });
        }

        private void put(ObjectNode parent, String key, Found found, int r, int c, WorkbookLayout.Kind kind,
                         String pointer) {
            CellRef ref = ref(found, r, c);
            pointers.put(pointer, ref);
            String text = text(found, r, c);
            if (text == null) {
                return;
            }
            if (kind != WorkbookLayout.Kind.FLAG) {
                parent.put(key, text);
            } else if (text.isBlank()) {
                return;
            } else if (Boolean.TRUE.equals(flag(text))) {
                parent.put(key, true);
            } else if (Boolean.FALSE.equals(flag(text))) {
                parent.put(key, false);
            } else {
                problem(ref.describe(), "「" + text + "」は「" + WorkbookLayout.YES + "」か「" + WorkbookLayout.NO
                        + "」で書いてください", "\"" + text + "\" must be " + WorkbookLayout.YES + " (yes) or "
                        + WorkbookLayout.NO + " (no)");
            }
        }

        private static Boolean flag(String text) {
            return switch (WorkbookLayout.normalise(text).toLowerCase(java.util.Locale.ROOT)) {
                case WorkbookLayout.YES, "true", "○" -> true;
                case WorkbookLayout.NO, "false", "×" -> false;
                default -> null;
            };
        }

        /** Where the evaluation's rating cells are: keyed as the evaluation locates them. */
        private Map<String, CellRef> ratingCells(Submission submission, Found strategySheet, Found initiativeSheet) {
            Map<String, CellRef> cells = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                StrategyRows at = rows.get(i);
                String strategyId = submission.strategies().get(i).id();
                for (Map.Entry<WorkbookLayout.Column, Integer> e : strategySheet.columns().entrySet()) {
                    Cell cell = e.getKey().cell();
                    if (cell == null) {
                        continue;
                    }
                    if (cell.level() == Cell.Level.OUTCOME) {
                        for (int o = 0; o < at.outcomeRows().size(); o++) {
                            cells.put(CellLocation.of(cell, strategyId, null, o).format(),
                                    ref(strategySheet, at.outcomeRows().get(o), e.getValue()));
                        }
                    } else {
                        cells.put(CellLocation.of(cell, strategyId, null, null).format(),
                                ref(strategySheet, at.firstRow(), e.getValue()));
                    }
                }
                for (int n = 0; initiativeSheet != null && n < at.initiativeRows().size(); n++) {
                    String initiativeId = submission.strategies().get(i).initiatives().get(n).id();
                    for (Map.Entry<WorkbookLayout.Column, Integer> e : initiativeSheet.columns().entrySet()) {
                        if (e.getKey().cell() != null) {
                            cells.put(CellLocation.of(e.getKey().cell(), strategyId, initiativeId, null).format(),
                                    ref(initiativeSheet, at.initiativeRows().get(n), e.getValue()));
                        }
                    }
                }
            }
            return cells;
        }

        /**
         * The cell a JSON Pointer of SubmissionReader's came from, or of its nearest parent that has one; sheet 1 for
         * the organisation or year when their labels (組織名, 年度) are missing.
         */
        private String cellOf(String pointer) {
            for (String p = pointer; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
                CellRef ref = pointers.get(p);
                if (ref != null) {
                    return ref.describe();
                }
            }
            return WorkbookLayout.STRATEGIES.name();
        }

        private void problem(String where, String messageJa, String messageEn) {
            if (problems.size() >= SubmissionException.MAX_LISTED) {
                omitted++;
                return;
            }
            problems.add(new SubmissionProblem(source, where, null, null, messageJa, messageEn));
        }

        private String sheetNames() {
            List<String> names = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            return String.join("、", names);
        }
    }

    private static String headingList(WorkbookLayout.Sheet layout) {
        return String.join("、", layout.columns().stream().filter(WorkbookLayout.Column::required)
                .map(WorkbookLayout.Column::heading).toList());
    }

    /** A strategy's rows: its first (the strategy's cells), its outcomes' and, on sheet 2, its initiatives'. */
    private record StrategyRows(String id, ObjectNode node, int firstRow, List<Integer> outcomeRows,
                                List<Integer> initiativeRows) {
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** The cell's own place (a merged cell's top-left is where its value is written). */
    private static CellRef ref(Found found, int r, int c) {
        return new CellRef(found.sheet().getSheetName(), r, c);
    }

    /**
     * A cell as text, a merged cell as its top-left value: null when blank, a string as written ("" stays ""), a number
     * as staff wrote it — with a percent format 0.541 is 「54.1%」, 33.0 is 「33」 — a date as an ISO date (2017-03-31).
     */
    private static String text(Found found, int r, int c) {
        CellRangeAddress region = found.merged().get(key(r, c));
        if (region != null) {
            r = region.getFirstRow();
            c = region.getFirstColumn();
        }
        Row row = found.sheet().getRow(r);
        org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR, FORMULA -> new DataFormatter().formatCellValue(cell);
            case BLANK, _NONE -> null;
        };
    }

    private static String number(org.apache.poi.ss.usermodel.Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            // ISO, not as displayed: POI shows a date in the machine's locale (3/31/17 here, 31.03.17 there).
            java.time.LocalDateTime at = cell.getLocalDateTimeCellValue();
            return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
        }
        // Double.toString is the shortest decimal that reads back as the same double: 0.541, not 0.54100000000000004.
        BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue()));
        boolean percent = cell.getCellStyle().getDataFormatString().contains("%");
        value = (percent ? value.movePointRight(2) : value).stripTrailingZeros();
        return value.toPlainString() + (percent ? "%" : "");
    }
}
