package jp.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the page tests: Debian's {@code /usr/bin/chromium} driven through {@code /usr/bin/chromedriver}
 * (installed by {@code .ci/chromium.sh}), headless, Japanese first. Without them the test is skipped, saying so;
 * with {@code CI=true} it fails instead, as the PostgreSQL tests do. Screenshots go to {@code target/screenshots/}.
 * <pre>
 * try (Chromium browser = Chromium.open(port)) {
 *     browser.logIn("reviewer", "test-reviewer-password");
 *     browser.go("/review"); browser.screenshot("review-matrix");
 * }
 * </pre>
 */
public final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final int port;

    private Chromium(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** A new browser (its own cookies) for the service on {@code port}; Japanese is its language. */
    public static Chromium open(int port) {
        boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and " + BINARY + " or " + DRIVER
                    + " is missing: .ci/chromium.sh installs them (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, () -> "browser tests skipped: " + BINARY + " or " + DRIVER
                + " missing (bash .ci/chromium.sh installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=ja", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Chromium(driver, port);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the service, e.g. {@code /staff}. */
    public void go(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Logs in through the form at {@code /login} and waits until the browser has left it. */
    public void logIn(String name, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** The visible text of the page's body. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Saves the window as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            assertThat(Files.size(file)).as("screenshot %s", file).isPositive();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
