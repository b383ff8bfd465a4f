package jp.advisor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetLoader;

/**
 * The rule sets the benchmarks use, as files by name (what {@link RuleSetLoader#compile} takes): the bundled
 * {@code rules/} folder, the same without the review rules, the same with policy {@code target-reached}, and a
 * 200-rule set (bundled plus a generated DRL). The generated rules use only the fact model, so they pass the
 * project's restricted-language guard; each adds an {@code info} finding for a value band or a combination of
 * cells, nothing else.
 */
public final class BenchRules {

    public static final Path RULES = Path.of("rules");
    public static final int LARGE_SET_RULES = 200;
    public static final String GENERATED_FILE = "bench-generated.drl";

    private BenchRules() {
    }

    /** Every rule file of {@code rules/} (DRL and decision tables) by name. */
    public static Map<String, byte[]> bundled() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(RULES)) {
            for (Path file : list.sorted().toList()) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".drl") || lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The bundled set without {@code review-*.drl}: the suggestions only, what the plain-Java baseline does. */
    public static Map<String, byte[]> suggestionsOnly() {
        Map<String, byte[]> files = bundled();
        files.keySet().removeIf(name -> name.startsWith("review-"));
        return files;
    }

    /** The bundled set with policy.drl switched from {@code trajectory} to {@code target-reached}. */
    public static Map<String, byte[]> targetReached() {
        Map<String, byte[]> files = bundled();
        String policy = new String(files.get("policy.drl"), StandardCharsets.UTF_8);
        String changed = policy.replace("new JudgingPolicy(\"trajectory\"", "new JudgingPolicy(\"target-reached\"");
        if (changed.equals(policy)) {
            throw new IllegalStateException("policy.drl no longer inserts JudgingPolicy(\"trajectory\", …)");
        }
        files.put("policy.drl", changed.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /**
     * Bundled plus generated rules, {@value #LARGE_SET_RULES} rules in all. The bundled rules are counted from the
     * text ({@link #countRulesInText}), not by building them, so that a benchmark of the first build in a fresh JVM
     * is not warmed up by preparing its input; {@link #main} checks the count against the engine's.
     */
    public static Map<String, byte[]> large() {
        Map<String, byte[]> files = bundled();
        int bundledRules = countRulesInText(files);
        int generated = LARGE_SET_RULES - bundledRules;
        if (generated <= 0) {
            throw new IllegalStateException("the bundled set already has " + bundledRules + " rules");
        }
        files.put(GENERATED_FILE, generatedDrl(generated).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\s+\"");

    /**
     * Rules in the files without building them: {@code rule "…"} lines of DRL files, and the rows of each
     * {@code RuleTable} of a CSV decision table (the rows after its four header rows, up to a blank row).
     */
    public static int countRulesInText(Map<String, byte[]> files) {
        int rules = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (file.getKey().endsWith(".drl")) {
                rules += (int) DRL_RULE.matcher(text).results().count();
            } else if (file.getKey().endsWith(".drl.csv")) {
                List<String> lines = text.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("RuleTable")) {
                        int row = i + 5;
                        while (row < lines.size() && !lines.get(row).replace(",", "").isBlank()) {
                            rules++;
                            row++;
                        }
                    }
                }
            } else {
                throw new IllegalStateException("cannot count the rules of " + file.getKey() + " without building it");
            }
        }
        return rules;
    }

    public static RuleSet compile(Map<String, byte[]> files) {
        return new RuleSetLoader().compile(files, null);
    }

    /**
     * The same files built as Drools' executable model instead of the interpreted build {@link RuleSetLoader} uses:
     * an experiment only (the application does not build this way). Call it with files {@link #compile} accepts.
     */
    public static RuleSet compileExecutableModel(Map<String, byte[]> files) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("jp.advisor.bench", "exec-model", "1.0." + EXEC_BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        files.forEach((name, bytes) -> {
            if (!jp.advisor.rules.UnitsTable.FILE.equals(name)) { // data, not compiled
                kfs.write("src/main/resources/" + name, ks.getResources().newByteArrayResource(bytes, "UTF-8"));
            }
        });
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("executable model build failed: " + builder.getResults().getMessages());
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        jp.advisor.facts.Units units = files.containsKey(jp.advisor.rules.UnitsTable.FILE)
                ? jp.advisor.rules.UnitsTable.read(files.get(jp.advisor.rules.UnitsTable.FILE))
                : jp.advisor.facts.Units.NONE;
        return new RuleSet(kieBase, "exec-model", null, List.copyOf(files.keySet()), files, units);
    }

    private static final AtomicLong EXEC_BUILDS = new AtomicLong();

    public static int countRules(RuleSet ruleSet) {
        return ruleSet.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    /**
     * {@code n} simple rules over the facts, four shapes in turn: an outcome value band, a measured value band, a
     * strategy's self-assessment with its number of initiatives, and an initiative joined to its strategy.
     */
    public static String generatedDrl(int n) {
        StringBuilder drl = new StringBuilder("""
                // ベンチマーク用に生成したルール（jp.advisor.bench.BenchRules）。判定には使いません。
                // Generated for the rule-set build benchmark: each adds an info finding, nothing else.
                package advisor;

                import jp.advisor.facts.*;

                """);
        for (int k = 0; k < n; k++) {
            double low = (k * 7) % 100;
            double high = low + 5;
            String id = String.format(Locale.ROOT, "%03d", k + 1);
            switch (k % 4) {
                case 0 -> drl.append("""
                        rule "生成%1$s：アウトカムの値が%2$.0f以上%3$.0f未満"
                        when
                            $o : OutcomeFact(comparable(), value.number >= %2$.1f, value.number < %3$.1f)
                        then
                            insert(Flag.info("BENCH_OUTCOME_BAND_%1$s", $o.location(), $o.strategyId())
                                .ja("アウトカムの値{0}は%2$.0f以上%3$.0f未満です。", $o.value())
                                .en("The outcome value {0} is in [%2$.0f, %3$.0f).", $o.value())
                                .build());
                        end

                        """.formatted(id, low, high));
                case 1 -> drl.append("""
                        rule "生成%1$s：取組の実績が%2$.0f以上%3$.0f未満"
                        when
                            $i : InitiativeFact(comparable(), measured.number >= %2$.1f, measured.number < %3$.1f)
                        then
                            insert(Flag.info("BENCH_MEASURED_BAND_%1$s", $i.location(), $i.strategyId())
                                .ja("取組の実績{0}は%2$.0f以上%3$.0f未満です。", $i.measured())
                                .en("The measured value {0} is in [%2$.0f, %3$.0f).", $i.measured())
                                .build());
                        end

                        """.formatted(id, low, high));
                case 2 -> drl.append("""
                        rule "生成%1$s：取組%2$d件の戦略の全体が%3$s"
                        when
                            $s : StrategyFact(initiativeCount == %2$d, selfOverall == "%3$s", outcomeCount > %4$d)
                        then
                            insert(Flag.info("BENCH_STRATEGY_%1$s", $s.location(), $s.id())
                                .ja("取組{0}件の戦略で全体は%3$s。", $s.initiativeCount())
                                .en("A strategy of {0} initiatives rated %3$s overall.", $s.initiativeCount())
                                .build());
                        end

                        """.formatted(id, k % 3, k % 2 == 0 ? "A" : "B", k % 5));
                default -> drl.append("""
                        rule "生成%1$s：撤退基準に当たらず%2$.0f未満の取組（進捗%3$s）"
                        when
                            $i : InitiativeFact(withdrawalComparable(), !withdrawalTriggered(), measured.number < %2$.1f)
                            $s : StrategyFact(id == $i.strategyId, selfProgress == "%3$s")
                        then
                            insert(Flag.info("BENCH_JOIN_%1$s", $i.location(), $s.id())
                                .ja("実績{0}は撤退基準に当たらないが%2$.0f未満。", $i.measured())
                                .en("The measured value {0} does not trigger withdrawal but is below %2$.0f.", $i.measured())
                                .build());
                        end

                        """.formatted(id, high + 40, k % 8 < 4 ? "a" : "b"));
            }
        }
        return drl.toString();
    }

    /** Prints how many rules each set has (a quick check of the generated set). */
    public static void main(String[] args) {
        System.out.println("bundled: " + countRules(compile(bundled())) + " rules (counted in the text: "
                + countRulesInText(bundled()) + ")");
        System.out.println("suggestions only: " + countRules(compile(suggestionsOnly())) + " rules");
        System.out.println("target-reached: " + countRules(compile(targetReached())) + " rules");
        System.out.println("large: " + countRules(compile(large())) + " rules");
    }
}
