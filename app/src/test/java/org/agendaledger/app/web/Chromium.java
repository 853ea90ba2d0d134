package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import org.agendaledger.app.ApiClient;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages, driven by Selenium, for the browser tests: signing in, typing
 * into fields, choosing from lists, waiting for elements and saving screenshots under {@code app/target/screenshots/}. The driver and
 * the browser are given explicitly, so Selenium Manager never looks for (or downloads) anything.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MMddyyyy");
    private static final DateTimeFormatter US_TIME = DateTimeFormatter.ofPattern("hhmma", java.util.Locale.US);
    private static final DateTimeFormatter US_TIME_SECONDS = DateTimeFormatter.ofPattern("hhmmssa",
            java.util.Locale.US);

    final WebDriver browser;
    private final ChromeDriverService service;
    private final Path profile;
    private final int port;

    /** Set to {@code true} (as {@code .ci/run} does), a browser test that cannot run fails instead of skipping. */
    static final String REQUIRED = "AGENDA_LEDGER_BROWSER_TESTS_REQUIRED";

    /**
     * Skips the calling test, saying why in the build output, when Chromium or its driver is not installed — or
     * fails it, when {@value #REQUIRED} says the browser tests must run.
     */
    static void assumeInstalled() {
        assumeInstalled(BINARY, DRIVER, Boolean.parseBoolean(System.getenv(REQUIRED)));
    }

    static void assumeInstalled(Path binary, Path driver, boolean required) {
        if (Files.isExecutable(binary) && Files.isExecutable(driver)) {
            return;
        }
        String reason = "the browser tests need headless Chromium at " + binary + " and its driver at " + driver
                + " (Debian: apt-get install chromium chromium-driver)";
        if (required) {
            throw new AssertionError("Browser tests required (" + REQUIRED + ") but they cannot run: " + reason);
        }
        System.out.println("[WARNING] Browser test skipped: " + reason + ".");
        Assumptions.abort("Skipped: " + reason + ".");
    }

    /** A browser in US English, in the given time zone (the zone of the person at the screen), at 1280×1000. */
    static Chromium start(int port, String timeZone) throws IOException {
        return new Chromium(port, timeZone);
    }

    private Chromium(int port, String timeZone) throws IOException {
        this.port = port;
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        profile = Files.createTempDirectory("agenda-ledger-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", timeZone)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Signs in through the login form (signing out first when someone is signed in). */
    void signIn(String username) {
        open("/meetings");
        if (!browser.findElements(By.id("logout")).isEmpty()) {
            browser.findElement(By.id("logout")).click();
            waitFor(By.id("logged-out"));
            open("/meetings");
        }
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(ApiClient.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo(username);
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses the option with the given value of a {@code <select>}, as a person picks it from the list. */
    void select(String id, String value) {
        new Select(waitFor(By.id(id))).selectByValue(value);
        assertThat(browser.findElement(By.id(id)).getDomProperty("value")).as("the value of " + id).isEqualTo(value);
    }

    /**
     * Types a date and time into a {@code datetime-local} field the way a person does in a US-English Chromium:
     * month, day, year, then the time with AM or PM — with its seconds where the field takes them ({@code step="1"}).
     */
    void typeDateTime(String id, LocalDateTime value) {
        WebElement field = browser.findElement(By.id(id));
        boolean seconds = "1".equals(field.getDomAttribute("step"));
        LocalDateTime typed = value.truncatedTo(seconds ? ChronoUnit.SECONDS : ChronoUnit.MINUTES);
        field.sendKeys(US_DATE.format(typed) + Keys.TAB + (seconds ? US_TIME_SECONDS : US_TIME).format(typed));
        assertThat(field.getDomProperty("value")).as("the value of " + id).isEqualTo(typed.toString());
    }

    void click(By locator) {
        waitFor(locator).click();
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    String text(By locator) {
        return waitFor(locator).getText();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Saves the page down to 2,200 pixels, not only the window, as {@code target/screenshots/<name>.png}. */
    Path screenshotPage(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.min(2200, height.intValue() + 100)));
        try {
            return screenshot(name);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /** Something a browser test does. */
    interface Steps {
        void run() throws IOException;
    }

    /** Runs the steps; when one fails, saves the screenshot and the page's source under that name first. */
    void onFailure(String name, Steps steps) throws IOException {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError | IOException failure) {
            try {
                screenshot(name);
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
            } catch (RuntimeException | IOException ignored) {
                failure.addSuppressed(ignored);
            }
            throw failure;
        }
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary profile left behind is harmless
        }
    }
}
