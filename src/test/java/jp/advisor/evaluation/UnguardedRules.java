package jp.advisor.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import jp.advisor.rules.RuleSet;

/**
 * Rule sets compiled straight with the engine, past the restricted language: the run-time bounds are the
 * second line of defence, so their tests must not depend on what the guard (the first line) refuses today.
 */
public final class UnguardedRules {

    private static final AtomicLong BUILDS = new AtomicLong();

    private UnguardedRules() {
    }

    /** One DRL file compiled as a rule set named {@code sha256:test-<name>}. */
    public static RuleSet compile(String name, String drl) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("jp.advisor.test", "unguarded", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(id);
        byte[] bytes = drl.getBytes(StandardCharsets.UTF_8);
        kfs.write("src/main/resources/" + name, ks.getResources().newByteArrayResource(bytes, "UTF-8"));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(name + " does not compile: " + errors);
        }
        return new RuleSet(ks.newKieContainer(id).getKieBase(), "sha256:test-" + name, null, List.of(name),
                Map.of(name, bytes));
    }

    /**
     * Stops the engine threads a test left in a looping consequence (Thread.stop, still there in Java 17), so
     * that one test's spin does not take a core from the rest of the suite; waits until they are let go.
     */
    @SuppressWarnings({"deprecation", "removal"})
    public static void stopStuckThreads() throws InterruptedException {
        EngineThreads.stuckThreads().forEach(Thread::stop);
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!EngineThreads.stuckThreads().isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }
    }

    /** How many engine threads are left in a looping consequence now. */
    public static int stuckThreads() {
        return EngineThreads.stuckThreads().size();
    }
}
