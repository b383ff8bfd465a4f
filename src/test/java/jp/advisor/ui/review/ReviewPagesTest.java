package jp.advisor.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;


import jp.advisor.TestUsers;
import jp.advisor.ui.Chromium;
import jp.advisor.ui.SeedSubmissions;

/**
 * The reviewers' pages in a real browser, for the "a reviewer records a disposition and returns the sheet":
 * a ward's stored sheet shows in the matrix, its finding gets a disposition, the review starts, a return without a
 * message is refused beside the field, a return with one lands, and the disposition stays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewPagesTest {

    static final String RUN = "-" + Long.toString(System.nanoTime(), 36);
    static final String SCRIPT = "<script>alert(1)</script>";

    @LocalServerPort
    int port;

    @Test
    void aReviewerRecordsADispositionAndReturnsTheSheet() throws Exception {
        String ward = "確認ページ区" + RUN;
        String hostile = SCRIPT + "区" + RUN;
        TestUsers.Staff staff = TestUsers.staff(port, ward, hostile);
        long id = SeedSubmissions.submit(port, staff, ward, 0);
        long hostileId = SeedSubmissions.submit(port, staff, hostile, 3);

        try (Chromium browser = Chromium.open(port)) {
            browser.logIn("reviewer", "test-reviewer-password");
            browser.go("/review");
            assertThat(browser.text()).contains("確認", ward, hostile, "指摘コード別の件数", "全体の自己評価");
            assertNoAlert(browser);
            WebElement row = browser.find(By.xpath("//tr[th[normalize-space()='" + ward + "']]"));
            assertThat(row.getText()).contains("提出");
            assertThat(browser.find(By.cssSelector("svg[role=img] title")).getAttribute("textContent")).isNotBlank();
            // Tall enough for the matrix and the charts under it in one picture.
            browser.driver().manage().window().setSize(new Dimension(1400, 1700));
            browser.screenshot("review-matrix");
            browser.driver().manage().window().setSize(new Dimension(1400, 1000));

            row.findElement(By.cssSelector("a[href$='/review/submissions/" + id + "']")).click();
            browser.waitForText(By.id("state"), "提出");
            assertThat(browser.text()).contains(ward, "判断を記録", "確認中にする");

            // A disposition, recorded in place (htmx) with a comment that must stay text.
            WebElement finding = browser.find(By.cssSelector("section.finding"));
            String findingId = finding.getAttribute("id");
            // None chosen: the service's message beside the choices, in place.
            finding.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText(By.id(findingId + "-error"), "判断「」はありません");
            finding = browser.find(By.id(findingId));
            finding.findElement(By.cssSelector("label[for$='-EXPLAINED']")).click();
            finding.findElement(By.tagName("textarea")).sendKeys("前年度の数値で説明済み " + SCRIPT);
            finding.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText(By.id(findingId), "判断を記録しました");
            assertThat(browser.find(By.id(findingId)).getText()).contains("説明あり", "前年度の数値で説明済み " + SCRIPT);
            assertNoAlert(browser);
            browser.screenshot("review-submission");

            browser.find(By.id("start-review")).click();
            browser.waitForText(By.id("state"), "確認中");

            // 差戻し without a message: the service's message beside the field, the state unchanged.
            browser.find(By.id("return")).click();
            browser.waitForText(By.id("return-error"), "差戻しには");
            assertThat(browser.find(By.id("return-message")).getAttribute("aria-describedby")).isEqualTo("return-error");
            assertThat(browser.find(By.id("state")).getText()).isEqualTo("確認中");

            browser.find(By.id("return-message")).sendKeys("成果指標の説明を追記してください");
            browser.find(By.id("return")).click();
            browser.waitForText(By.id("state"), "差戻し");
            assertThat(browser.text()).contains("差戻しのメッセージ", "成果指標の説明を追記してください", "この状態からは変更できません");
            assertThat(browser.find(By.id(findingId)).getText()).contains("説明あり", "前年度の数値で説明済み " + SCRIPT);
            browser.screenshot("review-returned");

            // Both sheets read-only, with the finding's cell and the decision on it; back to the review page.
            browser.find(By.id("sheet-link")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/review/submissions/" + id + "/sheet"));
            assertThat(browser.find(By.tagName("h1")).getText()).contains(ward, "第1版");
            assertThat(browser.text()).contains("めざす成果および戦略", "具体的取組", "差戻し");
            assertThat(browser.driver().getPageSource()).contains("前年度の数値で説明済み"); // in a closed 説明
            assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();
            browser.find(By.id("back")).click();
            browser.waitForText(By.id("state"), "差戻し");
            browser.go("/review/submissions/" + hostileId + "/sheet");
            assertThat(browser.find(By.tagName("h1")).getText()).contains(hostile);
            assertNoAlert(browser);

            browser.go("/review?organization=" + java.net.URLEncoder.encode(ward, StandardCharsets.UTF_8)
                    + "&disposition=EXPLAINED");
            assertThat(browser.find(By.xpath("//tr[th[normalize-space()='" + ward + "']]")).getText())
                    .contains("差戻し");
            browser.go("/review?lang=en");
            assertThat(browser.text()).contains("指摘コード別の件数", "Findings by code", "Self ratings by organisation and year");
        }
    }

    private static void assertNoAlert(Chromium browser) {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
