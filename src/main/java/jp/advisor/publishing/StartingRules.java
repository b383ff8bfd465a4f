package jp.advisor.publishing;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.advisor.rules.ActiveRules;
import jp.advisor.rules.RulePrebuild;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSetLoader;
import jp.advisor.rules.RuleSource;

/**
 * Which set answers when the service starts. The history in the database is the source of truth: its newest
 * entry that compiles answers, whatever {@code rules/} holds then (a broken or edited folder is named in a
 * WARN line and not used; publishing is how a folder's edit reaches the service). An empty history is seeded
 * from the folder, or the set bundled in the jar, recorded as version 1 (kind SEED); only then does a broken
 * folder stop the start, since there is no good set to answer with.
 */
@Configuration(proxyBeanMethods = false)
class StartingRules {

    private static final Logger log = LoggerFactory.getLogger(StartingRules.class);

    static final String SYSTEM = "system";

    private final RuleSetLoader loader = new RuleSetLoader();

    @Bean
    ActiveRules activeRules(RuleVersionStore store, RuleSource folder) {
        boolean historyEmpty = true;
        for (PublishedVersion entry : store.list()) {
            historyEmpty = false;
            try {
                Map<String, byte[]> files = store.files(entry.id());
                RuleSet published = RulePrebuild.take(files, null).map(StartingRules::builtAhead)
                        .orElseGet(() -> loader.compile(files, null));
                log.info("ルール: 公開済みの版 #{}（{}、{}）を使用：{} / rules: using published version #{} ({}, {}): {}",
                        entry.id(), entry.kind(), entry.version(), entry.summary(),
                        entry.id(), entry.kind(), entry.version(), entry.summary());
                compareWithFolder(folder, entry);
                return new ActiveRules(published);
            } catch (RuleSetException e) {
                // An engine upgrade can make an old set stop compiling: the next older good one answers.
                log.error("ルール: 公開済みの版 #{} をコンパイルできません。より前の版を試します / rules: published version #{}"
                        + " no longer compiles; trying the one before it:\n{}", entry.id(), entry.id(), e.getMessage());
            }
        }
        if (folder.bundled()) {
            log.warn(folder.describe());
        } else {
            log.info(folder.describe());
        }
        // Broken with no good published set: the start fails with the located problems.
        RuleSet seed = prebuilt(folder).map(StartingRules::builtAhead).orElseGet(folder::load);
        if (historyEmpty) {
            String from = folder.bundled() ? "同梱のルールセット（jar 内） / the bundled rule set"
                    : "フォルダ " + folder.folder().toAbsolutePath().normalize() + " / the folder "
                            + folder.folder().toAbsolutePath().normalize();
            PublishedVersion first = store.save(seed.version(), PublishedVersion.SEED, null, null, SYSTEM,
                    "初期登録：" + from + " / seeded from " + from, seed.sources());
            log.info("ルール: 履歴が空のため、版 #{}（{}）として記録しました / rules: the history was empty; recorded as version #{} ({})",
                    first.id(), seed.version(), first.id(), seed.version());
        } else {
            log.error("ルール: 公開済みの版がどれもコンパイルできないため、{} を使用 / rules: no published version compiles;"
                    + " answering with {}", folder.folder(), folder.folder());
        }
        return new ActiveRules(seed);
    }

    private static RuleSet builtAhead(RuleSet set) {
        log.info("ルール: 起動と並行して組み立てたセット {} を使用 / rules: using the set built alongside the start, {}",
                set.version(), set.version());
        return set;
    }

    /** The set {@code serve} began building before the context (RulePrebuild), when it is this folder's. */
    private static java.util.Optional<RuleSet> prebuilt(RuleSource folder) {
        try {
            return RulePrebuild.take(folder.files(), folder.bundled() ? null : folder.folder().toAbsolutePath().normalize());
        } catch (RuleSetException unreadable) {
            return java.util.Optional.empty();
        }
    }

    /** Says when the folder is not what answers, so an edit there is not mistaken for a published one. */
    private static void compareWithFolder(RuleSource folder, PublishedVersion answering) {
        Map<String, byte[]> files;
        try {
            files = folder.files();
        } catch (RuleSetException e) {
            log.warn("ルール: フォルダ {} は読めません（{} 件の問題）。公開済みの版 #{} で起動します / rules: the folder {} cannot"
                            + " be read ({} problems); starting on published version #{}",
                    folder.folder(), e.problems().size(), answering.id(), folder.folder(), e.problems().size(), answering.id());
            return;
        }
        if (RuleSetLoader.versionOf(files).equals(answering.version())) {
            return;
        }
        if (folder.bundled()) {
            log.info("ルール: 同梱のルールセットは公開済みの版 #{} と違います（使いません） / rules: the bundled set differs from"
                    + " published version #{} and is not used", answering.id(), answering.id());
        } else {
            log.warn("ルール: フォルダ {} は公開済みの版 #{} と違うため使いません（壊れていても起動します）。"
                            + "フォルダの内容を使うには check のうえ公開してください / rules: the folder {} differs from published"
                            + " version #{} and is not used (broken or not): check and publish it to use it",
                    folder.folder().toAbsolutePath().normalize(), answering.id(),
                    folder.folder().toAbsolutePath().normalize(), answering.id());
        }
    }
}
