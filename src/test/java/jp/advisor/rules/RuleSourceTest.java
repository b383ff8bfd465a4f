package jp.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A named folder wins, then the usual folder when it exists, then the set inside the jar. */
class RuleSourceTest {

    @Test
    void aNamedFolderIsUsedAndAMissingOneIsAnErrorNotTheBundledSet(@TempDir Path dir) {
        RuleSource source = RuleSource.folder(dir.resolve("my-rules"));
        assertThat(source.bundled()).isFalse();
        assertThatThrownBy(source::load)
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rules folder not found");
    }

    @Test
    void theUsualFolderIsUsedWhenItExists() {
        RuleSource source = RuleSource.folderOrBundled(Path.of("rules"));
        assertThat(source.bundled()).isFalse();
        assertThat(source.describe()).contains("ルール: フォルダ", "rules: using the folder", Path.of("rules").toAbsolutePath().toString());
    }

    @Test
    void theBundledSetIsUsedWhenTheUsualFolderIsMissingAndTheLineSaysWhy(@TempDir Path dir) {
        RuleSource source = RuleSource.folderOrBundled(dir.resolve("rules"));
        assertThat(source.bundled()).isTrue();
        assertThat(source.describe())
                .contains("同梱のルールセット（jar 内）を使用", "using the bundled rule set inside the jar", dir.resolve("rules").toString())
                .doesNotContain("\n");
        assertThat(source.load().files()).contains("policy.drl");
    }

    @Test
    void aUsualFolderThatExistsButIsBrokenIsReportedNotReplacedByTheBundledSet(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package advisor;\nrule \"x\"\nwhen\n  Foo(\nthen\nend\n");
        RuleSource source = RuleSource.folderOrBundled(rules);
        assertThat(source.bundled()).isFalse();
        assertThatThrownBy(source::load).isInstanceOf(RuleSetException.class).hasMessageContaining("broken.drl");
    }
}
