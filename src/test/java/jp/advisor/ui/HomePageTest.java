package jp.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Logging in in a real browser lands each user on their role's page; a page of another role is refused as a page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageTest {

    @LocalServerPort
    int port;

    @Test
    void aPageAskedForWithoutLoginLeadsToTheLoginFormAndEnglishComesOnRequest() {
        try (Chromium browser = Chromium.open(port)) {
            browser.go("/admin");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
            assertThat(browser.text()).contains("ログイン").doesNotContain("Log in");
            browser.go("/login?lang=en");
            assertThat(browser.text()).contains("ログイン").contains("Log in");
            browser.screenshot("login");
        }
    }

    @Test
    void aUserOfAnotherRoleIsRefusedWithAPageNotJson() {
        try (Chromium browser = Chromium.open(port)) {
            browser.logIn("reviewer", "test-reviewer-password");
            browser.go("/admin");
            assertThat(browser.find(By.tagName("h1")).getText()).contains("403");
            assertThat(browser.text()).contains("評価アドバイザー");
        }
    }
}
