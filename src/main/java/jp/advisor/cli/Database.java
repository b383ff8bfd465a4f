package jp.advisor.cli;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import jp.advisor.publishing.PublishedHistory;

/**
 * The service's database for the commands that work on it directly ({@code users}, {@code export}, {@code import}): found as the service finds it
 * ({@link PublishedHistory.Settings#configured}, or {@code --database}), brought to the service's schema by the same
 * Flyway migrations (so it works before the service first ran there), each command's work in one transaction.
 */
final class Database {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password|pwd)=[^;&]*");

    private final DataSource dataSource;

    private Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens and migrates; a database that cannot be opened (an embedded H2 in use by the service) says so. */
    static Database open(String database) {
        DataSource dataSource = dataSource(database, true);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            throw new IllegalStateException("データベース " + safeUrl(database) + " を開けません（組み込みの H2 はサービスの"
                    + "停止中だけ使えます。稼働中は /api/users を使ってください） / cannot open the database " + safeUrl(database)
                    + " (an embedded H2 only while the service is stopped; use /api/users while it runs): "
                    + PublishedHistory.rootMessage(e), e);
        }
        return new Database(dataSource);
    }

    /**
     * The configured database ({@code spring.datasource.*} as the service finds it, or {@code --database}); an
     * embedded H2 file is created only when {@code create}.
     */
    static DataSource dataSource(String database, boolean create) {
        PublishedHistory.Settings settings = PublishedHistory.Settings.configured().withUrl(database);
        String url = settings.url();
        if (url == null || url.isBlank() || url.contains("${")) {
            throw new IllegalArgumentException("データベースの URL がありません（spring.datasource.url か --database で指定）"
                    + " / no database url: set spring.datasource.url or give --database");
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!create && lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.contains("ifexists=")) {
            url = url + ";IFEXISTS=TRUE";
        }
        return new DriverManagerDataSource(url, settings.username() == null ? "" : settings.username(), settings.password());
    }

    /** The database as named in messages and files: a password written into the url is not repeated. */
    static String safeUrl(String database) {
        String url = PublishedHistory.Settings.configured().withUrl(database).url();
        return url == null ? null : PASSWORD.matcher(url).replaceAll("$1=***");
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> work.get());
    }

    /** Who runs the command, as the audit log names a command-line actor. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
