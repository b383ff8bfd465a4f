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
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.advisor.facts.Units;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule files (DRL and decision tables) into a {@link RuleSet}: from a folder, or from files handed
 * in by name (a candidate uploaded to the service). Files are handed to the engine as UTF-8 bytes, so the
 * result does not depend on the platform charset. Every problem is reported, located to file and line or
 * table cell; nothing is compiled when a file is not UTF-8 or names a table the engine would skip.
 */
public final class RuleSetLoader {

    /** Suffixes the engine compiles; any other file in the folder is documentation or data. */
    static final List<String> RULE_SUFFIXES = List.of(".drl", ".drl.csv", ".drl.xlsx", ".drl.xls");

    /** The names a rule set may hold: rule files as written in lower case, plus {@link UnitsTable#FILE}. */
    static final List<String> ACCEPTED_SUFFIXES = List.of(".drl", ".drl.csv", ".drl.xlsx");

    /** Longest file name accepted: far more than any real one, well within the history's column (500). */
    public static final int MAX_NAME_LENGTH = 100;

    private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\]+\\.drl(\\.csv|\\.xlsx)?");

    private static final String KJAR_ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    public RuleSet load(Path directory) {
        return compile(read(directory), directory.toAbsolutePath().normalize());
    }

    /** A folder's rule files by name, read but not compiled; a missing folder or a stray table is a problem as in {@link #load}. */
    public SortedMap<String, byte[]> read(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(List.of(new RuleProblem(dir.toString(), null,
                    "ルールフォルダがありません（advisor.rules.dir または --rules で指定） / rules folder not found")));
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (isRuleFile(name)) {
                    files.put(name, Files.readAllBytes(file));
                } else if (isStrayTable(name)) {
                    problems.add(strayTable(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return files;
    }

    /** The version {@link #compile} would give these files, without compiling them: to compare two sets cheaply. */
    public static String versionOf(Map<String, byte[]> given) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        given.forEach((name, bytes) -> {
            if (isRuleFile(name)) {
                files.put(name, isSpreadsheet(name) ? bytes : stripBom(bytes));
            }
        });
        return version(files);
    }

    /** Compiles files given by name (relative path → bytes). */
    public RuleSet compile(Map<String, byte[]> given, Path directory) {
        return compile(given, directory, this::build);
    }

    /**
     * As {@link #compile(Map, Path)}, every check made, with the engine's base made by {@code engine} from the checked
     * files (name → bytes, in name order): {@link CompiledRules} hands in the base it read instead of building one.
     */
    RuleSet compile(Map<String, byte[]> given, Path directory, Function<SortedMap<String, byte[]>, KieBase> engine) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : given.entrySet()) {
            String name = file.getKey();
            RuleProblem badName = nameProblem(name);
            if (badName != null) {
                problems.add(badName);
            } else if (file.getValue() == null) {
                problems.add(new RuleProblem(name, null, "ファイルの中身がありません（null） / the file has no content (null)"));
            } else {
                files.put(name, isSpreadsheet(name) ? file.getValue() : stripBom(file.getValue()));
            }
        }
        if (files.isEmpty()) {
            problems.add(new RuleProblem(directory == null ? "(candidate)" : directory.toString(), null,
                    "ルールファイルが1つもありません / no rule files"));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!isSpreadsheet(file.getKey())) {
                String notUtf8 = utf8Problem(file.getValue());
                if (notUtf8 != null) {
                    problems.add(new RuleProblem(file.getKey(), null, notUtf8));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        problems.addAll(RuleFileGuard.check(files));
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }

        Units units = files.containsKey(UnitsTable.FILE) ? UnitsTable.read(files.get(UnitsTable.FILE)) : Units.NONE;
        return new RuleSet(engine.apply(files), version(files), directory, List.copyOf(files.keySet()),
                Collections.unmodifiableSortedMap(files), units);
    }

    /** The engine's build of checked files; its errors located to file and line, or table cell. */
    private KieBase build(SortedMap<String, byte[]> files) {
        List<RuleProblem> problems = new ArrayList<>();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A new version per build: the engine's repository keeps a bounded number per artifact.
        ReleaseId releaseId = ks.newReleaseId("jp.advisor.rules", "ruleset", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (isDataFile(file.getKey())) {
                continue; // read above, not compiled by the engine
            }
            kfs.write(KJAR_ROOT + file.getKey(), ks.getResources().newByteArrayResource(file.getValue(), "UTF-8"));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        Map<String, String> generated = new java.util.HashMap<>(); // a table's DRL, made once however many errors it has
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "" : message.getPath();
            String name = path.startsWith(KJAR_ROOT) ? path.substring(KJAR_ROOT.length()) : path;
            Integer line = message.getLine() > 0 ? message.getLine() : null;
            String cell = null;
            if (DecisionTables.isTable(name) && line != null && files.containsKey(name)) {
                byte[] table = files.get(name);
                String drl = generated.computeIfAbsent(name, n -> DecisionTables.generatedDrl(n, table));
                cell = DecisionTables.cellOf(name, table, drl, line);
            }
            problems.add(new RuleProblem(name, line, cell, EngineMessages.explain(message.getText())));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return ks.newKieContainer(releaseId).getKieBase();
    }

    /** "sha256:" over each file's name and bytes in name order: equal sets, equal versions. */
    static String version(SortedMap<String, byte[]> files) {
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.getValue());
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /** A file a rule set is made of (rule files and the data tables beside them); others in a folder are ignored. */
    public static boolean isRuleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return RULE_SUFFIXES.stream().anyMatch(lower::endsWith) || isDataFile(name);
    }

    /**
     * Null when {@code name} is a plain file name of the folder's own form: no folder part, ending exactly (lower
     * case as written) in one of {@link #ACCEPTED_SUFFIXES}, or the data table {@link UnitsTable#FILE}. The folder
     * and an uploaded candidate are held to the same names, so that what {@code check} accepts can be published
     * and what is published can be exported back to a folder file for file.
     */
    static RuleProblem nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return new RuleProblem("(名前なし)", null, "ファイル名が空です / the file name is empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return new RuleProblem(name.substring(0, 40) + "…", null, "ファイル名が長すぎます（" + name.length() + "文字、"
                    + MAX_NAME_LENGTH + "文字まで） / the file name is too long (" + name.length() + " characters, at most "
                    + MAX_NAME_LENGTH + ")");
        }
        if (name.contains("/") || name.contains("\\")) {
            return new RuleProblem(name, null, "ファイル名にフォルダ（/ や \\、./ や ../）は書けません。ルールフォルダ直下の名前だけです"
                    + "（例: policy.drl） / a file name has no folder part (/, \\, ./, ../): only names directly in the"
                    + " rules folder (e.g. policy.drl)");
        }
        if (isDataFile(name) || PLAIN_NAME.matcher(name).matches()) {
            return null;
        }
        String expected = "名前は「.drl」「.drl.csv」「.drl.xlsx」（小文字）で終わるか「" + UnitsTable.FILE + "」です"
                + " / a name ends in .drl, .drl.csv or .drl.xlsx (lower case), or is " + UnitsTable.FILE;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl.xls")) {
            return new RuleProblem(name, null, "古い Excel 形式（.xls）は読めません。.drl.xlsx で保存してください / the old"
                    + " Excel format (.xls) is not read: save the table as .drl.xlsx");
        }
        if (isRuleFile(name) || lower.equals(UnitsTable.FILE)) {
            return new RuleProblem(name, null, "拡張子の大文字・小文字が違います。" + expected);
        }
        if (isStrayTable(name)) {
            return strayTable(name);
        }
        return new RuleProblem(name, null, "ルールファイルの名前ではありません。" + expected);
    }

    /** Tables of data the rule set carries beside its rules (the units table), read by the advisor, not the engine. */
    static boolean isDataFile(String name) {
        return UnitsTable.FILE.equals(name);
    }

    /** Tables the engine would silently skip for their name: a likely slip worth an error. */
    private static boolean isStrayTable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Stream.of(".csv", ".xlsx", ".xls").anyMatch(lower::endsWith) && !isRuleFile(name);
    }

    private static RuleProblem strayTable(String name) {
        return new RuleProblem(name, null,
                "表の名前が「.drl.csv」「.drl.xlsx」で終わっていないため、ルールとして読み込まれません"
                        + " / a decision table must be named *.drl.csv or *.drl.xlsx");
    }

    private static boolean isSpreadsheet(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
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
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var result = decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        if (!result.isError()) {
            return null;
        }
        int offset = in.position();
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return "UTF-8 ではありません（" + line + "行目、" + offset + "バイト目）。UTF-8 で保存してください"
                + " / not UTF-8 (line " + line + ", byte " + offset + "): save the file as UTF-8";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
