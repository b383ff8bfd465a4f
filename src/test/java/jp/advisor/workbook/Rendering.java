package jp.advisor.workbook;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;

/**
 * Draws a workbook's first page as LibreOffice prints it (soffice → PDF, pdftoppm → PNG), so that a test can see
 * that what it wrote shows, or reads the page's text (pdftotext). Needs LibreOffice, poppler-utils and a Japanese font
 * (.ci/libreoffice.sh installs them).
 */
final class Rendering {

    /** The first conversion starts LibreOffice and builds its profile: a minute or more on a busy machine. */
    private static final long TIMEOUT_SECONDS = 180;
    /** A page with less ink than this shows nothing legible: a few characters at 50 dpi already pass it. */
    private static final int MIN_INK_PIXELS = 50;

    private Rendering() {
    }

    /**
     * Skips the calling test when LibreOffice, pdftoppm or pdftotext (both poppler-utils) is missing, except under
     * CI=true, where it fails: there .ci/run has installed them, and a skip would hide that they are gone.
     */
    static void assumeAvailable() {
        boolean available = onPath("soffice") && onPath("pdftoppm") && onPath("pdftotext");
        if (!available && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but soffice, pdftoppm or pdftotext is missing: run .ci/libreoffice.sh");
        }
        Assumptions.assumeTrue(available,
                "soffice, pdftoppm or pdftotext is missing (.ci/libreoffice.sh installs them): skipped");
    }

    /** The first page of {@code xlsx} at 50 dpi; the files it makes go under {@code workDir}. */
    static BufferedImage firstPage(byte[] xlsx, Path workDir) {
        try {
            Path pdf = pdf(xlsx, workDir);
            run(workDir, "pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                    workDir.resolve("page").toString());
            BufferedImage page = ImageIO.read(workDir.resolve("page.png").toFile());
            if (page == null) {
                throw new IllegalStateException("pdftoppm made no PNG of " + pdf);
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text printed on the first page of {@code xlsx}, as pdftotext reads it: a text cut off by its cell's edge is
     * not in it. Lines of neighbouring cells may come interleaved, so look for a word, not a sentence.
     */
    static String firstPageText(byte[] xlsx, Path workDir) {
        try {
            Path pdf = pdf(xlsx, workDir);
            Path text = workDir.resolve("page.txt");
            run(workDir, "pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", pdf.toString(), text.toString());
            return Files.readString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path pdf(byte[] xlsx, Path workDir) throws IOException {
        Path workbook = Files.write(workDir.resolve("workbook.xlsx"), xlsx);
        // Its own profile: two LibreOffice processes sharing one refuse to start or wait on each other.
        Path profile = Files.createDirectories(workDir.resolve("libreoffice-profile"));
        run(workDir, "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", workDir.toString(), workbook.toString());
        Path pdf = workDir.resolve("workbook.pdf");
        if (!Files.isRegularFile(pdf)) {
            throw new IllegalStateException("soffice made no PDF of " + workbook);
        }
        return pdf;
    }

    /** True when fewer than {@link #MIN_INK_PIXELS} pixels are darker than light grey. */
    static boolean isBlank(BufferedImage page) {
        int ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 200) {
                    ink++;
                }
            }
        }
        return ink < MIN_INK_PIXELS;
    }

    private static void run(Path workDir, String... command) throws IOException {
        Path log = workDir.resolve(command[0] + ".log");
        Process process = new ProcessBuilder(List.of(command)).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command[0] + " took longer than " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command[0] + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command[0] + " exited with " + process.exitValue() + ": "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
