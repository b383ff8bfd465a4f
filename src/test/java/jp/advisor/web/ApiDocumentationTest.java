package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
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

    @Test
    void theDocumentAndSwaggerUiAreOpenWithoutALogin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }
}
