package jp.advisor.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetLoader;

/**
 * The history of rule sets read with a plain JDBC connection, for the command line, which starts no Spring
 * context: the same tables the service writes, never written or migrated from here. The connection settings
 * are the service's {@code spring.datasource.*}, found as Spring would find them (see {@link Settings#configured}).
 */
public final class PublishedHistory {

    /** The database could not be opened or holds no history; the message says which and what to do. */
    public static class UnavailableException extends RuntimeException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Connection settings.
     *
     * @param from where the url was found, for the line that says which database is used
     */
    public record Settings(String url, String username, String password, String from) {

        private static final String URL = "spring.datasource.url";
        private static final String USER = "spring.datasource.username";
        private static final String PASSWORD = "spring.datasource.password";

        /**
         * As the service reads them, first found wins: system properties ({@code -Dspring.datasource.url=…}), the
         * environment ({@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}),
         * {@code ./config/application.properties}, {@code ./application.properties}, then the jar's own
         * {@code application.properties} (the embedded H2 under {@code ./data}).
         */
        public static Settings configured() {
            String[] found = new String[4];
            consider(System.getProperties(), "-D", found);
            Properties env = new Properties();
            putIfSet(env, URL, System.getenv("SPRING_DATASOURCE_URL"));
            putIfSet(env, USER, System.getenv("SPRING_DATASOURCE_USERNAME"));
            putIfSet(env, PASSWORD, System.getenv("SPRING_DATASOURCE_PASSWORD"));
            consider(env, "SPRING_DATASOURCE_*", found);
            for (Path file : List.of(Path.of("config", "application.properties"), Path.of("application.properties"))) {
                if (Files.isRegularFile(file)) {
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        consider(load(in), file.toString(), found);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            try (InputStream in = PublishedHistory.class.getClassLoader().getResourceAsStream("application.properties")) {
                if (in != null) {
                    try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                        consider(load(reader), "application.properties (jar)", found);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Settings(found[0], found[1], found[2] == null ? "" : found[2], found[3]);
        }

        /** The same settings with another url (the command line's {@code --database}); user and password stay. */
        public Settings withUrl(String url) {
            return url == null ? this : new Settings(url, username, password, "--database");
        }

        private static void consider(Properties p, String source, String[] found) {
            if (found[0] == null && p.getProperty(URL) != null) {
                found[0] = p.getProperty(URL);
                found[3] = source;
            }
            if (found[1] == null && p.getProperty(USER) != null) {
                found[1] = p.getProperty(USER);
            }
            if (found[2] == null && p.getProperty(PASSWORD) != null) {
                found[2] = p.getProperty(PASSWORD);
            }
        }

        private static void putIfSet(Properties p, String key, String value) {
            if (value != null) {
                p.setProperty(key, value);
            }
        }

        private static Properties load(Reader in) throws IOException {
            Properties p = new Properties();
            p.load(in);
            return p;
        }
    }

    private final RuleVersionStore store;
    private final String url;

    private PublishedHistory(RuleVersionStore store, String url) {
        this.store = store;
        this.url = url;
    }

    /** Opens the history; an embedded H2 file that does not exist is not created (the service has never run there). */
    public static PublishedHistory open(Settings settings) {
        if (settings.url() == null || settings.url().isBlank() || settings.url().contains("${")) {
            throw new UnavailableException("データベースの URL がありません（spring.datasource.url か --database で指定） / no database"
                    + " url: set spring.datasource.url or give --database", null);
        }
        String url = settings.url();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.contains("ifexists=")) {
            url = url + ";IFEXISTS=TRUE";
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, settings.username() == null ? "" : settings.username(),
                settings.password());
        return new PublishedHistory(new RuleVersionStore(JdbcClient.create(dataSource)), settings.url());
    }

    /** The database, as named to people (no password). */
    public String database() {
        return url;
    }

    /** Newest first. */
    public List<PublishedVersion> versions() {
        try {
            return store.list();
        } catch (DataAccessException e) {
            throw new UnavailableException("データベース " + url + " の公開履歴を読めません（H2 をサービスが使用中なら停止してから。"
                    + "サービスを一度も起動していなければ履歴はありません） / cannot read the rule history in " + url
                    + " (stop a service using the embedded H2 first; a database the service never ran on has none): "
                    + rootMessage(e), e);
        }
    }

    /** The newest entry: the set the service answers with. */
    public PublishedVersion latest() {
        return versions().stream().findFirst().orElseThrow(() -> new UnavailableException(
                "データベース " + url + " に公開済みのルールがありません / no published rule set in " + url, null));
    }

    /** An entry by id ({@code 3}, {@code #3}), version ({@code sha256:…}), or {@code latest}/{@code published}. */
    public PublishedVersion find(String named) {
        if (named == null || named.equals("latest") || named.equals("published")) {
            return latest();
        }
        versions(); // reports an unreadable database before a missing entry
        return store.find(named).orElseThrow(() -> new UnavailableException("公開履歴に " + named + " はありません（rules"
                + " versions で一覧） / no version " + named + " in the history of " + url, null));
    }

    public Map<String, byte[]> files(PublishedVersion entry) {
        return store.files(entry.id());
    }

    /** Compiles an entry's files (a {@link jp.advisor.rules.RuleSetException} when they no longer compile). */
    public RuleSet compile(PublishedVersion entry) {
        return new RuleSetLoader().compile(files(entry), null);
    }

    /** The first line of the root cause's message: what a command line shows of a database failure. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
