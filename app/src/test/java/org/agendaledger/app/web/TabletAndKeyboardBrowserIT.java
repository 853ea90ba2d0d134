package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.List;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pages on a tablet and from the keyboard, in headless Chromium: at a tablet's width (768 px) no page is wider
 * than the screen, every field has a label, and a person signs in and reaches the content with the keyboard alone.
 */
class TabletAndKeyboardBrowserIT extends BrowserTest {

    private static final String STORY = "/meetings/ctoc-cop-wg4-2020";

    /** The visible fields of the page that no label names (by for=, by enclosing it, or by aria-label(ledby)). */
    private static final String UNLABELLED = """
            return Array.from(document.querySelectorAll('input, select, textarea'))
                .filter(f => f.type !== 'hidden' && f.offsetParent !== null)
                .filter(f => !(f.id && document.querySelector('label[for="' + f.id + '"]'))
                          && !f.closest('label') && !f.getAttribute('aria-label')
                          && !f.getAttribute('aria-labelledby'))
                .map(f => (f.id || f.name) + ' on ' + location.pathname);
            """;
    private static final String TOO_WIDE = """
            return document.documentElement.scrollWidth > window.innerWidth + 1
                ? location.pathname + ' is ' + document.documentElement.scrollWidth + ' px wide' : null;
            """;

    @Test
    void onATabletEveryPageFitsTheScreenAndEveryFieldHasALabel() throws IOException {
        // given a meeting with an agenda and a procedure open to member-d, beside the story
        Scenario scenario = new Scenario(secretariat()).bureau("member-d", "member-e").meeting().topics().agenda();
        String procedureId = scenario.circulate("SUBSTANTIVE_TOPICS", 3600);
        String meeting = "/meetings/" + scenario.meetingId;
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/silence-procedures/" + procedureId)
                .status() == 200);
        chromium.browser.manage().window().setSize(new Dimension(768, 1024));

        // when each role opens its pages, then
        chromium.signIn("secretariat");
        checkPages(List.of("/meetings", "/meetings/new", STORY, meeting, meeting + "/agenda",
                meeting + "/organization", meeting + "/procedures", meeting + "/decisions", meeting + "/timeline",
                STORY + "/timeline?asOf=2020-04-30T12:00", "/audit/verify", "/procedures/" + procedureId,
                "/bureaus", "/bureaus/" + scenario.bureauId, "/bureaus/cop-untoc-extended-bureau"));
        chromium.open(meeting + "/agenda");
        chromium.screenshot("tablet-agenda-editor");
        chromium.open("/bureaus/cop-untoc-extended-bureau");
        chromium.screenshotPage("tablet-bureau");
        chromium.signIn("member-d");
        checkPages(List.of("/inbox", "/my-record", "/procedures/" + procedureId, meeting));
        chromium.open("/inbox");
        chromium.screenshot("tablet-member-inbox");
        chromium.signIn("auditor");
        checkPages(List.of(STORY + "/timeline", STORY + "/decisions", STORY + "/organization", "/bureaus",
                "/bureaus/cop-untoc-extended-bureau"));
    }

    @Test
    void aPersonSignsInAndReachesTheContentWithTheKeyboardAlone() throws IOException {
        // given the sign-in page
        chromium.open("/login");
        WebElement username = chromium.waitFor(By.id("username"));

        // when they type and tab through it, pressing Enter to sign in
        username.sendKeys("secretariat" + Keys.TAB);
        active().sendKeys(ApiClient.PASSWORD + Keys.ENTER);

        // then they are signed in, and the first Tab reaches the skip link, which leads to the content
        assertThat(chromium.text(By.id("signed-in-user"))).isEqualTo("secretariat");
        chromium.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Skip to content");
        active().sendKeys(Keys.ENTER);
        assertThat(chromium.browser.getCurrentUrl()).endsWith("#main");

        // and the schedule form is filled and sent from the keyboard: Tab moves field to field
        chromium.open("/meetings/new");
        chromium.waitFor(By.id("meetingId")).click();
        active().sendKeys("keyboard-meeting" + Keys.TAB);
        assertThat(active().getDomAttribute("id")).isEqualTo("bureauId");
        chromium.browser.findElement(By.id("schedule")).sendKeys(Keys.ENTER);
        assertThat(chromium.text(By.cssSelector(".message.error, .error"))).isNotBlank();
        assertThat(chromium.browser.findElement(By.id("meetingId")).getDomProperty("value"))
                .isEqualTo("keyboard-meeting");
        chromium.screenshot("keyboard-schedule-form-refused");
    }

    private void checkPages(List<String> paths) {
        for (String path : paths) {
            chromium.open(path);
            chromium.waitFor(By.id("main"));
            assertThat(script(TOO_WIDE)).as("width of " + path).isNull();
            assertThat((List<?>) script(UNLABELLED)).as("fields without a label on " + path).isEmpty();
        }
    }

    private WebElement active() {
        return chromium.browser.switchTo().activeElement();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) chromium.browser).executeScript(code);
    }
}
