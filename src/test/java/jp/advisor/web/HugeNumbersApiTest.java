package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbers no sheet means, in every field that holds one: each answer is a cell a person must check, with the reason,
 * never a rating, a 500 or a stack trace.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HugeNumbersApiTest {

    static final String OVERFLOWING_KANJI = "九".repeat(40) + "件";

    @Autowired
    MockMvc mvc;

    /** field, text written there, the cell that must then be 要確認. */
    static Stream<Arguments> hugeNumbers() {
        return Stream.of(
                Arguments.of("value", "1e309%", "outcome"),
                Arguments.of("value", "179769313486231570000000000000000000000000000000000000000000000000%", "outcome"),
                Arguments.of("value", OVERFLOWING_KANJI, "outcome"),
                Arguments.of("previous", "1e309%", "outcome"),
                Arguments.of("previous", "99999999999999999999%", "outcome"),
                Arguments.of("outcomeTarget", "…の割合：平成29年度までに1e309%以上", "outcome"),
                Arguments.of("outcomeTarget", "…の件数：平成29年度までに" + OVERFLOWING_KANJI + "以上", "outcome"),
                Arguments.of("measured", "1e309%", "achievement"),
                Arguments.of("measured", "一兆二千億億件", "achievement"),
                Arguments.of("performanceTarget", "参加者の割合 99999999999999999999%以上", "achievement"),
                Arguments.of("withdrawalCriterion", "1e309%以下の場合は事業を再構築する", "withdrawal"),
                Arguments.of("withdrawalCriterion", OVERFLOWING_KANJI + "以下の場合は事業を再構築する", "withdrawal"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hugeNumbers")
    void aHugeNumberInAnyFieldMakesItsCellNeedReviewWithTheReason(String field, String text, String cell) throws Exception {
        String json = submission(field, text);
        MvcResult result = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                .content(json.getBytes(StandardCharsets.UTF_8))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
        JsonNode strategy = body.get("strategies").get(0);
        JsonNode rating = switch (cell) {
            case "outcome" -> strategy.get("outcomes").get(0).get("rating");
            case "achievement" -> strategy.get("initiatives").get(0).get("achievement");
            default -> strategy.get("initiatives").get(0).get("withdrawal");
        };
        assertThat(rating.get("needsReview").asBoolean()).as(rating.toString()).isTrue();
        assertThat(rating.get("explanation").get("ja").asString()).as(rating.toString()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonNumbers")
    void aHugeJsonNumberWhereTextIsExpectedIsABadRequestNamingTheField(String number) throws Exception {
        String json = """
                {"organization": "テスト区", "fiscalYear": "平成28年度", "strategies": [
                  {"id": "1", "outcomes": [{"label": "割合", "value": %s}]}]}""".formatted(number);
        MvcResult result = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                .content(json.getBytes(StandardCharsets.UTF_8))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("value");
    }

    static Stream<String> jsonNumbers() {
        return Stream.of("1e309", "-1e309", "1" + "0".repeat(400), "54.1");
    }

    static String submission(String field, String text) {
        String value = field.equals("value") ? text : "54.1%";
        String previous = field.equals("previous") ? text : "47.4%";
        String outcomeTarget = field.equals("outcomeTarget") ? text : "…の割合：平成29年度までに60%以上";
        String measured = field.equals("measured") ? text : "45%";
        String performanceTarget = field.equals("performanceTarget") ? text : "参加者の割合 80%以上";
        String criterion = field.equals("withdrawalCriterion") ? text : "50%以下の場合は事業を再構築する";
        return """
                {"organization": "テスト区", "fiscalYear": "平成28年度", "strategies": [
                  {"id": "1", "outcomeTarget": %s,
                   "outcomes": [{"label": "割合", "value": %s, "previous": %s}],
                   "initiatives": [{"id": "1-1", "performanceTarget": %s, "withdrawalCriterion": %s, "measured": %s,
                                    "carriedOutAsPlanned": true}]}]}"""
                .formatted(q(outcomeTarget), q(value), q(previous), q(performanceTarget), q(criterion), q(measured));
    }

    private static String q(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
