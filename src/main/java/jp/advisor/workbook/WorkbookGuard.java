package jp.advisor.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;

import jp.advisor.submission.FileKind;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;

/**
 * Looks at a file before any workbook is opened, so that an upload cannot exhaust memory or bring in macros: it
 * must be a non-empty .xlsx (by content) within {@link #MAX_FILE_BYTES}, and its zip is read through once, as POI
 * reads it (entry by entry, {@code ZipArchiveInputStream}), inflating no more than {@link Limits#maxUncompressedBytes}
 * in all, and stopping at an entry that inflates beyond POI's own ratio ({@link ZipSecureFile#getMinInflateRatio()})
 * or at too many entries ({@link ZipSecureFile#getMaxFileCount()}). On the same pass a sheet's rows and the
 * workbook's cells and strings are counted as the XML streams by, so that POI never builds the model of a workbook
 * beyond {@link #MAX_ROWS} or {@link #MAX_CELLS}: its memory grows with them, not with the bytes.
 * <p>
 * External links ({@code xl/externalLinks/}) are ignored, not refused: POI never opens the linked workbook, and a
 * cell is read with the value saved in this file, as Excel shows it before links are updated. A DOCTYPE in a part is
 * refused here, with the part named; POI's parsers refuse one as well, so entities are never expanded.
 */
public final class WorkbookGuard {

    /** Largest workbook taken: the city's 様式 filled in for a ward is well under 1 MB. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** Largest total of the inflated entries. */
    public static final long MAX_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
    /** Rows of one sheet ({@code <row>} elements): the 様式 has a few hundred. */
    public static final int MAX_ROWS = 5_000;
    /** Cells ({@code <c>} elements) of all sheets together, and shared strings ({@code <si>}) likewise. */
    public static final int MAX_CELLS = 100_000;

    /** The limits {@link #check(byte[], String)} applies; tests use smaller ones. */
    record Limits(long maxFileBytes, long maxUncompressedBytes, long maxEntries, double minInflateRatio,
                  long graceEntryBytes, long maxRows, long maxCells) {

        /** Ours for sizes, rows and cells, POI's defaults for the ratio, its grace size and the entry count. */
        static Limits standard() {
            return new Limits(MAX_FILE_BYTES, MAX_UNCOMPRESSED_BYTES, ZipSecureFile.getMaxFileCount(),
                    ZipSecureFile.getMinInflateRatio(), ZipSecureFile.getGraceEntrySize(), MAX_ROWS, MAX_CELLS);
        }
    }

    /** The namespace of {@code r:id} in the workbook part. */
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WorkbookGuard() {
    }

    /**
     * Refuses what must not be opened as a workbook.
     *
     * @param fileName the name problems are given under ({@link SubmissionProblem#source()})
     * @throws SubmissionException with one problem, located at the zip entry when one is to blame
     */
    public static void check(byte[] bytes, String fileName) {
        check(bytes, fileName, Limits.standard());
    }

    static void check(byte[] bytes, String fileName, Limits limits) {
        if (bytes.length == 0) {
            throw refused(fileName, "", "空のファイルです", "the file is empty");
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw refused(fileName, "", "ファイルが大きすぎます（" + megabytes(bytes.length) + "、上限 "
                            + megabytes(limits.maxFileBytes()) + "）",
                    "the file is too large (" + megabytes(bytes.length) + ", at most "
                            + megabytes(limits.maxFileBytes()) + ")");
        }
        FileKind kind = FileKind.of(bytes);
        switch (kind) {
            case XLSX -> scan(bytes, fileName, limits);
            case XLSM -> throw macros(fileName, "");
            case XLS -> throw refused(fileName, "", "Excel 97-2003 形式（.xls）は読めません。.xlsx で保存し直してください",
                    "Excel 97-2003 files (.xls) cannot be read; save the workbook as .xlsx");
            case ENCRYPTED -> throw refused(fileName, "", "パスワード付きのブックは読めません。パスワードを外して .xlsx で保存してください",
                    "password-protected workbooks cannot be read; remove the password and save as .xlsx");
            default -> throw refused(fileName, "", kind.ja("Excel のブック（.xlsx）ではありません（中身は", "です）"),
                    "not an Excel workbook (.xlsx): the content is " + kind.en());
        }
    }

    /** Reads every entry through once, counting what it inflates, and each XML part's elements as it streams by. */
    private static void scan(byte[] bytes, String fileName, Limits limits) {
        Scan scan = new Scan(fileName, limits);
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            ZipArchiveEntry entry;
            long entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (++entries > limits.maxEntries()) {
                    throw refused(fileName, name, "zip の項目が多すぎます（上限 " + limits.maxEntries() + "）",
                            "the zip has too many entries (at most " + limits.maxEntries() + ")");
                }
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw macros(fileName, name);
                }
                scan.entry(zip, name);
            }
        } catch (IOException e) {
            throw refused(fileName, "", "zip として読めません（壊れたファイル）: " + e.getMessage(),
                    "cannot read the zip (a damaged file): " + e.getMessage());
        }
    }

    /**
     * One pass over a zip. Every entry is offered to a StAX parser (POI's, without DTDs or external entities), since
     * POI finds a part by its relationships and content type, not its name: the root element says what a part is.
     * A worksheet's {@code row} and {@code c} elements are counted as they stream by (its {@code <dimension>} is the
     * writer's claim, not a count), as are the shared strings ({@code si}), each of which POI holds as an object too.
     * Sheet names come from the workbook part and its relationships when those come first, as Excel and POI write them.
     */
    private static final class Scan {

        private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

        private final String fileName;
        private final Limits limits;
        private long inflatedTotal;
        private long cells;
        private long strings;
        /** A worksheet part's name → its relationship id, and a relationship id → its sheet's name. */
        private final Map<String, String> sheetRelations = new HashMap<>();
        private final Map<String, String> sheetNames = new HashMap<>();

        Scan(String fileName, Limits limits) {
            this.fileName = fileName;
            this.limits = limits;
        }

        void entry(ZipArchiveInputStream zip, String name) throws IOException {
            Inflating part = new Inflating(zip, name);
            try {
                XMLStreamReader xml = XML.createXMLStreamReader(part);
                try {
                    read(xml, name);
                } finally {
                    xml.close(); // leaves the zip open
                }
            } catch (XMLStreamException e) {
                if (part.refusal != null) {
                    throw part.refusal; // a limit met while the parser was reading
                }
                // Not XML (an image), or broken XML, which POI refuses in turn; its bytes are still counted below.
            } catch (SubmissionException e) {
                throw part.refusal != null ? part.refusal : e;
            } catch (RuntimeException e) {
                if (part.refusal != null) {
                    throw part.refusal;
                }
                // a parser's own failure on bytes that are not XML at all: as above
            }
            part.drain(); // the rest of the part: what the zip would otherwise skip past uncounted
        }

        private void read(XMLStreamReader xml, String name) throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refused(fileName, name, "ブックの中に DTD（<!DOCTYPE）があります。Excel で保存し直してください",
                            "the workbook contains a DTD (<!DOCTYPE); save it again from Excel");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "worksheet" -> worksheet(xml, name);
                        case "sst" -> sharedStrings(xml, name);
                        case "workbook" -> sheetNames(xml);
                        case "Relationships" -> relationships(xml, name);
                        default -> {
                            // nothing counted in other parts: their bytes are
                        }
                    }
                    return;
                }
            }
        }

        private void worksheet(XMLStreamReader xml, String name) throws XMLStreamException {
            long rows = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if (element.equals("row") && ++rows > limits.maxRows()) {
                    throw refused(fileName, name, sheet(name) + "の行が多すぎます（上限 " + count(limits.maxRows())
                                    + " 行）。様式の行だけを残して保存し直してください",
                            sheetEn(name) + " has too many rows (at most " + count(limits.maxRows())
                                    + "); keep the 様式's rows only and save the workbook again");
                }
                if (element.equals("c") && ++cells > limits.maxCells()) {
                    throw refused(fileName, name, "セルが多すぎます（ブック全体で上限 " + count(limits.maxCells())
                                    + " 個、" + sheet(name) + "で超えました）。様式の行と列だけを残して保存し直してください",
                            "the workbook has too many cells (at most " + count(limits.maxCells()) + ", exceeded on "
                                    + sheetEn(name) + "); keep the 様式's rows and columns only and save it again");
                }
            }
        }

        private void sharedStrings(XMLStreamReader xml, String name) throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")
                        && ++strings > limits.maxCells()) {
                    throw refused(fileName, name, "文字列が多すぎます（上限 " + count(limits.maxCells())
                                    + " 個）。様式の行と列だけを残して保存し直してください",
                            "the workbook has too many strings (at most " + count(limits.maxCells())
                                    + "); keep the 様式's rows and columns only and save it again");
                }
            }
        }

        /** {@code <sheet name="…" r:id="rId1"/>} of the workbook part. */
        private void sheetNames(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext() && sheetNames.size() < limits.maxEntries()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String id = xml.getAttributeValue(RELATIONSHIPS, "id");
                    String sheetName = xml.getAttributeValue(null, "name");
                    if (id != null && sheetName != null) {
                        sheetNames.put(id, sheetName);
                    }
                }
            }
        }

        /** A worksheet relationship ({@code xl/_rels/workbook.xml.rels}): its target, as a part name, → its id. */
        private void relationships(XMLStreamReader xml, String name) throws XMLStreamException {
            int rels = name.lastIndexOf("_rels/");
            String base = rels < 0 ? "" : name.substring(0, rels);
            while (xml.hasNext() && sheetRelations.size() < limits.maxEntries()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && String.valueOf(xml.getAttributeValue(null, "Type")).endsWith("/worksheet")) {
                    String target = String.valueOf(xml.getAttributeValue(null, "Target"));
                    String part = target.startsWith("/") ? target.substring(1)
                            : URI.create(base.isEmpty() ? target : base + target).normalize().toString();
                    sheetRelations.put(part, xml.getAttributeValue(null, "Id"));
                }
            }
        }

        /** 「シート「具体的取組」」 when the part's sheet name is known, else 「このシート」. */
        private String sheet(String part) {
            String sheetName = sheetName(part);
            return sheetName == null ? "このシート" : "シート「" + sheetName + "」";
        }

        private String sheetEn(String part) {
            String sheetName = sheetName(part);
            return sheetName == null ? "the sheet" : "sheet \"" + sheetName + "\"";
        }

        private String sheetName(String part) {
            String id = sheetRelations.get(part);
            return id == null ? null : sheetNames.get(id);
        }

        /**
         * One entry's bytes as they inflate, each read counted against the total and POI's inflation ratio. A limit
         * met is thrown, and kept, since a parser reading the stream may wrap what it throws.
         */
        private final class Inflating extends InputStream {

            private final ZipArchiveInputStream zip;
            private final String name;
            private long inflated;
            private SubmissionException refusal;

            Inflating(ZipArchiveInputStream zip, String name) {
                this.zip = zip;
                this.name = name;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = zip.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            void drain() throws IOException {
                byte[] buffer = new byte[8192];
                while (read(buffer, 0, buffer.length) >= 0) {
                    // counted as read
                }
            }

            private void counted(int n) {
                inflated += n;
                inflatedTotal += n;
                if (inflatedTotal > limits.maxUncompressedBytes()) {
                    refusal = refused(fileName, name, "展開すると大きすぎます（上限 " + megabytes(limits.maxUncompressedBytes()) + "）",
                            "the workbook uncompresses beyond " + megabytes(limits.maxUncompressedBytes()));
                } else if (inflated > limits.graceEntryBytes()
                        && (double) zip.getCompressedCount() / inflated < limits.minInflateRatio()) {
                    refusal = refused(fileName, name, "圧縮率が異常です（zip 爆弾の疑い）。Excel で保存し直してください",
                            "the entry inflates suspiciously (a zip bomb?); save the workbook again from Excel");
                }
                if (refusal != null) {
                    throw refusal;
                }
            }
        }
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static SubmissionException macros(String fileName, String path) {
        return refused(fileName, path, "マクロ付きのブック（.xlsm）は受け付けません。.xlsx で保存してください",
                "macro-enabled workbooks (.xlsm) are not accepted; save the workbook as .xlsx");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static SubmissionException refused(String fileName, String path, String messageJa, String messageEn) {
        return new SubmissionException(List.of(new SubmissionProblem(fileName, path, null, null, messageJa, messageEn)));
    }
}
