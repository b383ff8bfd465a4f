package jp.advisor.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import jp.advisor.submission.Initiative;
import jp.advisor.submission.InitiativeSelfAssessment;
import jp.advisor.submission.Strategy;
import jp.advisor.submission.StrategySelfAssessment;
import jp.advisor.submission.Submission;
import jp.advisor.submissions.ReviewState;
import jp.advisor.submissions.StoredSheets;
import jp.advisor.submissions.StoredSubmission;

/** The matrix and chart counts of {@code /review}: what each cell, bar and segment holds, and what filters keep. */
class ReviewOverviewTest {

    static final ReviewOverview.Filters NONE = new ReviewOverview.Filters(null, null, null, null, null);

    @Test
    void eachSheetIsACellWithItsStateAndItsFindingsBySeverityAndItsRatingsAreCountedPerScale() {
        ReviewOverview overview = ReviewOverview.of(states(), sheets(), NONE);

        assertThat(overview.years()).containsExactly(2016, 2017);
        assertThat(overview.rows()).extracting(ReviewOverview.Row::organization).containsExactly("北区", "南区");
        ReviewOverview.MatrixCell north2016 = overview.rows().get(0).cells().get(0);
        assertThat(north2016.stateLabel()).isEqualTo("確認中");
        assertThat(north2016.counts()).extracting(ReviewOverview.SeverityCount::ja, ReviewOverview.SeverityCount::count)
                .containsExactly(tuple("エラー", 1), tuple("警告", 1), tuple("参考", 0));
        assertThat(north2016.undecided()).isEqualTo(1);
        assertThat(overview.rows().get(1).cells()).element(1).isNull();

        ReviewOverview.RatingScale achievement = overview.ratings().stream()
                .filter(s -> s.symbols().equals(List.of("①", "②", "③"))).findFirst().orElseThrow();
        ReviewOverview.RatingBar bar = achievement.bars().get(0);
        assertThat(bar.total()).isEqualTo(3);
        assertThat(bar.segments()).extracting(ReviewOverview.Segment::symbol, ReviewOverview.Segment::count,
                ReviewOverview.Segment::start).containsExactly(tuple("①", 2, 0.0), tuple("②", 0, 2.0 / 3),
                tuple("③", 1, 2.0 / 3));
        assertThat(overview.ratings()).extracting(ReviewOverview.RatingScale::ja).contains("全体の自己評価")
                .as("a scale no sheet fills in has no chart").doesNotContain("取組の実施状況");

        assertThat(overview.codes()).extracting(ReviewOverview.CodeBar::code, ReviewOverview.CodeBar::count,
                ReviewOverview.CodeBar::share).containsExactly(tuple("B_CODE", 2, 1.0), tuple("A_CODE", 1, 0.5));
    }

    @Test
    void findingFiltersKeepOnlySheetsWithAMatchingFindingAndCountOnlyThose() {
        ReviewOverview undecided = ReviewOverview.of(states(), sheets(),
                new ReviewOverview.Filters(null, null, null, null, ReviewOverview.UNDECIDED));
        assertThat(undecided.shownSubmissions()).isEqualTo(2);
        assertThat(undecided.codes()).extracting(ReviewOverview.CodeBar::code).containsExactly("B_CODE");

        ReviewOverview explained = ReviewOverview.of(states(), sheets(),
                new ReviewOverview.Filters(2016, "北区", "A_CODE", "error", "EXPLAINED"));
        assertThat(explained.rows()).hasSize(1);
        assertThat(explained.rows().get(0).cells().get(0).findings()).isEqualTo(1);
        assertThat(explained.options().organizations()).as("the choices stay all stored").containsExactly("北区", "南区");
    }

    private static List<StoredSubmission> states() {
        return List.of(state(1, "北区", 2016, ReviewState.IN_REVIEW), state(2, "北区", 2017, ReviewState.SUBMITTED),
                state(3, "南区", 2016, ReviewState.RETURNED));
    }

    private static StoredSubmission state(long id, String organization, int year, ReviewState state) {
        return new StoredSubmission(id, organization, year, 1, "staff", OffsetDateTime.now(), "sha256:x", "trajectory", null,
                Map.of(), 0, state, state.ja());
    }

    private static List<StoredSheets.Sheet> sheets() {
        StoredSheets.Disposition explained = new StoredSheets.Disposition("EXPLAINED", "説明あり", "ok", "reviewer",
                OffsetDateTime.now());
        TreeMap<Integer, StoredSheets.StoredFinding> north = new TreeMap<>(Map.of(
                0, new StoredSheets.StoredFinding(0, "A_CODE", "error", "strategies/1/overall", "r", explained),
                1, new StoredSheets.StoredFinding(1, "B_CODE", "warning", "strategies/1/overall", "r", null)));
        TreeMap<Integer, StoredSheets.StoredFinding> south = new TreeMap<>(Map.of(
                0, new StoredSheets.StoredFinding(0, "B_CODE", "warning", "strategies/1/overall", "r", null)));
        return List.of(sheet(1, "北区", 2016, north), sheet(2, "北区", 2017, new TreeMap<>()), sheet(3, "南区", 2016, south));
    }

    private static StoredSheets.Sheet sheet(long id, String organization, int year,
                                            TreeMap<Integer, StoredSheets.StoredFinding> findings) {
        Strategy strategy = new Strategy("1", "項目", null, null, null, null, List.of(),
                new StrategySelfAssessment("A", "a", null), null, null, List.of(initiative("1-1", "①"),
                initiative("1-2", "1"), initiative("1-3", "③"), initiative("1-4", null)));
        return new StoredSheets.Sheet(id, organization, year, 1,
                new Submission(organization, Integer.toString(year), List.of(strategy)), findings);
    }

    private static Initiative initiative(String id, String achievement) {
        return new Initiative(id, null, null, null, null, null, null, null, null,
                new InitiativeSelfAssessment(achievement, null, null), null, null);
    }
}
