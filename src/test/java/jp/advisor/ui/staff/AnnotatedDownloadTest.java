package jp.advisor.ui.staff;

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

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

import jp.advisor.TestUsers;
import jp.advisor.workbook.WorkbookLayout;

/**
 * The staff page's annotated workbook of a stored revision: a sheet sent as the ward's own workbook comes back as that
 * workbook (its 備考 column, its 「Ａ」 as typed) with the suggestions beside; one sent as JSON comes back as the 様式.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AnnotatedDownloadTest {

    static final Path WORKBOOK = Path.of("fixtures/submissions/taisho-ward-fy2016.xlsx");
    static final Path JSON_SEED = Path.of("fixtures/submissions/taisho-ward-fy2016.json");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aSheetSentAsAWorkbookComesBackAsThatWorkbookAnnotated() throws Exception {
        TestUsers.Staff staff = TestUsers.staff(port, "大正区");
        long id = submit(staff, Files.readAllBytes(WORKBOOK), XLSX,
                "?name=" + URLEncoder.encode("大正区-H28.xlsx", StandardCharsets.UTF_8));

        HttpResponse<byte[]> annotated = download(staff, id);

        assertThat(annotated.statusCode()).isEqualTo(200);
        assertThat(annotated.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(URLEncoder.encode("大正区-H28-評価.xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(annotated.body()))) {
            String text = texts(book, WorkbookLayout.STRATEGIES.name());
            assertThat(text).as("the ward's own column and its full-width rating, kept").contains("備考", "Ａ");
            assertThat(book.getSheet("指摘一覧")).isNotNull();
        }
    }

    @Test
    void aSheetSentAsJsonComesBackAsTheFormAnnotated() throws Exception {
        TestUsers.Staff staff = TestUsers.staff(port, "大正区");
        long id = submit(staff, Files.readAllBytes(JSON_SEED), "application/json", "");

        HttpResponse<byte[]> annotated = download(staff, id);

        assertThat(annotated.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(annotated.body()))) {
            assertThat(texts(book, WorkbookLayout.STRATEGIES.name())).doesNotContain("備考");
            assertThat(book.getSheet("指摘一覧")).isNotNull();
        }
    }

    private long submit(TestUsers.Staff staff, byte[] body, String type, String query) throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/submissions" + query))
                .header("Authorization", staff.authorization()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(created.body()).get("id").asLong();
    }

    private HttpResponse<byte[]> download(TestUsers.Staff staff, long id) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/staff/submissions/" + id + "/annotated.xlsx"))
                .header("Authorization", staff.authorization()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String texts(XSSFWorkbook book, String sheet) {
        StringBuilder text = new StringBuilder();
        book.getSheet(sheet).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\t')));
        return text.toString();
    }
}
