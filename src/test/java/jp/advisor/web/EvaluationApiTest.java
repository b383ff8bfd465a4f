package jp.advisor.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class EvaluationApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void evaluatesTheSeedSubmissionWithEveryCellAndTheRuleSetVersion() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/submissions/taisho-ward-fy2016.json"));
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(seed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet.version").value(org.hamcrest.Matchers.startsWith("sha256:")))
                .andExpect(jsonPath("$.ruleSet.policy").value("trajectory"))
                .andExpect(jsonPath("$.strategies[?(@.id == '6-1')].outcomes[0].rating.value").value("A"))
                .andExpect(jsonPath("$.strategies[?(@.id == '7-1@1-(2)-ア')].outcomes[0].rating.value").value("B"))
                .andExpect(jsonPath("$.strategies[?(@.id == '7-1@1-(2)-ア')].initiatives[0].withdrawal.triggered")
                        .value(false))
                .andExpect(jsonPath("$.findings").isArray());
    }

    @Test
    void answersMalformedJsonWithProblemDetailsNamingTheLine() throws Exception {
        String broken = "{\n  \"organization\": \"大正区\",\n  \"fiscalYear\": \"平成28年度\",\n  \"strategies\": [ { \"id\": }\n]}";
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(broken.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:advisor:problem:invalid-submission"))
                .andExpect(jsonPath("$.errors[0].line").value(4));
    }

    @Test
    void listsAMisspeltKeyAmongTheFindingsAsInfoWithItsPlace() throws Exception {
        String json = """
                {"organization": "大正区", "fiscalYear": "平成28年度", "strategies": [
                  {"id": "7-1", "outcomes": [{"label": "割合", "value": "32.0%", "selfrating": "B"}]}
                ]}""";
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(json.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalYear").value("平成28年度"))
                .andExpect(jsonPath("$.findings[?(@.code == 'UNKNOWN_FIELD')].severity").value("info"))
                .andExpect(jsonPath("$.findings[?(@.code == 'UNKNOWN_FIELD')].location")
                        .value("strategies/7-1/outcomes/0/selfrating"))
                .andExpect(jsonPath("$.findings[?(@.code == 'UNKNOWN_FIELD')].message.ja")
                        .value("不明な項目 strategies[0].outcomes[0].selfrating（selfRating の誤り？）は読み飛ばしました"))
                .andExpect(jsonPath("$.findings[?(@.code == 'UNKNOWN_FIELD')].message.en")
                        .value("unknown field strategies[0].outcomes[0].selfrating ignored (did you mean selfRating?)"));
    }

    @Test
    void answersEveryProblemOfTheSubmissionAtOnceEachWithItsPath() throws Exception {
        String json = """
                {"organization": "大正区", "fiscalYear": "昭和64年度", "strategies": [
                  {"id": "7-1", "outcomes": [{"label": "割合", "value": 54.1, "selfRating": "C"}]}
                ]}""";
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(json.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].path").value("/fiscalYear"))
                .andExpect(jsonPath("$.errors[1].path").value("/strategies/0/outcomes/0/value"))
                .andExpect(jsonPath("$.errors[1].line").value(2))
                .andExpect(jsonPath("$.errors[2].path").value("/strategies/0/outcomes/0/selfRating"));
    }

    @Test
    void answersAnUnknownRatingSymbolWithItsJsonPath() throws Exception {
        String json = """
                {"organization": "大正区", "fiscalYear": "平成28年度", "strategies": [
                  {"id": "7-1", "outcomes": [{"label": "割合", "value": "32.0%", "selfRating": "C"}]}
                ]}""";
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(json.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("/strategies/0/outcomes/0/selfRating"))
                .andExpect(jsonPath("$.errors[0].line").value(2));
    }

    @Test
    void answersTheFirstHundredProblemsAndALineSayingHowManyMoreWhileTheDetailCountsThemAll() throws Exception {
        StringBuilder strategies = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            strategies.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i)
                    .append("\", \"selfAssessment\": {\"overall\": \"C\"}}");
        }
        String json = "{\"organization\": \"大正区\", \"fiscalYear\": \"H28\", \"strategies\": [" + strategies + "]}";
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(json.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("提出データに130件の問題があります / the submission has 130 problem(s)"))
                .andExpect(jsonPath("$.errors.length()").value(101))
                .andExpect(jsonPath("$.errors[100].message").value(org.hamcrest.Matchers.startsWith("ほかに 30 件の問題があります")));
    }
}
