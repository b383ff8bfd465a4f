package jp.advisor.publishing;

/**
 * A publish made on a base that is no longer the set in use: someone published or rolled back meanwhile.
 * Nothing was published; applying the changes to the newer set could silently undo that publish.
 *
 * @see RulePublisher#publish
 */
public class StaleBaseException extends RuntimeException {

    private final String base;
    private final String currentVersion;
    private final transient PublishedVersion current;

    public StaleBaseException(String base, String currentVersion, PublishedVersion current) {
        super("基準の版 " + base + " は現在の版ではありません（現在は " + describe(currentVersion, current)
                + "）。現在の版を基準に変更をやり直してください / the base " + base + " is no longer current (now "
                + describe(currentVersion, current) + "): redo the changes on the current version");
        this.base = base;
        this.currentVersion = currentVersion;
        this.current = current;
    }

    private static String describe(String version, PublishedVersion entry) {
        return entry == null ? version : "#" + entry.id() + " " + version + "、" + entry.publishedBy() + "、" + entry.summary();
    }

    public String base() {
        return base;
    }

    public String currentVersion() {
        return currentVersion;
    }

    /** The history entry of the set in use, when it has one. */
    public PublishedVersion current() {
        return current;
    }
}
