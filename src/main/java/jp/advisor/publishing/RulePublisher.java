package jp.advisor.publishing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.advisor.audit.AuditLog;
import jp.advisor.policy.RuleCheck;
import jp.advisor.policy.SubmissionSources;
import jp.advisor.policy.whatif.NamedSubmission;
import jp.advisor.policy.whatif.WhatIf;
import jp.advisor.policy.strength.StrengthCheck;
import jp.advisor.policy.whatif.WhatIfReport;
import jp.advisor.rules.ActiveRules;
import jp.advisor.rules.RuleProblem;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSetLoader;

/**
 * The policy staff's loop in the service: check a candidate, see its what-if, publish it, roll back. A
 * candidate is changes on top of a base version; publishing refuses a stale base (409), then runs the whole
 * check (compile, restricted language, tables, every fixture) and refuses on any problem (422), stores the set
 * and only then swaps the active set in one step, so a refused or failed publish leaves the old set answering.
 * Which set answers at start is {@link StartingRules}'s.
 *
 * <p>Several instances may share one database. The newest entry of the history is the set every one of them
 * should answer with: {@link #refresh()} (run every {@code advisor.rules.refresh-interval} by {@link RulesRefresh},
 * and at the start of every publish) applies an entry another instance wrote. A publish or rollback writes under
 * a row lock in the database ({@link RuleVersionStore#lockNewest()}), and a publish whose base was overtaken
 * meanwhile by another instance's write is refused as stale, so two instances cannot both publish on one base.
 */
@Service
public class RulePublisher {

    /**
     * What a publish asks for.
     *
     * @param base       the set the changes were made on: a history id ({@code "3"}) or a version ({@code "sha256:…"})
     * @param files      files added or changed, by name
     * @param remove     names of the base's files to remove
     * @param replaceAll true: {@code files} is the whole set, the base's other files are dropped (the base is still checked)
     */
    public record Change(String base, Map<String, byte[]> files, List<String> remove, boolean replaceAll) {

        public Change {
            // Not Map.copyOf/List.copyOf: a null sent in the JSON is reported by the loader, not thrown here.
            files = files == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(files));
            remove = remove == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(remove));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RulePublisher.class);

    private final ActiveRules active;
    private final RuleVersionStore store;
    private final AuditLog audit;
    private final Path fixtures;
    private final Path whatIfSubmissions;
    private final RuleSetLoader loader = new RuleSetLoader();
    private final RuleCheck ruleCheck = new RuleCheck();
    private final TransactionTemplate transactions;

    /**
     * The id of the newest history entry this instance has applied (or refused, when it did not compile), or
     * -1 for none: the refresh acts when the database's newest differs. At start, the newest entry with the
     * content {@link StartingRules} chose, so that an entry another instance wrote while this one started is still
     * picked up (a newer one that did not compile at start is tried once more, and logged again).
     */
    private long seen;

    RulePublisher(ActiveRules active, RuleVersionStore store, AuditLog audit,
                  PlatformTransactionManager transactionManager,
                  @Value("${advisor.fixtures.dir}") Path fixtures,
                  @Value("${advisor.what-if.submissions}") Path whatIfSubmissions) {
        this.active = active;
        this.store = store;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.fixtures = fixtures;
        this.whatIfSubmissions = whatIfSubmissions;
        String starting = active.get().version();
        this.seen = store.list().stream().filter(v -> v.version().equals(starting)).findFirst()
                .map(PublishedVersion::id).orElseGet(() -> store.newestId().orElse(-1L));
    }

    /**
     * Applies the newest entry of the history when it is not the one this instance last applied: another
     * instance published or rolled back. It is compiled and swapped in as at start (the publishing instance ran
     * the fixtures); one that does not compile is logged as an ERROR, once, and the set in use keeps answering.
     * Evaluations in flight finish on the set they started with.
     *
     * @return the entry now answering, when this call changed the set
     */
    public synchronized Optional<PublishedVersion> refresh() {
        Optional<Long> newest = store.newestId();
        if (newest.isEmpty() || newest.get() == seen) {
            return Optional.empty();
        }
        long id = newest.get();
        seen = id;
        Optional<PublishedVersion> entry = store.find(id);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        PublishedVersion found = entry.get();
        if (found.version().equals(active.get().version())) {
            log.info("ルール: 版 #{}（{}）は使用中の内容と同じです / rules: version #{} ({}) is the set already in use",
                    id, found.version(), id, found.version());
            return Optional.empty();
        }
        RuleSet next;
        try {
            next = loader.compile(store.files(id), null);
        } catch (RuleSetException e) {
            log.error("ルール: データベースの最新の版 #{}（{}、{}）をコンパイルできません。{} のまま答えます / rules: version #{}"
                            + " ({}, {}), the newest in the database, does not compile; still answering with {}:\n{}",
                    id, found.kind(), found.version(), active.get().version(),
                    id, found.kind(), found.version(), active.get().version(), e.getMessage());
            return Optional.empty();
        }
        RuleSet before = active.activate(next);
        log.info("ルール: 版 #{}（{}、{}、{}）を反映しました（{} から）：{} / rules: picked up version #{} ({}, {}, by {}) from the"
                        + " database, replacing {}: {}",
                id, found.kind(), found.version(), found.publishedBy(), before.version(), found.summary(),
                id, found.kind(), found.version(), found.publishedBy(), before.version(), found.summary());
        return entry;
    }

    public RuleSet current() {
        return active.get();
    }

    /**
     * Checks a candidate as publishing would, without publishing: a change on a base, or (no base) a whole set
     * as given, which is how check and what-if have always taken it.
     */
    public RuleCheck.Report check(Change change) {
        return ruleCheck.check(candidateFiles(change), fixtures);
    }

    /** Every judgement the candidate changes over the what-if submissions, against the set in use. */
    public WhatIfReport whatIf(Change change) {
        return whatIf(change, submissions());
    }

    /** Every judgement the candidate changes over {@code submissions} (stored ones), against the set in use. */
    public WhatIfReport whatIf(Change change, List<NamedSubmission> submissions) {
        return whatIf(change, submissions, List.of());
    }

    /** The same, with the sheets of the years before that feed their 前年度 check without being compared. */
    public WhatIfReport whatIf(Change change, List<NamedSubmission> submissions, List<NamedSubmission> previousYears) {
        RuleSet candidate = loader.compile(candidateFiles(change), null);
        return new WhatIf().compare(active.get(), candidate, submissions, previousYears);
    }

    private Map<String, byte[]> candidateFiles(Change change) {
        if (change.base() == null && change.remove().isEmpty()) {
            return change.files();
        }
        return merge(change, active.get(), false).files();
    }

    /**
     * Publishes the base's files with the changes applied. Under the lock from the base check to the swap, so
     * two publishes on the same base cannot both succeed: the second finds its base stale. The base is checked
     * against the newest entry in the database (another instance's publish is applied first), and again under the
     * database lock when the entry is written, for a publish another instance made while this one ran the checks.
     *
     * @throws StaleBaseException       the base is not the set in use (409)
     * @throws RuleSetException         the request or the candidate has located problems (422)
     * @throws PublishRefusedException  the candidate fails the table analysis or a fixture case (422)
     */
    public synchronized PublishedVersion publish(Change change, String summary, String by) {
        refresh();
        RuleSet current = active.get();
        Merged merged = merge(change, current, true);
        RuleSet candidate = loader.compile(merged.files(), null);
        refuseUnlessPublishable(candidate);
        PublishedVersion published = underLock(newest -> {
            if (newest.isPresent() && newest.get().id() != seen && !newest.get().version().equals(current.version())) {
                log.info("not published: while its checks ran, #{} ({}) was written by {} (another instance); the base {} is stale",
                        newest.get().id(), newest.get().version(), newest.get().publishedBy(), change.base());
                throw new StaleBaseException(change.base(), newest.get().version(), newest.get());
            }
            PublishedVersion written = store.save(candidate.version(), PublishedVersion.PUBLISH, null, merged.baseId(), by,
                    summary, candidate.sources());
            audit.record(by, "PUBLISH", "rule-version:" + written.id(), written.version() + " on base #"
                    + merged.baseId() + " (" + current.version() + "): " + summary);
            return written;
        });
        seen = published.id();
        active.activate(candidate);
        log.info("rule set #{} ({}) published by {} on base #{} ({})", published.id(), published.version(), by,
                merged.baseId(), current.version());
        return published.withWarnings(unpinned(merged.files(), current.sources()));
    }

    /**
     * The strength check on the files this publish changed (not the whole set: each change is one rule build):
     * every boundary or table value no fixture case notices, as a warning, since the set passed every case.
     */
    private List<String> unpinned(Map<String, byte[]> files, Map<String, byte[]> before) {
        java.util.Set<String> changed = new java.util.HashSet<>();
        files.forEach((name, bytes) -> {
            if (!before.containsKey(name) || !java.util.Arrays.equals(before.get(name), bytes)) {
                changed.add(name);
            }
        });
        if (changed.isEmpty()) {
            return List.of();
        }
        StrengthCheck.Report report = new StrengthCheck().run(files, fixtures, m -> changed.contains(m.file()));
        return report.survivors().stream().map(m -> m.where() + " " + m.change()
                + "：この変更に気づくフィクスチャがありません / no fixture case notices this change").toList();
    }

    /** The candidate's files, and the history id of its base (null when the set in use has no entry). */
    private record Merged(Map<String, byte[]> files, Long baseId) {
    }

    /** The base's files + changed and added − removed; every problem of the request at once, a stale base first. */
    private Merged merge(Change change, RuleSet current, boolean mustChange) {
        List<RuleProblem> problems = new ArrayList<>();
        Long baseId = resolveBase(change.base(), current, problems);
        Map<String, byte[]> files = new TreeMap<>(change.replaceAll() ? Map.of() : current.sources());
        if (change.replaceAll() && !change.remove().isEmpty()) {
            problems.add(new RuleProblem("remove", null, "replaceAll（全体の置き換え）と remove は一緒に使えません"
                    + " / remove cannot be used with replaceAll"));
        }
        for (int i = 0; i < change.remove().size(); i++) {
            String name = change.remove().get(i);
            if (name == null || !current.sources().containsKey(name)) {
                problems.add(new RuleProblem("remove[" + i + "]", null, "削除するファイル " + name + " は基準の版にありません"
                        + " / the base has no file " + name + " to remove"));
            } else if (change.files().containsKey(name)) {
                problems.add(new RuleProblem("remove[" + i + "]", null, name + " は files にもあります。変えるか削除するかの"
                        + "どちらかにしてください / " + name + " is both changed and removed"));
            }
            files.remove(name);
        }
        files.putAll(change.files());
        if (mustChange && problems.isEmpty() && sameFiles(files, current.sources())) {
            problems.add(new RuleProblem("files", null, "基準の版から何も変わりません / the candidate changes nothing"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new Merged(files, baseId);
    }

    /**
     * Makes an earlier entry's files the set in use again, after the same check as a publish: a set that no
     * longer compiles or fails today's fixtures is refused (422), so a rollback cannot bring back a broken set.
     */
    public synchronized PublishedVersion rollback(long id, String by) {
        PublishedVersion target = store.find(id).orElseThrow(() -> new NoSuchVersionException(id));
        RuleSet restored = loader.compile(store.files(id), null);
        refuseUnlessPublishable(restored);
        PublishedVersion entry = underLock(newest -> {
            PublishedVersion written = store.save(restored.version(), PublishedVersion.ROLLBACK, id, null, by,
                    "#" + id + " に戻す / roll back to #" + id + "（" + target.summary() + "）", restored.sources());
            audit.record(by, "ROLLBACK", "rule-version:" + written.id(), written.version() + " = #" + id + ", replacing "
                    + active.get().version());
            return written;
        });
        seen = entry.id();
        active.activate(restored);
        log.info("rolled back to #{} ({}) by {}", id, restored.version(), by);
        return entry;
    }

    /**
     * Writes in one transaction holding the database's publish lock (the newest entry's row), given the newest
     * entry as read once the lock is held: what another instance wrote while this one waited is seen.
     */
    private PublishedVersion underLock(java.util.function.Function<Optional<PublishedVersion>, PublishedVersion> write) {
        return transactions.execute(status -> {
            store.lockNewest();
            return write.apply(store.newestId().flatMap(store::find));
        });
    }

    public List<PublishedVersion> versions() {
        return store.list();
    }

    /** An entry of the history and its files, to compare two versions. */
    public PublishedVersion version(long id) {
        return store.find(id).orElseThrow(() -> new NoSuchVersionException(id));
    }

    /** The files of an entry of the history, by name. */
    public Map<String, byte[]> files(long id) {
        version(id);
        return store.files(id);
    }

    private void refuseUnlessPublishable(RuleSet candidate) {
        RuleCheck.Report report = ruleCheck.check(candidate, fixtures);
        if (!report.publishable()) {
            log.warn("not published: {} problems, {} table issues, {} of {} fixture cases failed", report.problems().size(),
                    report.tableIssues().size(), report.failedCases(), report.fixtures().size());
            throw new PublishRefusedException(report);
        }
    }

    /**
     * The history id of the base when it is the set in use (null when that set has no entry), a problem when
     * the base is missing or unknown; a known base that is not in use is stale. Compared by content: a base
     * whose files are those in use (rolled back to since) is as good as current.
     */
    private Long resolveBase(String base, RuleSet current, List<RuleProblem> problems) {
        if (base == null || base.isBlank()) {
            problems.add(new RuleProblem("base", null, "base（変更の基準にした版：GET /api/rules の version か履歴の id）が"
                    + "ありません / base is required: the version (GET /api/rules) or history id the changes were made on"));
            return null;
        }
        Optional<PublishedVersion> named = store.find(base);
        if (named.isEmpty() && !base.strip().equals(current.version())) {
            problems.add(new RuleProblem("base", null, "基準の版 " + base + " は履歴にありません / no version " + base
                    + " in the history"));
            return null;
        }
        String baseVersion = named.map(PublishedVersion::version).orElse(base.strip());
        if (!baseVersion.equals(current.version())) {
            throw new StaleBaseException(base, current.version(), store.find(current.version()).orElse(null));
        }
        return named.filter(v -> v.version().equals(current.version()))
                .or(() -> store.find(current.version()))
                .map(PublishedVersion::id).orElse(null);
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    private List<NamedSubmission> submissions() {
        return SubmissionSources.read(List.of(whatIfSubmissions), problem -> log.warn("what-if skips {}", problem));
    }
}
