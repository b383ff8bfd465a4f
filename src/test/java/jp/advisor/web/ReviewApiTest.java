package jp.advisor.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
class ReviewApiTest {

    @Autowired
    MockMvc mvc;

    String batch() throws Exception {
        String seed = Files.readString(Path.of("fixtures/submissions/taisho-ward-fy2016.json"), StandardCharsets.UTF_8);
        return "[" + seed + ", {\"organization\": \"大正区\", \"fiscalYear\": \"平成28年度\", \"strategies\": [{\"id\": \"7-1\", \"outcomes\": [{\"selfRating\": \"C\"}]}]}]";
    }

    @Test
    void reviewsABatchAndListsTheUnreadableItem() throws Exception {
        mvc.perform(post("/api/reviews").contentType(MediaType.APPLICATION_JSON).content(batch().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submissions.length()").value(1))
                .andExpect(jsonPath("$.submissions[0].findings[?(@.code == 'OVERALL_A_WITH_INDIVIDUAL_B')]").isNotEmpty())
                .andExpect(jsonPath("$.unreadable[0].source").value("item 1"))
                .andExpect(jsonPath("$.unreadable[0].problems[0]").value(containsString("selfRating")));
    }

    /** A sheet whose result carries markup, quoted by a finding: the page must show it as text. */
    static final String HOSTILE = """
            {"organization": "テスト区", "fiscalYear": "平成28年度", "strategies": [
              {"id": "X", "initiatives": [{"id": "X-1", "performanceTarget": "参加者の割合50%以上",
                "result": "<script>alert(1)</script> 会議を3回開催"}]}]}""";

    @Test
    void answersWithAnHtmlPageOnRequestShowingSubmittedMarkupAsText() throws Exception {
        String body = "[" + Files.readString(Path.of("fixtures/submissions/taisho-ward-fy2016.json"), StandardCharsets.UTF_8)
                + ", " + HOSTILE + "]";
        mvc.perform(post("/api/reviews").param("format", "html").contentType(MediaType.APPLICATION_JSON)
                        .content(body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("PROGRESS_B_WITH_ALL_INITIATIVES_MET")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void refusesAnUnknownFormatAndABodyThatIsNotAnArray() throws Exception {
        mvc.perform(post("/api/reviews").param("format", "pdf").contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/reviews").contentType(MediaType.APPLICATION_JSON).content("{\"a\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("配列")));
    }

    @Test
    void evaluationsCarryTheSameFindings() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readAllBytes(Path.of("fixtures/submissions/taisho-ward-fy2016.json"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.code == 'SAME_TARGET_STATED_DIFFERENTLY')].location")
                        .value("strategies/様式3-4/initiatives/様式3-4-1/performanceTarget"));
    }
}
