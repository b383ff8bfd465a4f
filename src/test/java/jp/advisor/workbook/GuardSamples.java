package jp.advisor.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/** Files the guard is shown: workbooks made with POI, and zips changed entry by entry. */
final class GuardSamples {

    private GuardSamples() {
    }

    /** A one-sheet .xlsx with {@code text} in A1. */
    static byte[] xlsx(String text) {
        return workbook(new XSSFWorkbook(), text);
    }

    /** An .xlsx with one sheet a name, each of {@code rows} rows of {@code columns} numbers. */
    static byte[] grid(int rows, int columns, String... sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String name : sheets) {
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows; r++) {
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                    for (int c = 0; c < columns; c++) {
                        row.createCell(c).setCellValue(r * columns + c);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsm(String text) {
        return workbook(new XSSFWorkbook(XSSFWorkbookType.XLSM), text);
    }

    static byte[] xls(String text) {
        return workbook(new HSSFWorkbook(), text);
    }

    /** {@code xlsx} locked with a password, as Excel saves it: an OLE2 container around the encrypted zip. */
    static byte[] encrypted(byte[] xlsx) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("password");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
                 OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] workbook(Workbook workbook, String text) {
        try (workbook) {
            workbook.createSheet("めざす成果および戦略").createRow(0).createCell(0).setCellValue(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How one entry of a zip is written. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** {@code zip} with one more entry at its end. */
    static byte[] withEntry(byte[] zip, String name, Content content) {
        return rewritten(zip, name, content, null);
    }

    /** {@code zip} with the text of entry {@code name} replaced. */
    static byte[] withText(byte[] zip, String name, java.util.function.UnaryOperator<String> change) {
        return rewritten(zip, null, null, (entry, bytes) -> entry.equals(name)
                ? change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes);
    }

    /** {@code bytes} zeros, written a megabyte at a time so that only the compressed form is held. */
    static Content zeros(long bytes) {
        return out -> {
            byte[] megabyte = new byte[1 << 20];
            for (long left = bytes; left > 0; left -= megabyte.length) {
                out.write(megabyte, 0, (int) Math.min(left, megabyte.length));
            }
        };
    }

    private static byte[] rewritten(byte[] zip, String added, Content content,
                                    java.util.function.BiFunction<String, byte[], byte[]> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(change == null ? bytes : change.apply(entry.getName(), bytes));
                copy.closeEntry();
            }
            if (added != null) {
                copy.putNextEntry(new ZipEntry(added));
                content.writeTo(copy);
                copy.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
