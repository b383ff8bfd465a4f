package jp.advisor.cli;

import java.io.PrintWriter;

import jp.advisor.publishing.PublishedHistory;
import jp.advisor.publishing.PublishedVersion;
import jp.advisor.rules.RuleSet;
import jp.advisor.rules.RuleSetException;

/**
 * {@code --rules published}: the set the service answers with, read from its database with a plain JDBC
 * connection (no Spring context: the commands stay quick to start), so the command line and the service judge
 * alike. The database is the service's {@code spring.datasource.*}, or {@code --database}.
 */
final class Published {

    /** The word that names the published set where a rules folder is expected. */
    static final String WORD = "published";

    private Published() {
    }

    static boolean named(Object rules) {
        return rules != null && WORD.equals(rules.toString());
    }

    static PublishedHistory open(String database) {
        return PublishedHistory.open(PublishedHistory.Settings.configured().withUrl(database));
    }

    /** The newest published set, compiled, after saying on standard error which one; null after printing why not. */
    static RuleSet load(String database, String label, PrintWriter err) {
        try {
            PublishedHistory history = open(database);
            PublishedVersion latest = history.latest();
            err.println(label + describe(latest, history.database()));
            return history.compile(latest);
        } catch (PublishedHistory.UnavailableException | RuleSetException e) {
            err.println(label + e.getMessage());
            return null;
        }
    }

    static String describe(PublishedVersion v, String database) {
        return "ルール: データベース " + database + " の公開済みの版 #" + v.id() + "（" + v.version() + "、" + v.summary()
                + "）を使用 / rules: published version #" + v.id() + " (" + v.version() + ") from the database " + database;
    }
}
