package jp.advisor.publishing;

import java.nio.file.Path;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import jp.advisor.rules.RuleSetLoader;

/** A database with a history, made as the service makes it, for tests of what reads it (the command line). */
public final class HistoryFixture {

    private final RuleVersionStore store;
    public final String url;

    private HistoryFixture(String url) {
        this.url = url;
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        this.store = new RuleVersionStore(JdbcClient.create(new DriverManagerDataSource(url, "sa", "")));
    }

    /** An embedded H2 database in {@code dir}, migrated and empty. */
    public static HistoryFixture h2In(Path dir) {
        return new HistoryFixture("jdbc:h2:file:" + dir.resolve("advisor").toAbsolutePath());
    }

    /** Records a set (SEED when it is the first, else PUBLISH); returns its version. */
    public String record(Map<String, byte[]> files, String summary) {
        String kind = store.list().isEmpty() ? PublishedVersion.SEED : PublishedVersion.PUBLISH;
        String version = RuleSetLoader.versionOf(files);
        store.save(version, kind, null, null, "policy", summary, files);
        return version;
    }
}
