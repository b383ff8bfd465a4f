package jp.advisor.submissions;

import static jp.advisor.submissions.SubmissionsApiTest.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.advisor.TestUsers;

/**
 * Who may do what in the review, and what is refused whatever the role: staff read their own organisation's review
 * but neither decide nor move; reviewers decide and move but do not submit; nothing names another organisation's
 * sheet to staff; unknown ids, illegal moves and a return without a message are refused as problems, storing nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReviewAccessApiTest {

    static final String REVIEWER = TestUsers.REVIEWER;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReviewCalls api;
    TestUsers.Staff staff;
    TestUsers.Staff otherStaff;
    long id;
    long finding;

    @BeforeEach
    void aSubmittedSheetOfItsOwnWard() throws Exception {
        api = new ReviewCalls(port);
        String ward = "権限区-" + System.nanoTime();
        staff = TestUsers.staff(port, ward + RUN);
        otherStaff = TestUsers.staff(port, "他区" + RUN);
        ReviewCalls.Answer submitted = api.submit(staff.authorization(), ward);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        id = submitted.get("id").asLong();
        finding = ReviewCycleApiTest.findingOf(api, id);
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    void assertProblem(ReviewCalls.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.text()).contains("\"type\":\"urn:advisor:problem:" + type + "\"");
        assertThat(answer.get("title").asString()).as(answer.text()).contains(" / ");
        assertThat(answer.get("detail").asString()).as(answer.text()).contains(" / ");
    }

    @Test
    void staffReadTheirOwnReviewButNeitherDecideNorMove() throws Exception {
        for (String path : List.of("", "/findings", "/transitions")) {
            assertThat(api.send(staff.authorization(), "GET", "/api/submissions/" + id + path, null).status())
                    .as(path).isEqualTo(200);
        }
        long before = rows("disposition") + rows("state_transition");
        assertProblem(api.dispose(staff.authorization(), id, finding, "誤検知", "自分で"), 403, "forbidden");
        assertProblem(api.move(staff.authorization(), id, "確認中", null), 403, "forbidden");
        assertThat(rows("disposition") + rows("state_transition")).isEqualTo(before);
    }

    @Test
    void theReviewNeedsALogin() throws Exception {
        long before = rows("disposition") + rows("state_transition");
        assertThat(api.send(null, "GET", "/api/submissions/" + id + "/findings", null).status()).isEqualTo(401);
        assertThat(api.send(null, "GET", "/api/submissions/" + id + "/transitions", null).status()).isEqualTo(401);
        assertThat(api.move(null, id, "確認中", null).status()).isEqualTo(401);
        assertThat(api.dispose(null, id, finding, "FIX", "").status()).isEqualTo(401);
        assertThat(rows("disposition") + rows("state_transition")).isEqualTo(before);
    }

    @Test
    void onlyReviewersDecideAndMoveAndTheyDoNotSubmit() throws Exception {
        assertProblem(api.submit(REVIEWER, "権限区"), 403, "forbidden");
        for (String other : List.of(TestUsers.ADMIN, TestUsers.POLICY)) {
            assertThat(api.send(other, "GET", "/api/submissions/" + id + "/findings", null).status()).isEqualTo(200);
            assertProblem(api.dispose(other, id, finding, "FIX", ""), 403, "forbidden");
            assertProblem(api.move(other, id, "IN_REVIEW", null), 403, "forbidden");
        }
        assertThat(api.dispose(REVIEWER, id, finding, "explained", "説明を確認").status()).isEqualTo(200);
        assertThat(api.move(REVIEWER, id, "in_review", null).status()).isEqualTo(200);
    }

    @Test
    void staffOfAnotherOrganisationCannotSeeTheSheetOrItsReview() throws Exception {
        for (String path : List.of("", "/findings", "/transitions", "/evaluation")) {
            ReviewCalls.Answer refused = api.send(otherStaff.authorization(), "GET", "/api/submissions/" + id + path, null);
            assertProblem(refused, 403, "forbidden");
            assertThat(refused.get("detail").asString()).as(path).contains(otherStaff.name());
        }
    }

    @Test
    void anUnknownSubmissionOrFindingIsNotFound() throws Exception {
        long unknown = 987654321L;
        long decisions = rows("disposition");
        assertProblem(api.send(REVIEWER, "GET", "/api/submissions/" + unknown + "/findings", null), 404, "no-such-submission");
        assertProblem(api.send(REVIEWER, "GET", "/api/submissions/" + unknown + "/transitions", null), 404, "no-such-submission");
        assertProblem(api.move(REVIEWER, unknown, "確認中", null), 404, "no-such-submission");
        assertProblem(api.dispose(REVIEWER, unknown, finding, "FIX", ""), 404, "no-such-submission");
        ReviewCalls.Answer noFinding = api.dispose(REVIEWER, id, unknown, "FIX", "");
        assertProblem(noFinding, 404, "no-such-finding");
        assertThat(noFinding.get("findingId").asLong()).isEqualTo(unknown);

        ReviewCalls.Answer another = api.submit(otherStaff.authorization(), "他区");
        long othersFinding = ReviewCycleApiTest.findingOf(api, another.get("id").asLong());
        assertProblem(api.dispose(REVIEWER, id, othersFinding, "FIX", ""), 404, "no-such-finding");
        assertThat(rows("disposition")).isEqualTo(decisions);
    }

    @Test
    void aMoveTheStateDoesNotAllowIsAConflictNamingTheAllowedOnes() throws Exception {
        ReviewCalls.Answer early = api.move(REVIEWER, id, "確定", null);
        assertProblem(early, 409, "transition-not-allowed");
        assertThat(early.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(early.get("allowed").get(0).asString()).isEqualTo("IN_REVIEW");
        assertThat(early.get("allowed")).hasSize(1);
        assertThat(early.get("detail").asString()).contains("確認中");

        assertThat(api.move(REVIEWER, id, "確認中", null).status()).isEqualTo(200);
        assertThat(api.move(REVIEWER, id, "差戻し", "直してください").status()).isEqualTo(200);
        ReviewCalls.Answer afterReturn = api.move(REVIEWER, id, "確認中", null);
        assertProblem(afterReturn, 409, "transition-not-allowed");
        assertThat(afterReturn.get("allowed")).isEmpty();
        assertProblem(api.move(REVIEWER, id, "完了", null), 400, "bad-request");
    }

    @Test
    void onlyTheNewestRevisionMoves() throws Exception {
        String ward = api.send(staff.authorization(), "GET", "/api/submissions/" + id, null).get("organization").asString();
        ReviewCalls.Answer newer = api.submit(staff.authorization(), ward.substring(0, ward.length() - RUN.length()));
        assertThat(newer.status()).as(newer.text()).isEqualTo(201);
        ReviewCalls.Answer old = api.move(REVIEWER, id, "確認中", null);
        assertProblem(old, 409, "not-newest-revision");
        assertThat(old.get("newestId").asLong()).isEqualTo(newer.get("id").asLong());
        assertThat(old.get("detail").asString()).contains(Long.toString(newer.get("id").asLong()));
    }

    @Test
    void aReturnNeedsAMessageAndTextsHaveALimit() throws Exception {
        assertThat(api.move(REVIEWER, id, "IN_REVIEW", null).status()).isEqualTo(200);
        long transitions = rows("state_transition");
        assertProblem(api.move(REVIEWER, id, "差戻し", null), 400, "message-required");
        assertProblem(api.move(REVIEWER, id, "RETURNED", "  \n "), 400, "message-required");
        assertProblem(api.move(REVIEWER, id, "差戻し", "長".repeat(ReviewWorkflow.MAX_TEXT + 1)), 400, "bad-request");
        assertProblem(api.dispose(REVIEWER, id, finding, "FIX", "長".repeat(ReviewWorkflow.MAX_TEXT + 1)), 400, "bad-request");
        assertProblem(api.dispose(REVIEWER, id, finding, "保留", ""), 400, "bad-request");
        assertProblem(api.send(REVIEWER, "POST", "/api/submissions/" + id + "/transitions", Map.of()), 400, "bad-request");
        assertThat(rows("state_transition")).isEqualTo(transitions);
        assertThat(api.move(REVIEWER, id, "差戻し", "長".repeat(ReviewWorkflow.MAX_TEXT)).status()).isEqualTo(200);
    }

    @Test
    void theStateFilterReadsCodesAndJapaneseAndRefusesOtherWords() throws Exception {
        String organization = api.send(staff.authorization(), "GET", "/api/submissions/" + id, null).get("organization").asString();
        String list = "/api/submissions?organization=" + SubmissionsApiTest.enc(organization) + "&state=";
        assertThat(api.send(staff.authorization(), "GET", list + "SUBMITTED", null).get("total").asLong()).isEqualTo(1);
        assertThat(api.send(staff.authorization(), "GET", list + SubmissionsApiTest.enc("提出"), null).get("total").asLong()).isEqualTo(1);
        assertThat(api.send(staff.authorization(), "GET", list + SubmissionsApiTest.enc("確認中"), null).get("total").asLong()).isZero();
        assertProblem(api.send(staff.authorization(), "GET", list + "DONE", null), 400, "bad-request");
    }
}
