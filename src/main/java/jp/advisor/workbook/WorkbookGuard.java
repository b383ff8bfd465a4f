package jp.advisor.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import jp.advisor.submission.FileKind;
import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;

/**
 * Looks at a file before any workbook is opened, so that an upload cannot exhaust memory or bring in macros: it
 * must be a non-empty .xlsx (by content) within {@link #MAX_FILE_BYTES}, and its zip is read through once, as POI
 * reads it (entry by entry, {@code ZipArchiveInputStream}), inflating no more than {@link Limits#maxUncompressedBytes}
 * in all, and stopping at an entry that inflates beyond POI's own ratio ({@link ZipSecureFile#getMinInflateRatio()})
 * or at too many entries ({@link ZipSecureFile#getMaxFileCount()}).
 * <p>
 * External links ({@code xl/externalLinks/}) are ignored, not refused: POI never opens the linked workbook, and a
 * cell is read with the value saved in this file, as Excel shows it before links are updated. A DOCTYPE at the head
 * of a part is refused here, with the part named; POI's parsers refuse one anywhere, so entities are never expanded.
 */
public final class WorkbookGuard {

    /** Largest workbook taken: the city's 様式 filled in for a ward is well under 1 MB. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** Largest total of the inflated entries. */
    public static final long MAX_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
    /** Rows of one sheet the reader reads before refusing: the 様式 has a few hundred. */
    public static final int MAX_ROWS = 5_000;
    /** Cells of one workbook the reader reads before refusing. */
    public static final int MAX_CELLS = 500_000;

    /** The limits {@link #check(byte[], String)} applies; tests use smaller ones. */
    record Limits(long maxFileBytes, long maxUncompressedBytes, long maxEntries, double minInflateRatio,
                  long graceEntryBytes) {

        /** Ours for sizes, POI's defaults for the ratio, its grace size and the entry count. */
        static Limits standard() {
            return new Limits(MAX_FILE_BYTES, MAX_UNCOMPRESSED_BYTES, ZipSecureFile.getMaxFileCount(),
                    ZipSecureFile.getMinInflateRatio(), ZipSecureFile.getGraceEntrySize());
        }
    }

    /** Where a DOCTYPE would stand in a part's XML (before the root element); POI refuses one anywhere. */
    private static final int PROLOG_BYTES = 1024;

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

    /** Reads every entry through once, counting what it inflates; holds no more than a buffer and the head of a part. */
    private static void scan(byte[] bytes, String fileName, Limits limits) {
        byte[] buffer = new byte[8192];
        long total = 0;
        long entries = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (++entries > limits.maxEntries()) {
                    throw refused(fileName, name, "zip の項目が多すぎます（上限 " + limits.maxEntries() + "）",
                            "the zip has too many entries (at most " + limits.maxEntries() + ")");
                }
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw macros(fileName, name);
                }
                long inflated = 0;
                byte[] head = new byte[PROLOG_BYTES];
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    if (inflated < head.length) {
                        System.arraycopy(buffer, 0, head, (int) inflated, (int) Math.min(n, head.length - inflated));
                    }
                    inflated += n;
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw refused(fileName, name, "展開すると大きすぎます（上限 " + megabytes(limits.maxUncompressedBytes()) + "）",
                                "the workbook uncompresses beyond " + megabytes(limits.maxUncompressedBytes()));
                    }
                    if (inflated > limits.graceEntryBytes()
                            && (double) zip.getCompressedCount() / inflated < limits.minInflateRatio()) {
                        throw refused(fileName, name, "圧縮率が異常です（zip 爆弾の疑い）。Excel で保存し直してください",
                                "the entry inflates suspiciously (a zip bomb?); save the workbook again from Excel");
                    }
                }
                if (new String(head, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE")) {
                    throw refused(fileName, name, "ブックの中に DTD（<!DOCTYPE）があります。Excel で保存し直してください",
                            "the workbook contains a DTD (<!DOCTYPE); save it again from Excel");
                }
            }
        } catch (IOException e) {
            throw refused(fileName, "", "zip として読めません（壊れたファイル）: " + e.getMessage(),
                    "cannot read the zip (a damaged file): " + e.getMessage());
        }
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
