package jp.advisor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles the rule files of a folder (DRL and decision tables) into a {@link RuleSet}. Files are read
 * as bytes and handed to the engine as UTF-8, so the result does not depend on the platform charset.
 */
public final class RuleSetLoader {

    /** Suffixes the engine compiles; any other file in the folder is documentation or data. */
    static final List<String> RULE_SUFFIXES = List.of(".drl", ".drl.csv", ".drl.xlsx", ".drl.xls");

    private static final String KJAR_ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    public RuleSet load(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(List.of(new RuleProblem(dir.toString(), null,
                    "ルールフォルダがありません（advisor.rules.dir または --rules で指定） / rules folder not found")));
        }
        List<Path> files = ruleFiles(dir);
        List<RuleProblem> problems = new ArrayList<>();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A new version per build: the engine's repository keeps a bounded number per artifact.
        ReleaseId releaseId = ks.newReleaseId("jp.advisor.rules", "ruleset", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        MessageDigest digest = sha256();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            names.add(name);
            byte[] bytes = read(file);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            if (!isSpreadsheet(name)) {
                bytes = stripBom(bytes);
                String notUtf8 = utf8Problem(bytes);
                if (notUtf8 != null) {
                    problems.add(new RuleProblem(name, null, notUtf8));
                    continue;
                }
            }
            kfs.write(KJAR_ROOT + name, ks.getResources().newByteArrayResource(bytes, "UTF-8"));
        }
        for (Path stray : strayTables(dir)) {
            problems.add(new RuleProblem(dir.relativize(stray).toString(), null,
                    "表の名前が「.drl.csv」「.drl.xlsx」で終わっていないため、ルールとして読み込まれません"
                            + " / a decision table must be named *.drl.csv or *.drl.xlsx"));
        }
        if (files.isEmpty()) {
            problems.add(new RuleProblem(dir.toString(), null, "ルールファイルが1つもありません / no rule files"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "" : message.getPath();
            problems.add(new RuleProblem(path.startsWith(KJAR_ROOT) ? path.substring(KJAR_ROOT.length()) : path,
                    message.getLine() > 0 ? message.getLine() : null,
                    "ルールをコンパイルできません / cannot compile: " + message.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        var container = ks.newKieContainer(releaseId);
        String version = "sha256:" + HexFormat.of().formatHex(digest.digest());
        return new RuleSet(container.getKieBase(), version, dir, List.copyOf(names));
    }

    private static List<Path> ruleFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> RULE_SUFFIXES.stream().anyMatch(s -> lower(p).endsWith(s)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Tables the engine would silently skip for their name: a likely slip worth an error. */
    private static List<Path> strayTables(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(".csv", ".xlsx", ".xls").anyMatch(s -> lower(p).endsWith(s)))
                    .filter(p -> RULE_SUFFIXES.stream().noneMatch(s -> lower(p).endsWith(s)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String lower(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isSpreadsheet(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] stripBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            byte[] out = new byte[bytes.length - 3];
            System.arraycopy(bytes, 3, out, 0, out.length);
            return out;
        }
        return bytes;
    }

    /** Null when the bytes are UTF-8; else where they stop being so (a Shift_JIS file would compile garbled). */
    static String utf8Problem(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return null;
        } catch (CharacterCodingException e) {
            int line = 1;
            int offset = firstBadByte(bytes);
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return "UTF-8 ではありません（" + line + "行目、" + offset + "バイト目）。UTF-8 で保存してください"
                    + " / not UTF-8 (line " + line + ", byte " + offset + "): save the file as UTF-8";
        }
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
