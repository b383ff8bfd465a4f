package jp.advisor.publishing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One publish or rollback, as the version history shows it.
 *
 * @param id           the history entry, used to roll back to it
 * @param version      the rule set's content hash (what evaluations name)
 * @param kind         PUBLISH or ROLLBACK
 * @param rolledBackTo for a rollback, the entry whose files were restored
 */
public record PublishedVersion(long id, String version, String kind, Long rolledBackTo, String publishedBy,
                               OffsetDateTime publishedAt, String summary, List<String> files) {
}
