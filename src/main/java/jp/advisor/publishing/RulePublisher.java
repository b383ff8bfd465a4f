package jp.advisor.publishing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import jp.advisor.policy.RuleCheck;
import jp.advisor.policy.SubmissionSources;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIf;
import jp.advisor.policy.whatif.WhatIfReport;
import jp.advisor.rules.ActiveRules;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSetLoader;

/**
 * The policy staff's loop in the service: check a candidate, see its what-if, publish it, roll back. A
 * candidate is compiled and analysed before anything changes; publishing stores it first and then swaps
 * the active set in one step, so a failed publish leaves the old set answering.
 */
@Service
public class RulePublisher {

    private static final Logger log = LoggerFactory.getLogger(RulePublisher.class);

    private final ActiveRules active;
    private final RuleVersionStore store;
    private final Path fixtures;
    private final Path whatIfSubmissions;
    private final RuleSetLoader loader = new RuleSetLoader();
    private final RuleCheck ruleCheck = new RuleCheck();

    RulePublisher(ActiveRules active, RuleVersionStore store,
                  @Value("${advisor.fixtures.dir}") Path fixtures,
                  @Value("${advisor.what-if.submissions}") Path whatIfSubmissions) {
        this.active = active;
        this.store = store;
        this.fixtures = fixtures;
        this.whatIfSubmissions = whatIfSubmissions;
        restoreLatest();
    }

    /** After a restart, the last published set answers again, not the bundled one. */
    private void restoreLatest() {
        store.latest().ifPresent(latest -> {
            try {
                active.activate(loader.compile(store.files(latest.id()), null));
                log.info("published rule set #{} ({}) restored", latest.id(), latest.version());
            } catch (RuleSetException e) {
                log.error("published rule set #{} no longer compiles; the bundled rules answer instead:\n{}",
                        latest.id(), e.getMessage());
            }
        });
    }

    public RuleSet current() {
        return active.get();
    }

    public RuleCheck.Report check(Map<String, byte[]> files) {
        return ruleCheck.check(files, fixtures);
    }

    /** Every judgement the candidate changes over the what-if submissions, against the set in use. */
    public WhatIfReport whatIf(Map<String, byte[]> files) {
        RuleSet candidate = loader.compile(files, null);
        return new WhatIf().compare(active.get(), candidate, submissions());
    }

    public synchronized PublishedVersion publish(Map<String, byte[]> files, String summary, String by) {
        RuleSet candidate = loader.compile(files, null);
        RuleCheck.Report report = ruleCheck.check(candidate, fixtures);
        if (!report.publishable()) {
            throw new PublishRefusedException(report);
        }
        PublishedVersion published = store.save(candidate.version(), "PUBLISH", null, by, summary, candidate.sources());
        active.activate(candidate);
        log.info("rule set #{} ({}) published by {}", published.id(), published.version(), by);
        return published;
    }

    public synchronized PublishedVersion rollback(long id, String by) {
        PublishedVersion target = store.find(id).orElseThrow(() -> new NoSuchVersionException(id));
        RuleSet restored = loader.compile(store.files(id), null);
        PublishedVersion entry = store.save(restored.version(), "ROLLBACK", id, by,
                "#" + id + " に戻す / roll back to #" + id + "（" + target.summary() + "）", restored.sources());
        active.activate(restored);
        log.info("rolled back to #{} ({}) by {}", id, restored.version(), by);
        return entry;
    }

    public List<PublishedVersion> versions() {
        return store.list();
    }

    private List<NamedSubmission> submissions() {
        return SubmissionSources.read(List.of(whatIfSubmissions), problem -> log.warn("what-if skips {}", problem));
    }
}
