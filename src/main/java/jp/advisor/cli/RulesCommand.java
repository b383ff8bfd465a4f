package jp.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.policy.SubmissionSources;
import jp.advisor.policy.whatif.Change;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIf;
import jp.advisor.policy.whatif.WhatIfReport;
import jp.advisor.publishing.PublishedHistory;
import jp.advisor.publishing.PublishedVersion;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.rules.RuleSource;

/**
 * The service's history of rule sets from the command line, on its database: list it, export a version to a
 * folder (to check, edit or run it), compare two versions by files and by judgements, and publish a folder. The
 * publish goes through the service ({@link RulesPublish}): it alone holds the lock that makes a stale base a 409.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"サービスの公開履歴を扱います：一覧、書き出し、2つの版の比較（データベースから）、公開（サービスへ）。",
                "The service's history of rule sets: list, export a version, compare two versions (from its database), "
                        + "publish a folder (through the service)."},
        subcommands = {RulesCommand.Versions.class, RulesCommand.Export.class, RulesCommand.Diff.class, RulesPublish.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The database option the subcommands share. */
    static final class DatabaseOption {
        @Option(names = "--database", paramLabel = "<jdbc-url>",
                description = "データベース（既定は spring.datasource.url、なければ ./data の H2） / the database "
                        + "(default: spring.datasource.url, else the H2 under ./data)")
        String database;
    }

    @Command(name = "versions", mixinStandardHelpOptions = true,
            description = {"公開履歴を新しい順に一覧にします。", "Lists the history, newest first."})
    static final class Versions implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DatabaseOption db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                PublishedHistory history = Published.open(db.database);
                for (PublishedVersion v : history.versions()) {
                    out.println("#" + v.id() + "  " + v.kind() + "  " + v.version() + "  " + v.publishedAt() + "  "
                            + v.publishedBy() + (v.base() == null ? "" : "  base #" + v.base())
                            + (v.rolledBackTo() == null ? "" : "  → #" + v.rolledBackTo()) + "  " + v.summary());
                }
                out.flush();
                return 0;
            } catch (PublishedHistory.UnavailableException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"公開履歴の版のファイルをフォルダに書き出します（check や --rules でそのまま使えます）。",
                    "Writes a version's files to a folder, to check, edit or run with --rules."})
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DatabaseOption db;

        @Option(names = "--version", paramLabel = "<N>", defaultValue = "latest",
                description = "履歴の id（rules versions の #N）か sha256:…、既定は最新 / history id or sha256:…, default: the latest")
        String version;

        @Option(names = "--out", required = true, paramLabel = "<dir>", description = "書き出すフォルダ / folder to write to")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PublishedVersion entry;
            Map<String, byte[]> files;
            try {
                PublishedHistory history = Published.open(db.database);
                entry = history.find(version);
                files = history.files(entry);
            } catch (PublishedHistory.UnavailableException e) {
                err.println(e.getMessage());
                return 1;
            }
            Path dir = out.toAbsolutePath().normalize();
            // Files left from another set would be compiled with this one: refuse rather than mix two sets.
            List<String> present = ruleFilesIn(dir);
            if (!present.isEmpty()) {
                err.println(dir + ": ルールファイルがすでにあります（" + String.join(", ", present) + "）。空のフォルダを指定してください"
                        + " / the folder already holds rule files (" + String.join(", ", present) + "): name an empty one");
                return 1;
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    err.println(file.getKey() + ": フォルダの外を指す名前は書き出しません / a name outside the folder is not written");
                    return 1;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Files.createDirectories(dir);
            // The version the files are, so that `rules publish` from this folder has its base (and a 409 when stale).
            Files.writeString(dir.resolve(RulesPublish.BASE_FILE), entry.version() + "\n", StandardCharsets.UTF_8);
            err.println("版 #" + entry.id() + "（" + entry.version() + "）の " + files.size() + " ファイルを " + dir
                    + " に書き出しました / wrote the " + files.size() + " files of version #" + entry.id() + " to " + dir);
            return 0;
        }

        private static List<String> ruleFilesIn(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                return walk.filter(Files::isRegularFile)
                        .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                        .filter(RuleSetLoader::isRuleFile)
                        .sorted().toList();
            }
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"2つの版（履歴の id、sha256:…、published、またはフォルダ）を比べ、変わったファイルと、提出データ"
                    + "（既定はフィクスチャ）で変わる判定を一覧にします。",
                    "Compares two versions (history id, sha256:…, published, or a folder): the files that changed, and every "
                            + "judgement that changes over the submissions (default: the fixtures)."})
    static final class Diff implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DatabaseOption db;

        @Parameters(index = "0", paramLabel = "A", description = "比べる元 / from")
        String from;

        @Parameters(index = "1", paramLabel = "B", description = "比べる先 / to")
        String to;

        @Option(names = "--submissions", paramLabel = "<path>", defaultValue = "fixtures", split = ",",
                description = "判定を比べる提出データ（ファイル・フォルダ、既定 ${DEFAULT-VALUE}） / submissions to compare judgements over")
        List<Path> submissions;

        @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text（既定）または json")
        String format;

        /** One side of the comparison: what it is called, its files, and the set they compile to. */
        private record Side(String label, Map<String, byte[]> files, RuleSet rules) {
        }

        /** Files added, removed and changed (with lines removed and added), from A to B. */
        record FileChanges(List<String> added, List<String> removed, Map<String, String> changed) {
        }

        private PublishedHistory history;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Side a;
            Side b;
            try {
                a = side(from);
                b = side(to);
            } catch (PublishedHistory.UnavailableException | RuleSetException e) {
                err.println(e.getMessage());
                return 1;
            }
            FileChanges files = files(a.files(), b.files());
            List<String> unreadable = new ArrayList<>();
            List<NamedSubmission> given = SubmissionSources.read(submissions, unreadable::add);
            unreadable.forEach(err::println);
            WhatIfReport judgements = new WhatIf().compare(a.rules(), b.rules(), given);
            if ("json".equals(format)) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("from", a.label());
                json.put("to", b.label());
                json.put("files", files);
                json.put("judgements", judgements);
                out.println(PRETTY.writeValueAsString(json));
            } else {
                print(a, b, files, judgements, out);
            }
            out.flush();
            judgements.failures().forEach(err::println);
            return 0;
        }

        private Side side(String named) {
            Path folder = Path.of(named);
            if (!Published.named(named) && Files.isDirectory(folder)) {
                RuleSource source = RuleSource.folder(folder);
                return new Side("フォルダ / folder " + folder.toAbsolutePath().normalize(), source.files(), source.load());
            }
            if (history == null) {
                history = Published.open(db.database);
            }
            PublishedVersion entry = history.find(named);
            return new Side("#" + entry.id() + " " + entry.kind() + " " + entry.version() + "（" + entry.summary() + "）",
                    history.files(entry), history.compile(entry));
        }

        static FileChanges files(Map<String, byte[]> a, Map<String, byte[]> b) {
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            Map<String, String> changed = new LinkedHashMap<>();
            TreeSet<String> names = new TreeSet<>(a.keySet());
            names.addAll(b.keySet());
            for (String name : names) {
                if (!a.containsKey(name)) {
                    added.add(name);
                } else if (!b.containsKey(name)) {
                    removed.add(name);
                } else if (!java.util.Arrays.equals(a.get(name), b.get(name))) {
                    changed.put(name, lineCounts(a.get(name), b.get(name)));
                }
            }
            return new FileChanges(added, removed, changed);
        }

        /** 「−2 +2 行」: lines only in A and only in B, counted as multisets (enough to size an edit). */
        private static String lineCounts(byte[] a, byte[] b) {
            Map<String, Integer> count = new HashMap<>();
            new String(a, StandardCharsets.UTF_8).lines().forEach(l -> count.merge(l, 1, Integer::sum));
            int addedLines = 0;
            for (String line : new String(b, StandardCharsets.UTF_8).lines().toList()) {
                if (count.getOrDefault(line, 0) > 0) {
                    count.merge(line, -1, Integer::sum);
                } else {
                    addedLines++;
                }
            }
            int removedLines = count.values().stream().mapToInt(Integer::intValue).sum();
            return "−" + removedLines + " +" + addedLines + " 行 / lines";
        }

        private void print(Side a, Side b, FileChanges files, WhatIfReport r, PrintWriter out) {
            out.println("■ A: " + a.label());
            out.println("■ B: " + b.label());
            out.println();
            out.println("1. ファイル / files: 追加 " + files.added().size() + "、削除 " + files.removed().size() + "、変更 "
                    + files.changed().size() + " / " + files.added().size() + " added, " + files.removed().size()
                    + " removed, " + files.changed().size() + " changed");
            files.added().forEach(n -> out.println("   + " + n));
            files.removed().forEach(n -> out.println("   − " + n));
            files.changed().forEach((n, lines) -> out.println("   ~ " + n + "  " + lines));
            out.println("2. 判定 / judgements: 提出 " + r.submissions() + " 件で " + r.changes().size() + " 件変わります"
                    + WhatIfCommand.counts(r) + " / " + r.changes().size() + " judgements change over " + r.submissions()
                    + " submissions");
            if (!java.util.Objects.equals(r.currentPolicy(), r.candidatePolicy())) {
                out.println("   方式 / policy: " + r.currentPolicy() + " → " + r.candidatePolicy());
            }
            for (Change c : r.changes()) {
                out.println("   " + c.source() + "  " + c.location() + "  " + c.cellType() + "  " + c.before() + " → " + c.after()
                        + "  （" + (c.ruleBefore() == null ? "－" : c.ruleBefore()) + " → "
                        + (c.ruleAfter() == null ? "－" : c.ruleAfter()) + "）");
            }
        }
    }
}
