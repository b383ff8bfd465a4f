package jp.advisor.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Submission files named on a command line: files as given, folders expanded to their .json and Excel files (.xlsx,
 * and .xlsm and .xls so that they are refused with a reason rather than passed over) in name order. What a file is
 * is judged by its content when it is read ({@link FileKind}); the name only chooses what a folder offers.
 */
public final class SubmissionFiles {

    private SubmissionFiles() {
    }

    /** An input that is neither a file nor a folder is told to {@code problems} and skipped. */
    public static List<Path> expand(List<Path> inputs, Consumer<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(SubmissionFiles::offered)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                problems.accept(input + ": ファイルもフォルダもありません / no such file or folder");
            }
        }
        return files;
    }

    private static final List<String> OFFERED = List.of(".json", ".xlsx", ".xlsm", ".xls");

    /** A submission by its name; not Excel's lock file (~$提出.xlsx) beside a workbook someone has open. */
    private static boolean offered(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && OFFERED.stream().anyMatch(name::endsWith);
    }
}
