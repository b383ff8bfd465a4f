package jp.advisor.cli;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import jp.advisor.publishing.PublishedHistory;

/**
 * The service's database for the commands that write to it ({@code users}): found as the service finds it
 * ({@link PublishedHistory.Settings#configured}, or {@code --database}), brought to the service's schema by the same
 * Flyway migrations (so it works before the service first ran there), each command's work in one transaction.
 */
final class Database {

    private final DataSource dataSource;
    private final String url;

    private Database(DataSource dataSource, String url) {
        this.dataSource = dataSource;
        this.url = url;
    }

    /** Opens and migrates; a database that cannot be opened (an embedded H2 in use by the service) says so. */
    static Database open(String url) {
        PublishedHistory.Settings settings = PublishedHistory.Settings.configured().withUrl(url);
        if (settings.url() == null || settings.url().isBlank() || settings.url().contains("${")) {
            throw new IllegalStateException("データベースの URL がありません（spring.datasource.url か --database で指定）"
                    + " / no database url: set spring.datasource.url or give --database");
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(settings.url(),
                settings.username() == null ? "" : settings.username(), settings.password());
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            throw new IllegalStateException("データベース " + settings.url() + " を開けません（組み込みの H2 はサービスの"
                    + "停止中だけ使えます。稼働中は /api/users を使ってください） / cannot open the database " + settings.url()
                    + " (an embedded H2 only while the service is stopped; use /api/users while it runs): "
                    + rootMessage(e), e);
        }
        return new Database(dataSource, settings.url());
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    String url() {
        return url;
    }

    <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> work.get());
    }

    /** Who runs the command, for the audit log. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "?");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
