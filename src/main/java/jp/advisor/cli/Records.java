package jp.advisor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import jp.advisor.submission.SubmissionFiles;

/**
 * The submissions named on a command line, one at a time, so a large corpus is never held whole: JSON
 * files (folders expanded) and JSON Lines streams — a {@code .jsonl} file or {@code -} for standard input —
 * with one submission per line, named {@code file.jsonl:LINE}.
 */
final class Records implements Iterator<Records.Record>, AutoCloseable {

    /** One submission: where it came from and its bytes. */
    record Record(String source, byte[] json) {
    }

    private final Deque<Path> pending = new ArrayDeque<>();
    private final long knownTotal;
    private final boolean streaming;
    private final InputStream stdin;
    private BufferedReader lines;
    private String linesName;
    private int lineNumber;
    private Record next;

    private Records(List<Path> files, boolean streaming, long knownTotal, InputStream stdin) {
        this.pending.addAll(files);
        this.streaming = streaming;
        this.knownTotal = knownTotal;
        this.stdin = stdin;
    }

    static Records open(List<Path> inputs, InputStream stdin, Consumer<String> problems) {
        List<Path> named = inputs.stream().filter(p -> !p.toString().equals("-")).toList();
        List<Path> files = new java.util.ArrayList<>(SubmissionFiles.expand(named, problems));
        for (Path input : named) {
            if (Files.isDirectory(input)) {
                // Folders hold .jsonl streams too.
                try (var walk = Files.walk(input)) {
                    walk.filter(p -> isJsonLines(p)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        boolean fromStdin = inputs.stream().anyMatch(p -> p.toString().equals("-"));
        if (fromStdin) {
            files.add(Path.of("-"));
        }
        boolean streaming = fromStdin || files.stream().anyMatch(Records::isJsonLines);
        return new Records(files, streaming, streaming ? -1 : files.size(), stdin);
    }

    static boolean isJsonLines(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** How many records there will be, or -1 when a stream is among the inputs. */
    long knownTotal() {
        return knownTotal;
    }

    /** True when a JSON Lines stream is among the inputs: the output is then JSON Lines too. */
    boolean streaming() {
        return streaming;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record r = next;
        next = null;
        return r;
    }

    private Record advance() {
        try {
            while (true) {
                if (lines != null) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        lineNumber++;
                        if (!line.isBlank()) {
                            return new Record(linesName + ":" + lineNumber, line.getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    if (!"-".equals(linesName)) {
                        lines.close();
                    }
                    lines = null;
                }
                Path file = pending.poll();
                if (file == null) {
                    return null;
                }
                if (file.toString().equals("-") || isJsonLines(file)) {
                    lines = file.toString().equals("-")
                            ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                            : Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    linesName = file.toString();
                    lineNumber = 0;
                } else {
                    return new Record(file.toString(), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (lines != null && !"-".equals(linesName)) {
            lines.close();
        }
    }
}
