package jp.advisor.submissions;

import static jp.advisor.submissions.SubmissionsApiTest.RUN;
import static jp.advisor.submissions.SubmissionsApiTest.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import jp.advisor.TestUsers;

/**
 * One sheet through the whole review on the running service: submitted by ward staff, its findings decided on by a
 * reviewer, returned with a message the staff read, resubmitted, reviewed and accepted; after that the year takes no
 * more revisions and no more decisions. Every step is checked in the state shown and in the audit log. Reviewers
 * moving one revision at the same time make one move, not several.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReviewCycleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static void assertState(JsonNode submission, String state, String label) {
        assertThat(submission.get("state").asString()).isEqualTo(state);
        assertThat(submission.get("stateLabel").asString()).isEqualTo(label);
    }

    @Test
    void aSheetIsSubmittedDecidedReturnedResubmittedAndAcceptedAndThenTakesNoMore() throws Exception {
        ReviewCalls api = new ReviewCalls(port);
        String ward = "確認区";
        String organization = ward + RUN;
        TestUsers.Staff staff = TestUsers.staff(port, organization);
        String reviewer = TestUsers.REVIEWER;

        ReviewCalls.Answer first = api.submit(staff.authorization(), ward);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        long id = first.get("id").asLong();
        assertState(first.body(), "SUBMITTED", "提出");

        ReviewCalls.Answer findings = api.send(staff.authorization(), "GET", "/api/submissions/" + id + "/findings", null);
        assertThat(findings.status()).as(findings.text()).isEqualTo(200);
        assertThat(findings.body()).isNotEmpty();
        assertThat(first.get("undecidedFindings").asInt()).isEqualTo(findings.body().size());
        JsonNode evaluated = api.send(staff.authorization(), "GET", "/api/submissions/" + id + "/evaluation", null)
                .get("findings");
        for (int i = 0; i < findings.body().size(); i++) {
            JsonNode finding = findings.body().get(i);
            assertThat(finding.get("ordinal").asInt()).isEqualTo(i);
            assertThat(finding.get("code")).isEqualTo(evaluated.get(i).get("code"));
            assertThat(finding.get("message")).isEqualTo(evaluated.get(i).get("message").get("ja"));
            assertThat(finding.get("messageEn")).isEqualTo(evaluated.get(i).get("message").get("en"));
            assertThat(finding.get("disposition").isNull()).isTrue();
            assertThat(finding.get("history")).isEmpty();
        }
        long findingId = findings.body().get(0).get("id").asLong();

        ReviewCalls.Answer falsePositive = api.dispose(reviewer, id, findingId, "誤検知", "表の読み違い");
        assertThat(falsePositive.status()).as(falsePositive.text()).isEqualTo(200);
        assertThat(falsePositive.get("disposition").get("disposition").asString()).isEqualTo("FALSE_POSITIVE");
        assertThat(falsePositive.get("disposition").get("dispositionLabel").asString()).isEqualTo("誤検知");
        ReviewCalls.Answer fix = api.dispose(reviewer, id, findingId, "FIX", "やはり直してください");
        assertThat(fix.get("disposition").get("disposition").asString()).isEqualTo("FIX");
        assertThat(fix.get("disposition").get("decidedBy").asString()).isEqualTo("reviewer");
        assertThat(fix.get("history")).hasSize(2);
        assertThat(fix.get("history").get(0).get("comment").asString()).isEqualTo("表の読み違い");
        assertThat(jdbc.sql("select disposition from disposition where finding_id = ? order by id").param(findingId)
                .query(String.class).list()).containsExactly("FALSE_POSITIVE", "FIX");
        assertThat(api.send(staff.authorization(), "GET", "/api/submissions/" + id, null).get("undecidedFindings").asInt())
                .isEqualTo(findings.body().size() - 1);

        assertState(api.move(reviewer, id, "確認中", null).body(), "IN_REVIEW", "確認中");
        String why = "成果指標の実績値を確認してください";
        ReviewCalls.Answer returned = api.move(reviewer, id, "差戻し", why);
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertState(returned.body(), "RETURNED", "差戻し");
        assertThat(returned.get("transitions")).hasSize(3);

        ReviewCalls.Answer history = api.send(staff.authorization(), "GET", "/api/submissions/" + id + "/transitions", null);
        assertThat(history.status()).as(history.text()).isEqualTo(200);
        assertState(history.body(), "RETURNED", "差戻し");
        JsonNode moves = history.get("transitions");
        assertThat(moves.get(0).get("from").isNull()).isTrue();
        assertThat(moves.get(0).get("to").asString()).isEqualTo("SUBMITTED");
        assertThat(moves.get(0).get("actor").asString()).isEqualTo(staff.name());
        assertThat(moves.get(2).get("from").asString()).isEqualTo("IN_REVIEW");
        assertThat(moves.get(2).get("toLabel").asString()).isEqualTo("差戻し");
        assertThat(moves.get(2).get("message").asString()).isEqualTo(why);
        assertThat(moves.get(2).get("actor").asString()).isEqualTo("reviewer");
        String listed = "/api/submissions?organization=" + enc(organization) + "&state=";
        assertThat(api.send(staff.authorization(), "GET", listed + enc("差戻し"), null).get("total").asLong()).isEqualTo(1);

        ReviewCalls.Answer again = api.submit(staff.authorization(), ward);
        assertThat(again.status()).as(again.text()).isEqualTo(201);
        long second = again.get("id").asLong();
        assertThat(again.get("revision").asInt()).isEqualTo(2);
        assertState(again.body(), "SUBMITTED", "提出");
        JsonNode earlier = api.send(staff.authorization(), "GET", "/api/submissions/" + second, null).get("revisions");
        assertThat(earlier.get(0).get("id").asLong()).isEqualTo(id);
        assertState(earlier.get(0), "RETURNED", "差戻し");
        assertThat(api.send(staff.authorization(), "GET", listed + "RETURNED", null).get("total").asLong()).isZero();
        assertThat(api.send(staff.authorization(), "GET", listed + "RETURNED&allRevisions=true", null).get("items")
                .get(0).get("id").asLong()).isEqualTo(id);
        // The same sheet again: its finding keeps the reviewer's current decision, carried from revision 1, and the
        // replaced revision takes no more decisions.
        JsonNode carried = api.send(staff.authorization(), "GET", "/api/submissions/" + second + "/findings", null)
                .body().get(0);
        assertThat(carried.get("id").asLong()).isNotEqualTo(findingId);
        assertThat(carried.get("disposition").get("disposition").asString()).isEqualTo("FIX");
        assertThat(carried.get("disposition").get("comment").asString()).isEqualTo("やはり直してください");
        assertThat(carried.get("disposition").get("decidedBy").asString()).isEqualTo("reviewer");
        assertThat(carried.get("disposition").get("carriedFromRevision").asInt()).isEqualTo(1);
        assertThat(carried.get("history")).hasSize(1);
        assertThat(fix.get("disposition").get("carriedFromRevision").isNull()).isTrue();
        assertThat(again.get("undecidedFindings").asInt()).isEqualTo(findings.body().size() - 1);
        ReviewCalls.Answer stale = api.dispose(reviewer, id, findingId, "説明あり", "古い版へ");
        assertThat(stale.status()).as(stale.text()).isEqualTo(409);
        assertThat(stale.get("type").asString()).isEqualTo("urn:advisor:problem:not-newest-revision");
        assertThat(stale.get("newestId").asLong()).isEqualTo(second);

        assertState(api.move(reviewer, second, "IN_REVIEW", null).body(), "IN_REVIEW", "確認中");
        ReviewCalls.Answer accepted = api.move(reviewer, second, "確定", null);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertState(accepted.body(), "ACCEPTED", "確定");
        assertState(api.send(staff.authorization(), "GET", "/api/submissions/" + second, null).body(), "ACCEPTED", "確定");
        assertThat(api.send(reviewer, "GET", listed + "ACCEPTED", null).get("items").get(0).get("id").asLong())
                .isEqualTo(second);
        // The year's review of the accepted revision shows the decision it carried.
        JsonNode report = api.send(reviewer, "GET", "/api/reviews/" + accepted.get("fiscalYear").asInt(), null).body();
        JsonNode ours = null;
        for (JsonNode reviewed : report.get("submissions")) {
            ours = organization.equals(reviewed.get("organization").asString()) ? reviewed : ours;
        }
        assertThat(ours.get("submissionId").asLong()).isEqualTo(second);
        assertThat(ours.get("dispositions").get("0").get("code").asString()).isEqualTo("FIX");

        assertThat(jdbc.sql("select detail from audit_log where subject = ? and action = 'SUBMIT'")
                .param("submission:" + second).query(String.class).single())
                .contains("1 decision(s) carried from revision 1");
        List<Map<String, Object>> audit = jdbc.sql("select actor, action, subject from audit_log"
                        + " where subject in (?, ?) order by id")
                .params("submission:" + id, "submission:" + second).query().listOfRows();
        assertThat(audit).extracting(row -> SubmissionsApiTest.lower(row).get("actor"),
                        row -> SubmissionsApiTest.lower(row).get("action"), row -> SubmissionsApiTest.lower(row).get("subject"))
                .containsExactly(
                        tuple(staff.name(), "SUBMIT", "submission:" + id),
                        tuple("reviewer", "DISPOSITION", "submission:" + id),
                        tuple("reviewer", "DISPOSITION", "submission:" + id),
                        tuple("reviewer", "TRANSITION", "submission:" + id),
                        tuple("reviewer", "TRANSITION", "submission:" + id),
                        tuple(staff.name(), "SUBMIT", "submission:" + second),
                        tuple("reviewer", "TRANSITION", "submission:" + second),
                        tuple("reviewer", "TRANSITION", "submission:" + second));

        long revisions = revisionsOf(organization);
        long entries = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        ReviewCalls.Answer late = api.submit(staff.authorization(), ward);
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.get("type").asString()).isEqualTo("urn:advisor:problem:already-accepted");
        assertThat(late.get("detail").asString()).contains(organization, "確定", " / ", "accepted");
        assertThat(late.get("newestId").asLong()).isEqualTo(second);
        ReviewCalls.Answer lateDecision = api.dispose(reviewer, second, findingOf(api, second), "説明あり", "");
        assertThat(lateDecision.status()).as(lateDecision.text()).isEqualTo(409);
        assertThat(lateDecision.get("type").asString()).isEqualTo("urn:advisor:problem:already-accepted");
        assertThat(revisionsOf(organization)).isEqualTo(revisions);
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(entries);
    }

    @Test
    void concurrentMovesOfOneRevisionLetExactlyOneThrough() throws Exception {
        ReviewCalls api = new ReviewCalls(port);
        TestUsers.Staff staff = TestUsers.staff(port, "同時確認区" + RUN);
        long id = api.submit(staff.authorization(), "同時確認区").get("id").asLong();
        int reviewers = 4;
        CyclicBarrier start = new CyclicBarrier(reviewers);
        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<ReviewCalls.Answer>> moves = new ArrayList<>();
            for (int i = 0; i < reviewers; i++) {
                moves.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return api.move(TestUsers.REVIEWER, id, "確認中", null);
                }));
            }
            for (Future<ReviewCalls.Answer> move : moves) {
                statuses.add(move.get(60, TimeUnit.SECONDS).status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409, 409);
        assertThat(jdbc.sql("select to_state from state_transition where submission_id = ? order by id").param(id)
                .query(String.class).list()).containsExactly("SUBMITTED", "IN_REVIEW");
    }

    long revisionsOf(String organization) {
        return jdbc.sql("select count(*) from submission s join organisation o on o.id = s.organisation_id"
                + " where o.name = ?").param(organization).query(Long.class).single();
    }

    static long findingOf(ReviewCalls api, long id) throws Exception {
        return api.send(TestUsers.REVIEWER, "GET", "/api/submissions/" + id + "/findings", null).body().get(0).get("id")
                .asLong();
    }
}
