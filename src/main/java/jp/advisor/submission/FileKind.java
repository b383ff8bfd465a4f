package jp.advisor.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a submission file is, judged by its content and not its name: staff rename files, and a workbook saved as
 * {@code 提出.json} must be named for what it is. Only the zip's directory and its {@code [Content_Types].xml} are
 * looked at, never the other entries, so this is safe on a zip bomb ({@code WorkbookGuard} checks those).
 */
public enum FileKind {

    EMPTY("空のファイル", "an empty file"),
    JSON("JSON", "JSON"),
    XLSX("Excel のブック（.xlsx）", "an Excel workbook (.xlsx)"),
    XLSM("マクロ付きの Excel のブック（.xlsm）", "a macro-enabled Excel workbook (.xlsm)"),
    XLS("Excel 97-2003 形式のファイル（.xls）", "an Excel 97-2003 file (.xls)"),
    ENCRYPTED("パスワード付きの Office のファイル", "a password-protected Office file"),
    ZIP("Excel のブックとして読めない zip ファイル（壊れたブックを含む）", "a zip that is not a readable Excel workbook (or a damaged one)"),
    PDF("PDF", "a PDF"),
    BINARY("JSON でも Excel のブックでもないバイナリ（画像、UTF-16 のテキストなど）",
            "binary data, neither JSON nor a workbook (an image, UTF-16 text…)"),
    /** Text that is not JSON, or JSON in another encoding: the JSON reader says where and why. */
    TEXT("テキスト", "text");

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Bounds the one zip entry read here; a real [Content_Types].xml is a few kilobytes. */
    private static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;
    private static final int TEXT_PROBE_BYTES = 4096;

    private final String ja;
    private final String en;

    FileKind(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** What it is, for a message: 「Excel のブック（.xlsx）」. */
    public String ja() {
        return ja;
    }

    /**
     * {@code before + ja() + after} with a space where Latin script meets Japanese, as the messages are written:
     * 「x.json は Excel のブック（.xlsx）です」, 「中身は PDF です」, 「中身はテキストです」.
     */
    public String ja(String before, String after) {
        return before + gap(before, ja) + ja + gap(ja, after) + after;
    }

    private static String gap(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return "";
        }
        return latin(left.charAt(left.length() - 1)) != latin(right.charAt(0)) ? " " : "";
    }

    private static boolean latin(char c) {
        return c > ' ' && c < 0x7F;
    }

    /** What it is, for a message: "an Excel workbook (.xlsx)". */
    public String en() {
        return en;
    }

    /** An Excel file of any generation: one {@code WorkbookGuard} has something specific to say about. */
    public boolean workbook() {
        return this == XLSX || this == XLSM || this == XLS || this == ENCRYPTED;
    }

    /** Judges the whole file (a zip's directory is at its end). */
    public static FileKind of(byte[] bytes) {
        if (bytes.length == 0) {
            return EMPTY;
        }
        if (startsWith(bytes, 0, ZIP_MAGIC)) {
            return zip(bytes);
        }
        if (startsWith(bytes, 0, OLE2_MAGIC)) {
            return ole2(bytes);
        }
        if (startsWith(bytes, 0, PDF_MAGIC)) {
            return PDF;
        }
        int i = startsWith(bytes, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        if (i < bytes.length && (bytes[i] == '{' || bytes[i] == '[')) {
            return JSON;
        }
        for (int j = 0; j < Math.min(bytes.length, TEXT_PROBE_BYTES); j++) {
            if (bytes[j] == 0) {
                return BINARY;
            }
        }
        return TEXT;
    }

    /**
     * A spreadsheet is a zip whose content types name the workbook part; with macros, the macro-enabled one. (A macro
     * project inside an .xlsx is found by {@code WorkbookGuard}, which reads every entry.)
     */
    private static FileKind zip(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                return ZIP;
            }
            String xml;
            try (InputStream in = zip.getInputStream(types)) {
                xml = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            }
            if (xml.contains("application/vnd.ms-excel.sheet.macroenabled.main+xml")
                    || xml.contains("application/vnd.ms-excel.template.macroenabled.main+xml")) {
                return XLSM;
            }
            return xml.contains("spreadsheetml.sheet.main+xml") || xml.contains("spreadsheetml.template.main+xml")
                    ? XLSX : ZIP;
        } catch (IOException | RuntimeException e) { // a broken zip is still a zip; WorkbookGuard says why
            return ZIP;
        }
    }

    /** Office 97-2003 files and password-protected OOXML files share the OLE2 container. */
    private static FileKind ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo") ? ENCRYPTED : XLS;
        } catch (IOException | RuntimeException e) {
            return XLS;
        }
    }

    private static boolean startsWith(byte[] bytes, int from, byte[] magic) {
        if (bytes.length - from < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[from + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
