package jp.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.users.Role;
import jp.advisor.users.Users;
import jp.advisor.workbook.Workbooks;

/**
 * The 様式 over HTTP: the blank template to download; a filled-in workbook evaluated like its JSON, or handed back
 * annotated; a browser form's file; a stored revision from a workbook; refusals that say what the file is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbookApiTest {

    static final byte[] WORKBOOK = read("fixtures/submissions/taisho-ward-fy2016.xlsx");
    static final byte[] JSON_SEED = read("fixtures/submissions/taisho-ward-fy2016.json");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    JsonNode evaluationOf(byte[] body, String type) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/evaluations").contentType(type).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void theBlankTemplateDownloadsWithItsJapaneseName() throws Exception {
        byte[] template = mvc.perform(get("/api/template.xlsx")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Workbooks.XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''%E6%A7%98%E5%BC%8F.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(book.getSheet("めざす成果および戦略")).isNotNull();
            assertThat(book.getSheet("具体的取組")).isNotNull();
        }
    }

    @Test
    void aWorkbookIsEvaluatedAsItsJson() throws Exception {
        JsonNode fromWorkbook = evaluationOf(WORKBOOK, Workbooks.XLSX);
        JsonNode fromJson = evaluationOf(JSON_SEED, MediaType.APPLICATION_JSON_VALUE);
        assertThat(fromWorkbook.get("strategies")).hasSize(19).isEqualTo(fromJson.get("strategies"));
        assertThat(fromWorkbook.get("findings")).isEqualTo(fromJson.get("findings"));
    }

    @Test
    void formatXlsxHandsTheWorkbookBackAnnotatedUnderItsOwnName() throws Exception {
        byte[] annotated = mvc.perform(post("/api/evaluations?format=xlsx&name=大正区-H28.xlsx")
                        .contentType(Workbooks.XLSX).content(WORKBOOK))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        java.net.URLEncoder.encode("大正区-H28-評価.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(annotated))) {
            assertThat(book.getSheet("指摘一覧")).isNotNull();
        }
    }

    @Test
    void aBrowserFormSendsTheFileWithItsCsrfToken() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "C:\\\\Users\\\\職員\\\\大正区.xlsx", Workbooks.XLSX, WORKBOOK);
        mvc.perform(multipart("/api/evaluations").file(file).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.organization").value("大正区"));
        mvc.perform(multipart("/api/evaluations").file(file)).andExpect(status().isForbidden());
    }

    @Test
    void anEmptyBodyIsRefusedAsAnEmptyFileAsTheFormsEmptyFileIs() throws Exception {
        mvc.perform(post("/api/evaluations?name=大正区.xlsx").contentType(Workbooks.XLSX).content(new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:advisor:problem:invalid-submission"))
                .andExpect(jsonPath("$.errors[0].message").value("空のファイルです"))
                .andExpect(jsonPath("$.errors[0].messageEn").value("the file is empty"));
        MockMultipartFile empty = new MockMultipartFile("file", "大正区.xlsx", Workbooks.XLSX, new byte[0]);
        mvc.perform(multipart("/api/evaluations").file(empty).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("空のファイルです"));
    }

    @Test
    void aMacroWorkbookOrAnOldXlsIsRefusedSayingWhatToDo() throws Exception {
        java.io.ByteArrayOutputStream xls = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook old = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            old.createSheet("めざす成果および戦略");
            old.write(xls);
        }
        mvc.perform(post("/api/evaluations?name=古い.xls").contentType(Workbooks.XLSX).content(xls.toByteArray()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:advisor:problem:invalid-submission"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(".xlsx で保存し直して")));
        mvc.perform(post("/api/evaluations?format=pdf").contentType(Workbooks.XLSX).content(WORKBOOK))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staffStoreARevisionFromTheirWorkbook() throws Exception {
        String name = "wb-" + System.nanoTime();
        users.add("test", name, new Users.Details(null, java.util.List.of(Role.STAFF), java.util.List.of("大正区")),
                "test-staff-password");
        JsonNode stored = JSON.readTree(mvc.perform(post("/api/submissions?name=大正区.xlsx")
                        .with(httpBasic(name, "test-staff-password")).contentType(Workbooks.XLSX).content(WORKBOOK))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsByteArray());
        assertThat(stored.get("organization").asString()).isEqualTo("大正区");
        assertThat(stored.get("fiscalYear").asInt()).isEqualTo(2016);
    }
}
