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

/** Submission files named on a command line: files as given, folders expanded to their .json files in name order. */
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
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
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
}
