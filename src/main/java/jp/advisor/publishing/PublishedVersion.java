package jp.advisor.publishing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of the history of rule sets: a seed, publish or rollback.
 *
 * @param id           the history entry, used as a base, to roll back to, to export or diff
 * @param version      the rule set's content hash (what evaluations name)
 * @param kind         SEED (the folder or bundled set recorded in an empty history), PUBLISH or ROLLBACK
 * @param rolledBackTo for a rollback, the entry whose files were restored
 * @param base         for a publish, the entry its changes were applied to (null for a seed, and for publishes
 *                     made before bases existed)
 * @param warnings     for a publish just made, what does not block it but policy staff should see: the changes to the
 *                     published files' boundaries and table values that no fixture case notices (check --strength);
 *                     empty in the history
 */
public record PublishedVersion(long id, String version, String kind, Long rolledBackTo, Long base, String publishedBy,
                               OffsetDateTime publishedAt, String summary, List<String> files, List<String> warnings) {

    public PublishedVersion(long id, String version, String kind, Long rolledBackTo, Long base, String publishedBy,
                            OffsetDateTime publishedAt, String summary, List<String> files) {
        this(id, version, kind, rolledBackTo, base, publishedBy, publishedAt, summary, files, List.of());
    }

    PublishedVersion withWarnings(List<String> found) {
        return new PublishedVersion(id, version, kind, rolledBackTo, base, publishedBy, publishedAt, summary, files,
                List.copyOf(found));
    }

    public static final String SEED = "SEED";
    public static final String PUBLISH = "PUBLISH";
    public static final String ROLLBACK = "ROLLBACK";
}
