package jp.advisor.rules;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The first rule build in a cold JVM takes 3–4 s (docs/benchmarks.md), and the service needs a set before it is
 * ready. {@code serve} starts that build (or, for exactly the bundled files, the reading of the set the build compiled:
 * {@link CompiledRules}) on a thread of its own before the Spring context, so the two overlap; the bean choosing the
 * set at start ({@code StartingRules}) takes the result when it was built from exactly the files it chose, and builds
 * as before otherwise (another folder in the settings, a newer published set). A build that failed is never taken:
 * the start then builds again and reports the problems as it always did.
 */
public final class RulePrebuild {

    private record Started(Map<String, byte[]> files, CompletableFuture<RuleSet> set) {
    }

    private static volatile Started started;

    private RulePrebuild() {
    }

    /** Starts building the set of this folder, or the bundled one when it does not exist; never throws. */
    public static void start(Path folder) {
        try {
            Map<String, byte[]> files = RuleSource.folderOrBundled(folder).files();
            CompletableFuture<RuleSet> set = new CompletableFuture<>();
            Thread build = new Thread(() -> {
                try {
                    set.complete(CompiledRules.readOrCompile(files, null));
                } catch (RuntimeException | Error e) {
                    set.completeExceptionally(e);
                }
            }, "rules-prebuild");
            build.setDaemon(true);
            build.start();
            started = new Started(files, set);
        } catch (RuntimeException unreadable) {
            // The start reads the folder again and reports what is wrong with it.
        }
    }

    /**
     * The set built ahead from exactly {@code files} (same names, same bytes), with {@code directory} as the start
     * would have compiled it; empty when nothing was started, the files differ or the build failed. Taken once.
     */
    public static Optional<RuleSet> take(Map<String, byte[]> files, Path directory) {
        Started ahead = started;
        if (ahead == null || !same(ahead.files(), files)) {
            return Optional.empty();
        }
        started = null;
        try {
            RuleSet set = ahead.set().get();
            return Optional.of(new RuleSet(set.kieBase(), set.version(), directory, set.files(), set.sources(), set.units()));
        } catch (ExecutionException failed) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
