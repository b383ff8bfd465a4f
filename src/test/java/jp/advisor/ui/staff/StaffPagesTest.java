package jp.advisor.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import jp.advisor.TestUsers;
import jp.advisor.submission.SubmissionException;
import jp.advisor.ui.Chromium;
import jp.advisor.workbook.SubmissionInput;

/** The staff pages in a real browser: upload the 様式, see each self-rating beside its suggestion, explained. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffPagesTest {

    static final Path SEED_WORKBOOK = Path.of("fixtures/submissions/taisho-ward-fy2016.xlsx");
    static final Path SEED_JSON = Path.of("fixtures/submissions/taisho-ward-fy2016.json");
    static final String SCRIPT = "<script>alert(1)</script>";

    @LocalServerPort
    int port;

    @Test
    void staffUploadTheSeedWorkbookAndSee541PercentRatedAWithItsExplanation() throws Exception {
        TestUsers.Staff staff = TestUsers.staff(port, "大正区");
        try (Chromium browser = Chromium.open(port)) {
            browser.logIn(staff.name(), TestUsers.STAFF_PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
            assertThat(browser.find(By.cssSelector("label[for=file]")).getText()).contains("様式のブック");
            assertThat(browser.find(By.linkText("空の様式をダウンロード（様式.xlsx）")).getAttribute("href"))
                    .endsWith("/api/template.xlsx");

            browser.find(By.id("file")).sendKeys(SEED_WORKBOOK.toAbsolutePath().toString());
            browser.find(By.cssSelector("form.upload button[type=submit]")).click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/staff/submissions/\\d+$"));
            assertThat(browser.find(By.tagName("h1")).getText()).contains("大正区").contains("平成28年度");
            assertThat(browser.text()).contains("めざす成果および戦略").contains("具体的取組");
            assertThat(browser.text()).contains("前年度との比較");

            WebElement cell = browser.find(By.xpath("//div[contains(@class,'outcome')][.//p[@class='value']/b[text()='54.1%']]"
                    + "//div[contains(concat(' ', @class, ' '), ' rating ')]"));
            assertThat(cell.getAttribute("data-location")).isEqualTo("strategies/6-1/outcomes/0");
            assertThat(cell.findElement(By.cssSelector(".self b")).getText()).isEqualTo("A");
            assertThat(cell.findElement(By.cssSelector(".suggested b")).getText()).isEqualTo("A");
            assertThat(cell.getAttribute("class")).doesNotContain("differs").doesNotContain("needs-review");
            browser.screenshot("staff-submission");

            WebElement reason = cell.findElement(By.cssSelector("details .reason-ja"));
            assertThat(reason.isDisplayed()).isFalse();
            cell.findElement(By.cssSelector("details > summary")).click();
            browser.waitUntil(d -> reason.isDisplayed());
            assertThat(reason.getText()).contains("54.1%").contains("A（順調）");
            assertThat(cell.findElement(By.cssSelector("dl.explanation")).getText())
                    .contains("ルール").contains("判定方針").contains("trajectory");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'})", cell);
            browser.screenshot("staff-explanation");

            // A cell where the advisor differs or a person must decide is marked with a word or symbol, not colour only.
            for (WebElement marked : browser.driver().findElements(By.cssSelector(".sheet .rating.differs, .sheet .rating.needs-review"))) {
                assertThat(marked.findElement(By.cssSelector(".mark")).getText()).containsAnyOf("≠", "要確認");
            }

            String annotated = browser.find(By.id("annotated")).getAttribute("href");
            String cookies = browser.driver().manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(annotated))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    d -> assertThat(d).startsWith("attachment").contains("xlsx"));
            assertThat(new String(download.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

            browser.go("/staff");
            assertThat(browser.find(By.cssSelector("table.submissions")).getText()).contains("大正区").contains("平成28年度");
            browser.screenshot("staff-list");
        }
    }

    @Test
    void aRefusedFileIsShownBesideTheFieldWithTheApisLocatedMessageAndNothingStored() throws Exception {
        TestUsers.Staff staff = TestUsers.staff(port, "大正区");
        Path empty = Files.createDirectories(Path.of("target", "staff-pages")).resolve("empty.xlsx");
        Files.write(empty, new byte[0]);
        String expected = assertThatThrownBy(() -> SubmissionInput.read(new byte[0], "empty.xlsx"))
                .isInstanceOf(SubmissionException.class).actual().getMessage();
        try (Chromium browser = Chromium.open(port)) {
            browser.logIn(staff.name(), TestUsers.STAFF_PASSWORD);
            String before = browser.find(By.cssSelector("table.submissions")).getText();
            browser.find(By.id("file")).sendKeys(empty.toAbsolutePath().toString());
            browser.find(By.cssSelector("form.upload button[type=submit]")).click();
            WebElement errors = browser.find(By.id("file-errors"));
            assertThat(errors.getText()).contains("empty.xlsx").contains(expected.lines().findFirst().orElseThrow());
            assertThat(browser.find(By.id("file")).getAttribute("aria-describedby")).isEqualTo("file-errors");
            assertThat(browser.find(By.cssSelector("table.submissions")).getText()).isEqualTo(before);
            browser.screenshot("staff-error");
        }
    }

    @Test
    void submittedTextWithAScriptTagShowsAsTextAndRunsNothing() throws Exception {
        String organisation = SCRIPT + "区-" + Long.toString(System.nanoTime(), 36);
        TestUsers.Staff staff = TestUsers.staff(port, organisation);
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode submission = (ObjectNode) json.readTree(Files.readString(SEED_JSON));
        submission.put("organization", organisation);
        ((ObjectNode) submission.path("strategies").path(0).path("outcomes").path(0)).put("label", SCRIPT + "の割合");
        Path file = Files.createDirectories(Path.of("target", "staff-pages")).resolve("script.json");
        Files.writeString(file, json.writeValueAsString(submission));
        try (Chromium browser = Chromium.open(port)) {
            browser.logIn(staff.name(), TestUsers.STAFF_PASSWORD);
            browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.find(By.cssSelector("form.upload button[type=submit]")).click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/staff/submissions/\\d+$"));
            assertThat(browser.find(By.tagName("h1")).getText()).contains(SCRIPT);
            assertThat(browser.find(By.cssSelector(".outcome .label")).getText()).isEqualTo(SCRIPT + "の割合");
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            browser.go("/staff");
            assertThat(browser.text()).contains(SCRIPT);
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        }
    }

    @Test
    void aReturnedSheetShowsTheReviewersMessageAndTakesANewRevision() throws Exception {
        String organisation = "差戻し区-" + Long.toString(System.nanoTime(), 36);
        TestUsers.Staff staff = TestUsers.staff(port, organisation);
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode submission = (ObjectNode) json.readTree(Files.readString(SEED_JSON));
        submission.put("organization", organisation);
        Path file = Files.createDirectories(Path.of("target", "staff-pages")).resolve("returned.json");
        Files.writeString(file, json.writeValueAsString(submission));
        Path empty = Files.write(file.resolveSibling("empty.json"), new byte[0]);
        try (Chromium browser = Chromium.open(port)) {
            browser.logIn(staff.name(), TestUsers.STAFF_PASSWORD);
            browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.find(By.cssSelector("form.upload button[type=submit]")).click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/staff/submissions/\\d+$"));
            String first = browser.driver().getCurrentUrl();
            String id = first.substring(first.lastIndexOf('/') + 1);
            move(id, "{\"to\": \"IN_REVIEW\"}");
            move(id, "{\"to\": \"RETURNED\", \"message\": \"6-1 の課題を書いてください " + SCRIPT + "\"}");
            browser.go("/staff/submissions/" + id);
            assertThat(browser.find(By.cssSelector(".summary .state")).getText()).isEqualTo("差戻し");
            assertThat(browser.find(By.cssSelector(".notice .message")).getText())
                    .isEqualTo("6-1 の課題を書いてください " + SCRIPT);
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

            // A refused resubmission is shown beside the resubmit form, on the same page.
            browser.find(By.id("file")).sendKeys(empty.toAbsolutePath().toString());
            browser.find(By.cssSelector("form.upload button[type=submit]")).click();
            assertThat(browser.find(By.id("file-errors")).getText()).contains("empty.json");
            assertThat(browser.find(By.id("resubmit-heading")).isDisplayed()).isTrue();

            browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.find(By.cssSelector("form.upload button[type=submit]")).click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/staff/submissions/\\d+$") && !d.getCurrentUrl().equals(first));
            assertThat(browser.find(By.tagName("h1")).getText()).contains("第2版");
            assertThat(browser.find(By.cssSelector("ol.revisions")).getText()).contains("第1版").contains("第2版（この版）");
            browser.find(By.linkText("第1版")).click();
            browser.waitUntil(d -> d.getCurrentUrl().equals(first));
            browser.go("/staff");
            assertThat(browser.find(By.cssSelector("table.submissions")).getText()).contains(organisation).contains("第2版");
        }
    }

    private void move(String id, String body) throws Exception {
        HttpResponse<String> moved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/submissions/" + id + "/transitions"))
                .header("Content-Type", "application/json").header("Authorization", TestUsers.REVIEWER)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }
}
