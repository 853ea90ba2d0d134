package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.UUID;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The web pages in a real browser: headless Chromium from the system's packages, driven by Selenium. Skipped when
 * {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is not installed. Each test leaves a screenshot under
 * {@code app/target/screenshots/}.
 */
class WebBrowserIT extends BrowserTest {

    private static final String STORY_BUREAU = "cop-untoc-extended-bureau";

    private WebDriver browser;

    @BeforeEach
    void useBrowser() {
        browser = chromium.browser;
    }

    @Test
    void theSecretariatSchedulesAMeetingByTypingIntoTheForm() throws IOException {
        // the story's Bureau, established as the application started, is readable
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/bureaus/" + STORY_BUREAU).status() == 200);
        signIn("secretariat");
        assertThat(browser.findElement(By.id("signed-in-role")).getText()).isEqualTo("Secretariat");
        browser.findElement(By.id("nav-schedule")).click();
        waitFor(By.id("schedule-form"));

        String meetingId = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        type("meetingId", meetingId);
        chromium.select("bureauId", STORY_BUREAU);
        type("body", "Working Group on Trafficking in Persons");
        type("ordinal", "twelfth meeting");
        type("agendaSymbol", "CTOC/COP/WG.4/2032/1");
        type("venue", "Vienna International Centre");
        type("startDate", "2032-09-09");
        type("endDate", "2032-09-10");
        type("timeZone", "Europe/Vienna");
        type("slot-0-id", "thu-am");
        type("slot-0-date", "2032-09-09");
        type("slot-0-start", "10:00");
        type("slot-0-end", "13:00");
        type("slot-1-date", "2032-09-09");
        type("slot-1-start", "15:00");
        type("slot-1-end", "18:00");
        browser.findElement(By.id("schedule")).click();

        waitFor(By.id("meeting-facts"));
        assertThat(browser.getCurrentUrl()).endsWith("/meetings/" + meetingId);
        assertThat(browser.findElement(By.id("meeting-venue")).getText()).isEqualTo("Vienna International Centre");
        assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("SCHEDULED");
        assertThat(browser.findElement(By.id("meeting-bureau")).getText())
                .startsWith("Extended Bureau of the Conference of the Parties");
        assertThat(browser.findElement(By.id("meeting-bureau")).getDomAttribute("href"))
                .isEqualTo("/bureaus/" + STORY_BUREAU);

        browser.findElement(By.id("nav-meetings")).click();
        WebElement row = waitFor(By.cssSelector("tr[data-meeting-id='" + meetingId + "']"));
        assertThat(row.getText()).contains("twelfth meeting", "Vienna International Centre");
        screenshot("secretariat-schedules-a-meeting");
    }

    @Test
    void aBureauMemberSignsInAndSeesTheirInbox() throws IOException {
        Scenario scenario = new Scenario(secretariat()).bureau("member-d", "member-e").meeting().topics();
        String procedureId = scenario.circulate("SUBSTANTIVE_TOPICS", 5 * 24 * 3600);

        signIn("member-d");
        assertThat(browser.findElement(By.id("signed-in-role")).getText()).contains("Bureau member");
        assertThat(browser.findElements(By.id("nav-schedule"))).isEmpty();
        browser.findElement(By.id("nav-inbox")).click();
        By row = By.cssSelector("tr[data-procedure-id='" + procedureId + "']");
        await().atMost(PATIENCE).until(() -> {
            if (browser.findElements(row).isEmpty()) {
                browser.navigate().refresh();
                return false;
            }
            return true;
        });
        // the meeting by its name, linked to its page
        assertThat(browser.findElement(row).findElements(By.cssSelector(
                "a[href$='/meetings/" + scenario.meetingId + "']"))).hasSize(1);
        assertThat(browser.findElement(row).getText()).contains(
                "Working Group on Trafficking in Persons, eleventh meeting", "SUBSTANTIVE TOPICS",
                "Europe/Vienna", "SILENT");
        screenshot("bureau-member-inbox");

        // a page of another role: the error page, in the layout, with the member still signed in
        browser.get("http://localhost:" + port + "/meetings/new");
        assertThat(waitFor(By.id("error-explanation")).getText()).contains("Your role does not allow");
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("member-d");
        // the agenda document opens from the signed-in session
        browser.get("http://localhost:" + port + "/api/meetings/" + scenario.meetingId
                + "/agenda/document?format=html");
        assertThat(browser.getPageSource()).contains("Working Group on Trafficking in Persons");
        browser.get("http://localhost:" + port + "/meetings");

        browser.findElement(By.id("logout")).click();
        assertThat(waitFor(By.id("logged-out")).getText()).contains("signed out");
    }

    private void signIn(String username) {
        chromium.signIn(username);
    }

    private void type(String id, String text) {
        chromium.type(id, text);
    }

    private WebElement waitFor(By locator) {
        return chromium.waitFor(locator);
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
