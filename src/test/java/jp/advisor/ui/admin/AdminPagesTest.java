package jp.advisor.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.advisor.TestUsers;
import jp.advisor.ui.Chromium;
import jp.advisor.ui.SeedSubmissions;

/** The admin's main flow in a real browser: a new staff user, their login, the audit log with its CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesTest {

    @LocalServerPort
    int port;

    @Test
    void anAdminCreatesAStaffUserWhoThenSeesOnlyTheirOrganisation() throws Exception {
        String name = "ward-" + Long.toString(System.nanoTime(), 36);
        String organisation = "此花区-" + name;
        // Sheets of the new user's organisation and of another one are stored: the new user must see only the first.
        String other = "港区-" + name;
        SeedSubmissions.submit(port, TestUsers.staff(port, organisation, other), organisation, 0);
        SeedSubmissions.submit(port, TestUsers.staff(port, other), other, 0);
        String password;
        try (Chromium admin = Chromium.open(port)) {
            admin.logIn("admin", "test-admin-password");
            assertThat(admin.driver().getCurrentUrl()).endsWith("/admin");
            admin.find(By.id("name")).sendKeys(name);
            admin.find(By.id("displayName")).sendKeys("<script>alert(1)</script>");
            admin.find(By.id("organisations")).sendKeys(organisation);
            admin.screenshot("admin-users");
            admin.find(By.cssSelector("form[action$='/admin/users'] button[type=submit]")).click();
            admin.waitForText(By.tagName("h1"), name);
            password = admin.find(By.id("shown-once")).getText();
            assertThat(password).hasSizeGreaterThanOrEqualTo(10);
            // The hostile display name is shown as text, on the user list as well; no script ran (no alert).
            admin.go("/admin");
            assertThat(admin.text()).contains("<script>alert(1)</script>").contains(organisation);
            admin.screenshot("admin-user-added");

            admin.go("/admin/audit?action=USER_ADD");
            assertThat(admin.text()).contains("user:" + name);
            admin.screenshot("admin-audit");
            String csv = download(admin, admin.find(By.id("csv")).getAttribute("href"));
            assertThat(csv).startsWith("\uFEFF").contains("USER_ADD").contains("user:" + name);
        }
        try (Chromium staff = Chromium.open(port)) {
            staff.logIn(name, password);
            assertThat(staff.driver().getCurrentUrl()).endsWith("/staff");
            assertThat(staff.text()).contains(organisation).doesNotContain(other);
            staff.screenshot("admin-new-staff-page");

            // The generated password is changed by its owner on their account page: the current one is asked first.
            staff.find(By.cssSelector("header a.user")).click();
            staff.find(By.id("currentPassword")).sendKeys("not-the-password");
            staff.find(By.id("newPassword")).sendKeys("my-own-password-1");
            staff.find(By.id("confirmPassword")).sendKeys("my-own-password-1");
            staff.find(By.cssSelector("form[action$='/account/password'] button")).click();
            staff.waitForText(By.cssSelector("#currentPassword + .field-error"), "今のパスワードが違います");
            staff.find(By.id("currentPassword")).sendKeys(password);
            staff.find(By.id("newPassword")).sendKeys("my-own-password-1");
            staff.find(By.id("confirmPassword")).sendKeys("my-own-password-1");
            staff.find(By.cssSelector("form[action$='/account/password'] button")).click();
            staff.waitForText(By.cssSelector("[role=status]"), "パスワードを変更しました");
            staff.screenshot("account");
        }
        try (Chromium again = Chromium.open(port)) {
            again.logIn(name, "my-own-password-1");
            assertThat(again.driver().getCurrentUrl()).endsWith("/staff");
            again.go("/admin");
            assertThat(again.find(By.tagName("h1")).getText()).contains("403");
        }
    }

    @Test
    void aRefusedUserShowsItsMessageBesideTheField() {
        try (Chromium admin = Chromium.open(port)) {
            admin.logIn("admin", "test-admin-password");
            admin.find(By.id("name")).sendKeys("nobody-" + Long.toString(System.nanoTime(), 36));
            // STAFF is ticked by default and no organisation given: the service refuses, naming the field.
            admin.find(By.cssSelector("form[action$='/admin/users'] button[type=submit]")).click();
            admin.waitForText(By.cssSelector("#organisations + .field-error"), "組織を1つ以上");
            admin.screenshot("admin-refused");
        }
    }

    /** Fetches a link with the browser's session cookie, as the browser's own download would. */
    private static String download(Chromium browser, String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).contains(".csv");
        return answer.body();
    }
}
