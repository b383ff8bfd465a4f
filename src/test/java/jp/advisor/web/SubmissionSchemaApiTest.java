package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class SubmissionSchemaApiTest {

    private static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    @Autowired
    MockMvc mvc;

    @Test
    void servesTheSchemaInDocsWithoutLoginAsSchemaJson() throws Exception {
        byte[] served = mvc.perform(get("/api/submission.schema.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(SCHEMA_JSON))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] inDocs = Files.readAllBytes(Path.of("docs/submission.schema.json"));
        assertThat(served).isEqualTo(inDocs);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(served).path("$schema").asString())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void aClientAskingForPlainJsonGetsTheSameDocument() throws Exception {
        byte[] served = mvc.perform(get("/api/submission.schema.json").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(Files.readAllBytes(Path.of("docs/submission.schema.json")));
    }
}
