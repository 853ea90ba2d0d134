package org.agendaledger.app.web;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The live pages in a real browser (headless Chromium from the system's packages, driven by Selenium, in the time
 * zone of Bogotá): the countdown ticks, the deadline is also shown in the reader's own zone, and what others do
 * (an objection through the API, the deadline passing) appears on the open pages without a reload, without
 * wiping what the reader is typing. A marker set on the page proves it was not reloaded. Skipped when
 * {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is not installed; screenshots under
 * {@code app/target/screenshots/}.
 */
@Import(LivePagesBrowserIT.HeldStreams.class)
class LivePagesBrowserIT extends BrowserTest {

    private static final String BROWSER_ZONE = "America/Bogota";
    private static final DateTimeFormatter AS_PAGES_WRITE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm",
            Locale.ENGLISH);

    @Override
    protected String browserZone() {
        return BROWSER_ZONE;
    }

    private WebDriver browser;

    @BeforeEach
    void useBrowser() {
        browser = chromium.browser;
    }

    @Test
    void theInboxCountsDownEverySecondAndShowsTheDeadlineInTheMeetingsZoneAndInTheMembersOwn() throws IOException {
        // given
        Scenario scenario = new Scenario(secretariat()).bureau("member-d", "member-e").meeting().topics();
        String procedureId = scenario.circulate("SUBSTANTIVE_TOPICS", 2 * 24 * 3600 + 3 * 3600 + 300);
        signIn("member-d");

        // when
        WebElement row = openInboxWith(procedureId);

        // then the time left ticks
        WebElement left = row.findElement(By.cssSelector("time.time-left"));
        String first = left.getText();
        assertThat(first).matches("2 days 3 h 0[0-9] min [0-5][0-9] s");
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> !left.getText().equals(first));
        assertThat(left.getText()).matches("2 days 3 h 0[0-9] min [0-5][0-9] s");
        // and the deadline is shown in the meeting's time zone and in the member's own
        assertThat(script("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo(BROWSER_ZONE);
        Instant deadline = Instant.parse(row.findElement(By.cssSelector("time.deadline-yours"))
                .getDomAttribute("datetime"));
        assertThat(row.getText()).contains(AS_PAGES_WRITE.format(deadline.atZone(ZoneId.of(Scenario.ZONE))),
                Scenario.ZONE);
        WebElement yours = row.findElement(By.cssSelector(".your-time"));
        assertThat(yours.isDisplayed()).isTrue();
        assertThat(yours.getText()).isEqualTo("Your time: "
                + AS_PAGES_WRITE.format(deadline.atZone(ZoneId.of(BROWSER_ZONE))) + ", America/Bogota (UTC-05:00)");
        screenshot("live-inbox-countdown-and-own-time");
    }

    @Test
    void anObjectionRecordedByAnotherMemberAppearsOnTheOpenProcedurePageWithoutAReloadOrLosingADraft()
            throws IOException {
        // given the member's procedure page, open, with a reaction being typed
        Scenario scenario = new Scenario(secretariat()).bureau("member-d", "member-e").meeting().topics();
        String procedureId = scenario.circulate("SUBSTANTIVE_TOPICS", 600);
        signIn("member-d");
        openLive("/procedures/" + procedureId, By.id("react-form"));
        assertThat(browser.findElement(By.id("procedure-status")).getText()).isEqualTo("OPEN");
        assertThat(browser.findElement(By.id("deadline-yours")).getText()).contains(BROWSER_ZONE);
        WebElement draft = browser.findElement(By.id("react-text"));
        draft.sendKeys("My draft objection");

        // when another member objects through the API
        expect(as("member-e").post("/api/silence-procedures/" + procedureId + "/objections",
                Map.of("kind", "OBJECTION", "text", "Objection from afar.")), 201);

        // then the status and the addressee's state change in place
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            assertThat(browser.findElement(By.id("procedure-status")).getText()).isEqualTo("BROKEN");
            assertThat(addresseeState("member-e")).isEqualTo("OBJECTED");
        });
        assertThat(browser.findElement(By.cssSelector("#addressees tr[data-member-id='member-e']")).getText())
                .contains("Objection from afar.");
        assertThat(browser.findElement(By.id("time-left")).getText()).isEqualTo("none (broken)");
        assertThat(script("return window.__marker")).as("the page was not reloaded").isEqualTo(1L);
        assertThat(browser.findElement(By.id("live-announcer")).getText()).startsWith("Updated at ");
        assertThat(browser.findElement(By.id("live-announcer")).getDomAttribute("role")).isEqualTo("status");
        // what the member was typing is still there, and so is the focus
        assertThat(browser.findElement(By.id("react-text")).getDomProperty("value")).isEqualTo("My draft objection");
        assertThat(script("return document.activeElement.id")).isEqualTo("react-text");
        screenshot("live-procedure-broken-elsewhere");
    }

    @Test
    void theInboxFollowsProceduresThatStartAndEndWhileItIsOpen() throws IOException {
        // given the inbox with one open procedure
        Scenario scenario = new Scenario(secretariat()).bureau("member-d", "member-e").meeting().topics().agenda();
        String first = scenario.circulate("SUBSTANTIVE_TOPICS", 600);
        signIn("member-d");
        openInboxWith(first);
        awaitLive();
        markPage();

        // when another member objects to it
        expect(as("member-e").post("/api/silence-procedures/" + first + "/objections",
                Map.of("kind", "OBJECTION", "text", "Not these topics.")), 201);

        // then it leaves the inbox
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(browser.findElements(
                By.cssSelector("tr[data-procedure-id='" + first + "']"))).isEmpty());

        // when the secretariat circulates another
        String second = scenario.circulate("AGENDA", 600);

        // then it arrives, counting down
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(browser.findElements(
                By.cssSelector("tr[data-procedure-id='" + second + "']"))).hasSize(1));
        WebElement row = browser.findElement(By.cssSelector("tr[data-procedure-id='" + second + "']"));
        assertThat(row.findElement(By.cssSelector("time.time-left")).getText()).matches("9 min [0-5][0-9] s");
        assertThat(row.findElement(By.cssSelector(".your-time")).getText()).contains(BROWSER_ZONE);
        assertThat(script("return window.__marker")).as("the page was not reloaded").isEqualTo(1L);
        screenshot("live-inbox-procedure-arrives");
    }

    @Test
    void aProcedureWhoseDeadlinePassesTurnsApprovedOnTheOpenPages() throws IOException {
        // given a procedure whose deadline is seconds away, on its page and on the meeting's procedures page
        Scenario scenario = new Scenario(secretariat()).bureau("member-d").meeting().topics().agenda();
        signIn("member-d");
        String procedureId = scenario.circulate("SUBSTANTIVE_TOPICS", 12);
        openLive("/procedures/" + procedureId, By.id("procedure-facts"));
        assertThat(browser.findElement(By.id("procedure-status")).getText()).isEqualTo("OPEN");
        assertThat(browser.findElement(By.id("time-left")).getText()).matches("\\d{1,2} s");

        // when the deadline passes, then
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(
                () -> assertThat(browser.findElement(By.id("procedure-status")).getText()).isEqualTo("APPROVED"));
        assertThat(browser.findElement(By.id("time-left")).getText()).isEqualTo("none (approved)");
        assertThat(browser.findElements(By.id("react-form"))).as("nothing left to react to").isEmpty();
        assertThat(script("return window.__marker")).as("the page was not reloaded").isEqualTo(1L);
        screenshot("live-procedure-approved-at-deadline");

        // and the meeting's procedures page follows the next one the same way
        String next = scenario.circulate("AGENDA", 12);
        openLive("/meetings/" + scenario.meetingId + "/procedures", By.id("procedure-list"));
        By status = By.cssSelector("article[data-procedure-id='" + next + "'] .status");
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(
                () -> assertThat(browser.findElement(status).getText()).isEqualToIgnoringCase("APPROVED"));
        assertThat(script("return window.__marker")).as("the page was not reloaded").isEqualTo(1L);
    }

    @Test
    void theMeetingPageFollowsItsStatusAndLifecycle() throws IOException {
        // given
        Scenario scenario = new Scenario(secretariat()).bureau("member-d").meeting();
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings/" + scenario.meetingId + "/agenda")
                .status() == 200);
        signIn("auditor");
        openLive("/meetings/" + scenario.meetingId, By.id("meeting-facts"));
        assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("SCHEDULED");

        // when
        scenario.topics().agenda();

        // then
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(
                () -> assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("AGENDA DRAFTED"));
        await().atMost(PATIENCE).ignoreExceptions()
                .untilAsserted(() -> assertThat(browser.findElement(By.id("meeting-agenda")).getText())
                        .contains("Organizational matters"));
        assertThat(script("return window.__marker")).as("the page was not reloaded").isEqualTo(1L);
        screenshot("live-meeting-status");
    }

    @Test
    void aChangeMadeAfterThePageWasServedButBeforeItsStreamsConnectedAppearsOnceTheyDo() throws IOException {
        // given a meeting page served while its streams are held back before they subscribe
        Scenario scenario = new Scenario(secretariat()).bureau("member-d").meeting();
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings/" + scenario.meetingId + "/agenda")
                .status() == 200);
        signIn("auditor");
        streamGate.hold();
        try {
            browser.get("http://localhost:" + port + "/meetings/" + scenario.meetingId);
            assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("SCHEDULED");
            markPage();
            await().atMost(PATIENCE).until(() -> streamGate.held() > 0);

            // when the meeting changes in between
            scenario.topics().agenda();
            await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings/" + scenario.meetingId).raw()
                    .contains("AGENDA_DRAFTED"));
            assertThat(browser.findElements(By.cssSelector("main[data-live-connected='true']"))).isEmpty();
            assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("SCHEDULED");
        } finally {
            streamGate.release();
        }

        // then, once the streams connect, the page shows it, though no change comes after
        awaitLive();
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(
                () -> assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("AGENDA DRAFTED"));
        assertThat(browser.findElement(By.id("meeting-agenda")).getText()).contains("Organizational matters");
        assertThat(script("return window.__marker")).as("the page was not reloaded").isEqualTo(1L);
        screenshot("live-meeting-change-before-connecting");
    }

    /** Holds the requests for the event streams while asked to: a page served meanwhile subscribes late. */
    static final class StreamGate extends OncePerRequestFilter {

        private volatile CountDownLatch open = new CountDownLatch(0);
        private final AtomicInteger held = new AtomicInteger();

        void hold() {
            open = new CountDownLatch(1);
        }

        void release() {
            open.countDown();
        }

        int held() {
            return held.get();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CountDownLatch gate = open;
            if (request.getRequestURI().endsWith("/stream") && gate.getCount() > 0) {
                held.incrementAndGet();
                try {
                    gate.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            chain.doFilter(request, response);
        }
    }

    @TestConfiguration
    static class HeldStreams {

        @Bean
        StreamGate streamGate() {
            return new StreamGate();
        }
    }

    @Autowired
    StreamGate streamGate;

    // --- helpers

    private void signIn(String username) {
        chromium.signIn(username);
    }

    /** Opens the inbox until the read model has the procedure (it may lag a moment behind the circulation). */
    private WebElement openInboxWith(String procedureId) {
        browser.get("http://localhost:" + port + "/inbox");
        By row = By.cssSelector("tr[data-procedure-id='" + procedureId + "']");
        await().atMost(PATIENCE).until(() -> {
            if (browser.findElements(row).isEmpty()) {
                browser.navigate().refresh();
                return false;
            }
            return true;
        });
        return browser.findElement(row);
    }

    /** Opens a page (again until the read model has what it shows), waits until it follows its streams, marks it. */
    private void openLive(String path, By shown) {
        browser.get("http://localhost:" + port + path);
        await().atMost(PATIENCE).until(() -> {
            if (browser.findElements(shown).isEmpty()) {
                browser.navigate().refresh();
                return false;
            }
            return true;
        });
        awaitLive();
        markPage();
    }

    private void awaitLive() {
        waitFor(By.cssSelector("main[data-live-connected='true']"));
    }

    private void markPage() {
        script("window.__marker = 1; return null;");
    }

    private String addresseeState(String memberId) {
        return browser.findElement(By.cssSelector("#addressees tr[data-member-id='" + memberId + "'] td:nth-child(2)"))
                .getText();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
