package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.TestUsers;

/**
 * The reports over stored submissions on the running service (H2, the frozen test rules): a year's review with the
 * stored year before and reviewers' dispositions, the what-if over stored sheets, and the false-positive signal.
 * Sheets are submitted under this run's organisation names, and assertions look at those only: the database is
 * shared with the other tests of the context (and, on PostgreSQL, with earlier runs). Dispositions are inserted
 * directly (on any revision, which the endpoint would refuse), to show which ones the reports read.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StoredReviewApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");
    static final Path POLICY_RULES = Path.of("src/test/resources/frozen/rules/policy.drl");
    static final String RUN = "-" + Long.toString(System.nanoTime(), 36);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestUsers.Staff staff;

    /** This test's organisation (one per test, so tests do not see each other's revisions). */
    String organization;

    long revision1;
    long revision2;
    long fy2017;

    @BeforeEach
    void twoYearsOfOneOrganisationAreStored() throws Exception {
        organization = "点検区-" + Long.toString(System.nanoTime(), 36) + RUN;
        staff = TestUsers.staff(port, organization);
        revision1 = submit(sheet("平成28年度"));
        revision2 = submit(sheet("平成28年度"));
        fy2017 = submit(sheet("平成29年度"));
    }

    /** The seed sheet as this test's organisation's, for the year given. */
    byte[] sheet(String fiscalYear) throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        assertThat(seed).contains("\"organization\": \"大正区\"", "\"fiscalYear\": \"平成28年度\"");
        return seed.replace("\"organization\": \"大正区\"", "\"organization\": \"" + organization + "\"")
                .replace("\"fiscalYear\": \"平成28年度\"", "\"fiscalYear\": \"" + fiscalYear + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    long submit(byte[] sheet) throws Exception {
        var created = send("POST", "/api/submissions", staff.authorization(), sheet);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    HttpResponse<String> send(String method, String path, String authorization, byte[] body)
            throws Exception {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", authorization);
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return ApiCalls.send(port, method, path, headers, body);
    }

    JsonNode ok(String method, String path, String authorization, byte[] body) throws Exception {
        var response = send(method, path, authorization, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A stored finding of a submission: its id, code and location. */
    record StoredFinding(long id, String code, String location) {
    }

    StoredFinding finding(long submission, int ordinal) {
        return jdbc.sql("select id, code, location from finding where submission_id = ? and ordinal = ?")
                .params(submission, ordinal)
                .query((rs, n) -> new StoredFinding(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
    }

    void dispose(StoredFinding finding, String disposition, String comment, String by) {
        jdbc.sql("insert into disposition (finding_id, disposition, comment, decided_by, decided_at) values (?, ?, ?, ?, ?)")
                .params(finding.id(), disposition, comment, by, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** This organisation's entries in the report's submissions. */
    List<JsonNode> ours(JsonNode report) {
        List<JsonNode> ours = new ArrayList<>();
        report.get("submissions").forEach(s -> {
            if (organization.equals(s.get("organization").asString())) {
                ours.add(s);
            }
        });
        return ours;
    }

    /** The report's findings of {@code submission} with their disposition's code ("" when none), as "code@location=…". */
    static List<String> disposed(JsonNode submission) {
        List<String> disposed = new ArrayList<>();
        JsonNode findings = submission.get("findings");
        for (int i = 0; i < findings.size(); i++) {
            JsonNode d = submission.get("dispositions").get(String.valueOf(i));
            disposed.add(findings.get(i).get("code").asString() + "@" + findings.get(i).get("location").asString() + "="
                    + (d == null ? "" : d.get("code").asString()));
        }
        return disposed;
    }

    @Test
    void aYearsReviewUsesTheNewestRevisionsAndCarriesEachStoredFindingsCurrentDisposition() throws Exception {
        StoredFinding first = finding(revision2, 0);
        StoredFinding second = finding(revision2, 1);
        dispose(finding(revision1, 0), "FIX", "古い版への判断", "reviewer");
        dispose(first, "FALSE_POSITIVE", "数値の読み違い", "reviewer");
        dispose(second, "FIX", "先の判断", "reviewer");
        dispose(second, "EXPLAINED", "説明を受けた", "policy");

        JsonNode report = ok("GET", "/api/reviews/" + URLEncoder.encode("平成28年度", StandardCharsets.UTF_8) + "?format=json",
                TestUsers.REVIEWER, null);

        List<JsonNode> ours = ours(report);
        assertThat(ours).hasSize(1);
        JsonNode reviewed = ours.get(0);
        assertThat(reviewed.get("submissionId").asLong()).isEqualTo(revision2);
        assertThat(reviewed.get("source").asString()).isEqualTo("/api/submissions/" + revision2);
        assertThat(disposed(reviewed)).contains(first.code() + "@" + first.location() + "=FALSE_POSITIVE",
                second.code() + "@" + second.location() + "=EXPLAINED");
        assertThat(reviewed.get("dispositions")).hasSize(2);
        JsonNode falsePositive = null;
        for (JsonNode d : reviewed.get("dispositions")) {
            falsePositive = "FALSE_POSITIVE".equals(d.get("code").asString()) ? d : falsePositive;
        }
        assertThat(falsePositive.get("label").asString()).isEqualTo("誤検知");
        assertThat(falsePositive.get("comment").asString()).isEqualTo("数値の読み違い");
        assertThat(falsePositive.get("decidedBy").asString()).isEqualTo("reviewer");
        assertThat(falsePositive.get("decidedAt").asString()).isNotBlank();
        assertThat(reviewed.toString()).doesNotContain("古い版への判断", "先の判断");
    }

    @Test
    void aYearIsComparedWithTheStoredYearBeforeOnArrivalAndInItsReviewWhichTakesTheDecisionOnThatComparison()
            throws Exception {
        // The 2017 sheet repeats 2016's figures as its 前年度, which differ from what 2016 reported: the stored
        // evaluation has the finding, compared with the newest 2016 revision stored when 2017 arrived.
        JsonNode stored = ok("GET", "/api/submissions/" + fy2017, staff.authorization(), null);
        assertThat(stored.get("previousYearSubmission").asLong()).isEqualTo(revision2);
        assertThat(ok("GET", "/api/submissions/" + revision1, staff.authorization(), null)
                .get("previousYearSubmission").isNull()).isTrue();
        JsonNode findings = ok("GET", "/api/submissions/" + fy2017 + "/findings", staff.authorization(), null);
        JsonNode comparison = null;
        for (JsonNode f : findings) {
            comparison = "PREVIOUS_YEAR_FIGURE_DIFFERS".equals(f.get("code").asString())
                    && "strategies/6-1/outcomes/0".equals(f.get("location").asString()) ? f : comparison;
        }
        assertThat(comparison).as(findings.toString()).isNotNull();
        var decided = send("PUT", "/api/submissions/" + fy2017 + "/findings/" + comparison.get("id").asLong()
                + "/disposition", TestUsers.REVIEWER, "{\"disposition\": \"説明あり\", \"comment\": \"前年度の確定値に修正\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

        JsonNode report = ok("GET", "/api/reviews/2017", TestUsers.POLICY, null);

        List<JsonNode> ours = ours(report);
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).get("submissionId").asLong()).isEqualTo(fy2017);
        assertThat(ours.get(0).get("fiscalYear").asString()).isEqualTo("平成29年度");
        assertThat(disposed(ours.get(0))).contains("PREVIOUS_YEAR_FIGURE_DIFFERS@strategies/6-1/outcomes/0=EXPLAINED");
        assertThat(jdbc.sql("select detail from audit_log where subject = ? and action = 'SUBMIT'")
                .param("submission:" + fy2017).query(String.class).single())
                .contains("compared with submission:" + revision2 + " (2016 revision 2)");

        JsonNode fy2016 = ok("GET", "/api/reviews/H28", TestUsers.REVIEWER, null);
        assertThat(ours(fy2016)).hasSize(1);
        assertThat(disposed(ours(fy2016).get(0))).noneMatch(f -> f.startsWith("PREVIOUS_YEAR_FIGURE_DIFFERS"));
    }

    @Test
    void aStoredSheetThatNoLongerReadsIsLeftOutOfTheComparisonAndNamedByTheYearsReviewNeverStoppingEither() throws Exception {
        // Put back afterwards: the year's review reads every organisation's sheets of the shared database.
        String json = jdbc.sql("select submission_json from submission where id = ?").param(revision2)
                .query(String.class).single();
        jdbc.sql("update submission set submission_json = ? where id = ?").params("{\"strategies\": 1}", revision2).update();
        long again;
        try {
            again = submit(sheet("平成29年度"));
            // The year's review goes on, naming it among what it could not read.
            JsonNode report = ok("GET", "/api/reviews/2016", TestUsers.REVIEWER, null);
            assertThat(report.get("unreadable").toString()).contains("/api/submissions/" + revision2);
            assertThat(ours(report)).isEmpty();
        } finally {
            jdbc.sql("update submission set submission_json = ? where id = ?").params(json, revision2).update();
        }

        assertThat(ok("GET", "/api/submissions/" + again, staff.authorization(), null).get("previousYearSubmission")
                .isNull()).isTrue();
        assertThat(jdbc.sql("select detail from audit_log where subject = ? and action = 'SUBMIT'")
                .param("submission:" + again).query(String.class).single()).contains("no previous year compared");
    }

    @Test
    void theCsvHasTheSubmissionAndDispositionColumnsAndIsAnAttachmentNamedForTheYear() throws Exception {
        StoredFinding first = finding(revision2, 0);
        dispose(first, "FALSE_POSITIVE", "数値の読み違い", "reviewer");

        var csv = send("GET", "/api/reviews/2016?format=csv", TestUsers.REVIEWER, null);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment").contains("filename*=UTF-8''review-2016-").endsWith(".csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).endsWith(",rule,submissionId,disposition,disposition_ja,disposition_comment,"
                + "disposition_by,disposition_at");
        List<String> ours = lines.stream().filter(l -> l.contains("," + organization + ",")).toList();
        assertThat(ours).isNotEmpty().allMatch(l -> l.startsWith("/api/submissions/" + revision2 + ","));
        assertThat(ours).filteredOn(l -> l.contains(",FALSE_POSITIVE,"))
                .singleElement().satisfies(l -> assertThat(l)
                        .contains("," + first.code() + "," + first.location() + ",")
                        .contains("," + revision2 + ",FALSE_POSITIVE,誤検知,数値の読み違い,reviewer,"));
    }

    @Test
    void theHtmlAndXlsxDownloadsShowTheDispositionToo() throws Exception {
        dispose(finding(revision2, 0), "EXPLAINED", "区から説明あり", "reviewer");

        var html = send("GET", "/api/reviews/2016?format=html", TestUsers.REVIEWER, null);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).endsWith(".html"));
        assertThat(html.body()).contains("/api/submissions/" + revision2, "説明あり", "EXPLAINED", "区から説明あり");

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/reviews/2016?format=xlsx"))
                .header("Authorization", TestUsers.REVIEWER).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).endsWith(".xlsx"));
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            DataFormatter text = new DataFormatter();
            for (Row row : workbook.getSheet("指摘")) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(text.formatCellValue(cell)));
                rows.add(values);
            }
        }
        assertThat(rows).filteredOn(r -> r.contains(organization) && r.contains("区から説明あり")).singleElement()
                .satisfies(r -> assertThat(r).contains(String.valueOf(revision2), "EXPLAINED", "説明あり", "reviewer"));
    }

    @Test
    void aYearWithNothingStoredIsAnEmptyReportAndAnUnreadableYearOrFormatIsABadRequest() throws Exception {
        JsonNode empty = ok("GET", "/api/reviews/1990", TestUsers.REVIEWER, null);
        assertThat(empty.get("submissions")).isEmpty();
        assertThat(empty.get("unreadable")).isEmpty();

        var year = send("GET", "/api/reviews/" + URLEncoder.encode("いつか", StandardCharsets.UTF_8), TestUsers.REVIEWER, null);
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(year.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(send("GET", "/api/reviews/2016?format=pdf", TestUsers.REVIEWER, null).statusCode()).isEqualTo(400);
    }

    @Test
    void staffMayNotReadAYearsReview() throws Exception {
        assertThat(send("GET", "/api/reviews/2016", staff.authorization(), null).statusCode()).isEqualTo(403);
    }

    /** The candidate: the rules in use with the target-reached policy instead of trajectory. */
    byte[] targetReached() throws Exception {
        String version = ok("GET", "/api/rules", TestUsers.POLICY, null).get("version").asString();
        String policy = Files.readString(POLICY_RULES, StandardCharsets.UTF_8);
        assertThat(policy).contains("\"trajectory\", 0.0");
        return JSON.writeValueAsBytes(Map.of("base", version,
                "files", Map.of("policy.drl", policy.replace("\"trajectory\", 0.0", "\"target-reached\", 0.0"))));
    }

    /** The ids of this organisation's submissions that the what-if's changes name. */
    List<Long> changedSubmissions(JsonNode whatIf) {
        List<Long> ids = new ArrayList<>();
        whatIf.get("changes").forEach(c -> {
            if (organization.equals(c.get("organization").asString())) {
                assertThat(c.get("source").asString()).isEqualTo("/api/submissions/" + c.get("submissionId").asLong());
                if (!ids.contains(c.get("submissionId").asLong())) {
                    ids.add(c.get("submissionId").asLong());
                }
            }
        });
        return ids;
    }

    @Test
    void theWhatIfOverStoredSheetsNamesTheStoredSubmissionOfEachChangeAndKeepsToTheYearsAsked() throws Exception {
        byte[] candidate = targetReached();

        // 2016's ratings change with the policy; 2017 is the targets' deadline year, where both policies agree.
        JsonNode all = ok("POST", "/api/rules/what-if?source=stored", TestUsers.POLICY, candidate);
        assertThat(changedSubmissions(all)).containsExactly(revision2);

        JsonNode fy2016 = ok("POST", "/api/rules/what-if?source=stored&years="
                + URLEncoder.encode("平成28年度", StandardCharsets.UTF_8), TestUsers.POLICY, candidate);
        assertThat(changedSubmissions(fy2016)).containsExactly(revision2);
        JsonNode fy2017Only = ok("POST", "/api/rules/what-if?source=stored&years=2017", TestUsers.POLICY, candidate);
        assertThat(changedSubmissions(fy2017Only)).isEmpty();
        assertThat(fy2017Only.get("submissions").asInt()).isLessThan(all.get("submissions").asInt());

        JsonNode files = ok("POST", "/api/rules/what-if", TestUsers.POLICY, candidate);
        assertThat(files.get("changes")).isNotEmpty().allMatch(c -> c.get("submissionId").isNull()
                && !c.get("source").asString().startsWith("/api/submissions/"));
    }

    @Test
    void theWhatIfOverOneYearComparesItsSheetsWithTheStoredYearBeforeAsTheReviewDoes() throws Exception {
        // Without the 前年度 rules the 2017 sheet loses its comparison finding: a change only when 2016, not asked
        // for, still feeds the comparison.
        String version = ok("GET", "/api/rules", TestUsers.POLICY, null).get("version").asString();
        byte[] withoutYears = JSON.writeValueAsBytes(Map.of("base", version, "remove", List.of("review-years.drl")));

        JsonNode whatIf = ok("POST", "/api/rules/what-if?source=stored&years=2017", TestUsers.POLICY, withoutYears);

        assertThat(changedSubmissions(whatIf)).containsExactly(fy2017);
        assertThat(whatIf.get("changes").toString()).contains("PREVIOUS_YEAR_FIGURE_DIFFERS");
    }

    @Test
    void theWhatIfRefusesAnUnknownSourceOrAnUnreadableYear() throws Exception {
        byte[] candidate = targetReached();
        assertThat(send("POST", "/api/rules/what-if?source=elsewhere", TestUsers.POLICY, candidate).statusCode())
                .isEqualTo(400);
        assertThat(send("POST", "/api/rules/what-if?source=stored&years=2016,いつか", TestUsers.POLICY, candidate)
                .statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/rules/what-if?years=2016", TestUsers.POLICY, candidate).statusCode())
                .isEqualTo(400);
    }

    /** The false-positive signal for {@code code}: findings, disposed, falsePositives. */
    List<Integer> signal(String code, String years) throws Exception {
        for (JsonNode c : ok("GET", "/api/rules/false-positives?years=" + years, TestUsers.POLICY, null)) {
            if (code.equals(c.get("code").asString())) {
                return List.of(c.get("findings").asInt(), c.get("disposed").asInt(), c.get("falsePositives").asInt());
            }
        }
        return List.of(0, 0, 0);
    }

    @Test
    void theFalsePositiveSignalCountsTheCurrentDispositionsOfTheNewestRevisionsPerCode() throws Exception {
        StoredFinding first = finding(revision2, 0);
        List<Integer> before = signal(first.code(), "2016");
        assertThat(before.get(0)).isPositive();

        dispose(finding(revision1, 0), "FALSE_POSITIVE", "古い版", "reviewer");
        dispose(first, "FIX", "先の判断", "reviewer");
        dispose(first, "FALSE_POSITIVE", "誤検知でした", "reviewer");
        List<Integer> after = signal(first.code(), "2016");

        assertThat(after).containsExactly(before.get(0), before.get(1) + 1, before.get(2) + 1);

        JsonNode list = ok("GET", "/api/rules/false-positives", TestUsers.POLICY, null);
        List<Integer> falsePositives = new ArrayList<>();
        list.forEach(c -> falsePositives.add(c.get("falsePositives").asInt()));
        assertThat(falsePositives).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode ours = null;
        for (JsonNode c : list) {
            ours = first.code().equals(c.get("code").asString()) ? c : ours;
        }
        assertThat(ours.get("rules")).isNotEmpty();
        assertThat(ours.get("share").asDouble()).isEqualTo(ours.get("falsePositives").asDouble() / ours.get("disposed").asInt());
        assertThat(send("GET", "/api/rules/false-positives", TestUsers.REVIEWER, null).statusCode()).isEqualTo(403);
    }
}
