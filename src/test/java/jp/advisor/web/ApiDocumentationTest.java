package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.workbook.Workbooks;

/**
 * {@code /v3/api-docs} describes every {@code /api/**} endpoint the service maps (read from Spring MVC's own handler
 * mapping, so a new endpoint cannot be left out), each tagged by its controller in Japanese and English, with the
 * problem responses and the Japanese example of {@code POST /api/evaluations}; the document and Swagger UI are open.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // the same context as ProblemBodiesApiTest and ActuatorApiTest
class ApiDocumentationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode apiDocs() throws Exception {
        return JSON.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void listsEveryApiEndpointTheServiceMaps() throws Exception {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/") && !path.equals("/api")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as("%s %s declares its methods", handler, path).isNotEmpty();
                methods.forEach(method -> mapped.add(method.name().toLowerCase() + " " + path));
            }
        });
        assertThat(mapped).as("the API's endpoints").hasSizeGreaterThanOrEqualTo(12)
                .contains("post /api/evaluations", "get /api/rules", "post /api/submissions", "get /api/submissions/{id}");

        JsonNode paths = apiDocs().get("paths");
        Set<String> documented = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> documented.add(operation.getKey() + " " + path.getKey())));
        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    void tagsEveryOperationByItsControllerInJapaneseAndEnglish() throws Exception {
        JsonNode docs = apiDocs();
        assertThat(docs.at("/info/title").asString()).contains("評価アドバイザー", "Evaluation advisor");
        assertThat(docs.at("/info/description").asString()).contains("自己評価シート", "self-assessment");
        Set<String> tags = new TreeSet<>();
        docs.get("tags").forEach(tag -> tags.add(tag.get("name").asString()));
        assertThat(tags).hasSize(ApiDocumentation.TAGS.size()).allMatch(tag -> tag.matches(".*[\\p{IsHan}\\p{IsKatakana}].* / [A-Z][A-Za-z ]+"));
        List<String> untagged = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode its = operation.getValue().get("tags");
            if (its == null || its.size() != 1 || !tags.contains(its.get(0).asString())) {
                untagged.add(operation.getKey() + " " + path.getKey() + " " + its);
            }
        }));
        assertThat(untagged).as("operations without one of the controllers' tags").isEmpty();
    }

    @Test
    void evaluationsHaveAJapaneseExampleAndTheirProblemResponses() throws Exception {
        JsonNode post = apiDocs().at("/paths/~1api~1evaluations/post");
        JsonNode request = post.at("/requestBody/content/application~1json/examples").get(ApiDocumentation.EXAMPLE_NAME);
        assertThat(request).as(post.toString()).isNotNull();
        assertThat(request.at("/value/organization").asString()).isEqualTo("大正区");
        assertThat(request.at("/value/strategies")).hasSize(1);

        String version = JSON.readTree(mvc.perform(get("/api/rules")).andReturn().getResponse().getContentAsByteArray())
                .get("version").asString();
        JsonNode answer = post.at("/responses/200/content/application~1json/examples").get(ApiDocumentation.EXAMPLE_NAME);
        assertThat(answer).as(post.toString()).isNotNull();
        assertThat(answer.at("/value/ruleSet/version").asString()).isEqualTo(version);
        assertThat(answer.at("/value/organization").asString()).isEqualTo("大正区");

        for (String status : new String[] {"400", "413", "415", "422"}) {
            assertThat(post.at("/responses/" + status + "/content/application~1problem+json/schema/$ref").asString())
                    .as(status + " in " + post).isEqualTo("#/components/schemas/ProblemDetail");
        }
        JsonNode docs = apiDocs();
        assertThat(docs.at("/paths/~1api~1submissions/post/responses/401/content/application~1problem+json")
                .isMissingNode()).isFalse();
        assertThat(docs.at("/paths/~1api~1submissions~1{id}/get/responses/404").isMissingNode()).isFalse();
        assertThat(docs.at("/paths/~1api~1submissions/post/responses/201").isMissingNode()).isFalse();
        assertThat(docs.toString()).as("a path is a string, not its getters").doesNotContain("fileSystem");
        assertThat(docs.at("/components/schemas/ProblemDetail/properties/type").isMissingNode()).isFalse();
    }

    @Test
    void storedWorkAndUsersSayTheyNeedALoginAndHaveJapaneseExamples() throws Exception {
        JsonNode docs = apiDocs();
        for (String pointer : List.of("/paths/~1api~1users/get", "/paths/~1api~1users/post", "/paths/~1api~1submissions/post",
                "/paths/~1api~1users~1{name}/patch")) {
            JsonNode operation = docs.at(pointer);
            assertThat(operation.isMissingNode()).as(pointer).isFalse();
            assertThat(operation.at("/security/0/" + ApiDocumentation.BASIC_AUTH).isMissingNode()).as(pointer).isFalse();
            assertThat(operation.at("/responses/401").isMissingNode()).as(pointer).isFalse();
            assertThat(operation.at("/responses/403/description").asString()).as(pointer).containsPattern("ロール|役割");
        }
        assertThat(docs.at("/paths/~1api~1users/post/responses/201").isMissingNode()).isFalse();
        assertThat(docs.at("/paths/~1api~1users/post/requestBody/content/application~1json/examples")
                .get(ApiDocumentation.USER_EXAMPLE_NAME).at("/value/organisations/0").asString()).isEqualTo("大正区");
        assertThat(docs.at("/paths/~1api~1submissions/post/requestBody/content/application~1json/examples")
                .get(ApiDocumentation.EXAMPLE_NAME).at("/value/organization").asString()).isEqualTo("大正区");
        assertThat(docs.at("/paths/~1api~1evaluations/post/security").isMissingNode()).as("the stateless check is open").isTrue();
    }

    @Test
    void everyOperationSaysItNeedsALoginExactlyWhenTheServiceAsksAVisitorForOne() throws Exception {
        List<String> wrong = new ArrayList<>();
        int documentedLogin = 0;
        JsonNode paths = apiDocs().get("paths");
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                boolean documented = !operation.getValue().at("/security/0/" + ApiDocumentation.BASIC_AUTH).isMissingNode();
                documentedLogin += documented ? 1 : 0;
                // JSON, which the CSRF guard lets through, so that the answer is the login's (401) or the handler's.
                int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                .request(org.springframework.http.HttpMethod.valueOf(operation.getKey().toUpperCase()),
                                        path.getKey().replaceAll("\\{[^}]+}", "1"))
                                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                        .andReturn().getResponse().getStatus();
                if (documented != (status == 401)) {
                    wrong.add(operation.getKey() + " " + path.getKey() + ": documented login " + documented + ", answered " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(documentedLogin).as("the stored work, users, audit and rules need a login").isGreaterThan(10);
    }

    /**
     * Every operation says what it answers on success, in each media type it answers (never {@code *}{@code /*}), and
     * what it takes: a JSON body or answer has a schema that is more than a string of bytes (a record's schema, an
     * array of them, or an object that says what it is); a download (a workbook, CSV, HTML) is a string.
     */
    @Test
    void everySuccessAnswerAndEveryRequestBodyHasARealSchema() throws Exception {
        List<String> wrong = new ArrayList<>();
        apiDocs().get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            int successes = 0;
            for (var response : operation.getValue().get("responses").properties()) {
                if (!response.getKey().startsWith("2")) {
                    continue;
                }
                successes++;
                JsonNode content = response.getValue().get("content");
                if (content == null || content.isEmpty()) {
                    if (!response.getKey().equals("204")) {
                        wrong.add(name + " " + response.getKey() + ": says nothing of what it answers");
                    }
                    continue;
                }
                content.properties().forEach(media -> schemaProblem(media.getKey(), media.getValue().get("schema"))
                        .ifPresent(problem -> wrong.add(name + " " + response.getKey() + " " + media.getKey() + ": " + problem)));
            }
            if (successes == 0) {
                wrong.add(name + ": no success response");
            }
            JsonNode body = operation.getValue().get("requestBody");
            if (body != null) {
                JsonNode content = body.get("content");
                if (content == null || content.isEmpty()) {
                    wrong.add(name + " request: a body of no type");
                } else {
                    content.properties().forEach(media -> schemaProblem(media.getKey(), media.getValue().get("schema"))
                            .ifPresent(problem -> wrong.add(name + " request " + media.getKey() + ": " + problem)));
                }
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void reportsAndStoredEvaluationsNameTheirRecordsAndDownloadsAreBinary() throws Exception {
        JsonNode paths = apiDocs().get("paths");
        Map<String, String> schemas = Map.of(
                "/api/submissions/{id}/evaluation", "get", "/api/evaluations", "post", "/api/reviews/{fiscalYear}", "get",
                "/api/reviews", "post", "/api/rules/what-if", "post");
        Map<String, String> records = Map.of(
                "/api/submissions/{id}/evaluation", "Evaluation", "/api/evaluations", "Evaluation",
                "/api/reviews/{fiscalYear}", "ReviewReport", "/api/reviews", "ReviewReport", "/api/rules/what-if", "WhatIfReport");
        schemas.forEach((path, method) -> {
            JsonNode ok = paths.get(path).get(method).at("/responses/200/content");
            assertThat(ok.at("/application~1json/schema/$ref").asString()).as(path + ": " + ok)
                    .isEqualTo("#/components/schemas/" + records.get(path));
            ok.properties().stream().filter(media -> !media.getKey().equals("application/json")).forEach(media ->
                    assertThat(media.getValue().at("/schema/type").asString()).as(path + " " + media.getKey()).isEqualTo("string"));
        });
        for (String path : List.of("/api/reviews/{fiscalYear}", "/api/reviews")) {
            JsonNode ok = paths.get(path).get(schemas.get(path)).at("/responses/200/content");
            assertThat(ok.properties()).extracting(Map.Entry::getKey).as(path)
                    .containsExactlyInAnyOrder("application/json", "text/csv", "text/html", Workbooks.XLSX);
            assertThat(ok.at("/" + Workbooks.XLSX.replace("/", "~1") + "/schema/format").asString()).isEqualTo("binary");
        }
        assertThat(paths.at("/~1api~1template.xlsx/get/responses/200/content").toString()).contains("\"binary\"");
        assertThat(paths.at("/~1api~1evaluations/post/requestBody/content/" + Workbooks.XLSX.replace("/", "~1")
                + "/schema/format").asString()).as("a workbook is sent as it is, not as base64").isEqualTo("binary");
        assertThat(paths.at("/~1api~1reviews/post/requestBody/content/application~1json/schema/type").asString())
                .isEqualTo("array");
    }

    /** Swagger keeps one schema per simple name: the types named alike get names of their own. */
    @Test
    void typesNamedAlikeKeepSchemasOfTheirOwn() throws Exception {
        JsonNode docs = apiDocs();
        assertThat(ApiDocumentation.SchemaNames.clashes()).as("types that got one schema name").isEmpty();
        JsonNode schemas = docs.at("/components/schemas");
        assertThat(schemas.at("/Evaluation/properties/findings/items/$ref").asString())
                .isEqualTo("#/components/schemas/EvaluationFinding");
        assertThat(schemas.at("/EvaluationFinding/properties/message/$ref").asString())
                .isEqualTo("#/components/schemas/Explanation");
        assertThat(docs.at("/paths/~1api~1submissions~1{id}~1findings/get/responses/200/content/application~1json"
                + "/schema/items/$ref").asString()).isEqualTo("#/components/schemas/StoredSubmissionFinding");
        assertThat(docs.at("/paths/~1api~1users~1{name}/patch/requestBody/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/UsersChange");
        assertThat(schemas.at("/WhatIfReport/properties/changes/items/$ref").asString())
                .isEqualTo("#/components/schemas/WhatifChange");
        assertThat(schemas.has("Finding") || schemas.has("Change")).as(schemas.properties().stream()
                .map(Map.Entry::getKey).toList().toString()).isFalse();
    }

    @Test
    void reviewsAndRuleChangesHaveJapaneseExamples() throws Exception {
        JsonNode paths = apiDocs().get("paths");
        JsonNode move = examples(paths.at("/~1api~1submissions~1{id}~1transitions/post"))
                .get(ApiDocumentation.TRANSITION_EXAMPLE_NAME);
        assertThat(move.at("/value/to").asString()).isEqualTo("差戻し");
        assertThat(move.at("/value/message").asString()).containsPattern("\\p{IsHan}");
        JsonNode decision = examples(paths.at("/~1api~1submissions~1{id}~1findings~1{findingId}~1disposition/put"))
                .get(ApiDocumentation.DISPOSITION_EXAMPLE_NAME);
        assertThat(decision.at("/value/disposition").asString()).isEqualTo("説明あり");
        String version = JSON.readTree(mvc.perform(get("/api/rules")).andReturn().getResponse().getContentAsByteArray())
                .get("version").asString();
        for (String path : List.of("/api/rules/check", "/api/rules/what-if", "/api/rules/publish")) {
            JsonNode candidate = examples(paths.get(path).get("post")).get(ApiDocumentation.CANDIDATE_EXAMPLE_NAME);
            assertThat(candidate).as(path).isNotNull();
            assertThat(candidate.at("/value/base").asString()).as(path).isEqualTo(version);
            assertThat(candidate.at("/value/summary").asString()).as(path).containsPattern("\\p{IsHan}");
            assertThat(candidate.at("/value/files/policy.drl").asString()).as(path).contains("JudgingPolicy(\"improvement\"");
        }
        for (JsonNode example : List.of(move, decision)) {
            assertThat(example.get("summary").asString()).matches("(?s).*[\\p{IsHan}\\p{IsKatakana}].* / .*[A-Za-z]{3,}.*");
        }
    }

    static JsonNode examples(JsonNode operation) {
        JsonNode examples = operation.at("/requestBody/content/application~1json/examples");
        assertThat(examples.isMissingNode()).as(operation.toString()).isFalse();
        return examples;
    }

    /** What is wrong with a body's schema in that media type, if anything. */
    static java.util.Optional<String> schemaProblem(String mediaType, JsonNode schema) {
        if (mediaType.contains("*")) {
            return java.util.Optional.of("not a real media type");
        }
        if (schema == null || schema.isEmpty()) {
            return java.util.Optional.of("no schema");
        }
        boolean json = mediaType.equals(MediaType.APPLICATION_JSON_VALUE) || mediaType.endsWith("+json");
        return json && !describes(schema) ? java.util.Optional.of("a JSON body with the bare schema " + schema)
                : java.util.Optional.empty();
    }

    /** A reference to a record's schema, an array of what describes, or an object with properties or a description. */
    static boolean describes(JsonNode schema) {
        if (schema.has("$ref")) {
            return true;
        }
        String type = schema.path("type").asString("");
        return switch (type) {
            case "array" -> schema.has("items") && describes(schema.get("items"));
            case "object" -> schema.has("properties") || schema.has("additionalProperties") || schema.has("description");
            default -> false;
        };
    }

    @Test
    void theDocumentAndSwaggerUiAreOpenWithoutALogin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }
}
