package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A meeting's whole procedure in headless Chromium, by clicking and typing, in the three roles: the secretariat
 * schedules the meeting, proposes its topics, drafts the agenda and circulates the topics under silence; a Bureau
 * member breaks silence; the revised topics pass at their deadline; slots are assigned; the meeting adopts its
 * agenda and its report; the auditor goes back to a past instant and verifies the integrity of the ledger. Along
 * the way: a refused command shows its reason with the input kept, a member sees only their own controls, and the
 * auditor sees no command at all. Screenshots of each stage are saved under {@code app/target/screenshots/}.
 */
class WholeStoryBrowserIT extends BrowserTest {

    private static final String ZONE = "Europe/Vienna";
    private static final String BUREAU = "cop-untoc-extended-bureau";
    private static final Duration DEADLINE_PATIENCE = Duration.ofMinutes(3);

    @Override
    protected String browserZone() {
        return "America/Bogota";
    }

    @Test
    void aMeetingGoesFromSchedulingToItsReportInTheBrowser() throws IOException {
        chromium.onFailure("story-failure", this::wholeStory);
    }

    private void wholeStory() throws IOException {
        String meetingId = "wg-" + UUID.randomUUID().toString().substring(0, 8);

        // the secretariat schedules the meeting for the story's Bureau, established as the application started
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/bureaus/" + BUREAU).status() == 200);
        chromium.signIn("secretariat");
        chromium.click(By.id("nav-schedule"));
        chromium.waitFor(By.id("schedule-form"));
        chromium.type("meetingId", meetingId);
        chromium.select("bureauId", BUREAU);
        chromium.type("body", "Working Group on Trafficking in Persons");
        chromium.type("ordinal", "eleventh meeting");
        chromium.type("agendaSymbol", "CTOC/COP/WG.4/2031/1");
        chromium.type("venue", "Vienna International Centre");
        chromium.type("startDate", "2031-09-10");
        chromium.type("endDate", "2031-09-10");
        chromium.type("timeZone", ZONE);
        chromium.type("slot-0-id", "wed-am");
        chromium.type("slot-0-date", "2031-09-10");
        chromium.type("slot-0-start", "10:00");
        chromium.type("slot-0-end", "13:00");
        chromium.type("slot-1-id", "wed-pm");
        chromium.type("slot-1-date", "2031-09-10");
        chromium.type("slot-1-start", "15:00");
        chromium.type("slot-1-end", "18:00");
        chromium.click(By.id("schedule"));
        assertThat(chromium.text(By.id("meeting-status"))).isEqualTo("SCHEDULED");

        // ... proposes the substantive topics on the meeting page
        chromium.type("topics-input", "Non-punishment of victims of trafficking in persons\n"
                + "Successful strategies for addressing trafficking");
        chromium.click(By.id("propose-topics"));
        assertThat(chromium.text(By.id("topic-list"))).contains("Non-punishment of victims");
        assertThat(chromium.text(By.id("topics-state"))).contains("not yet approved");

        // ... drafts the agenda: three items, two sub-items
        chromium.click(By.id("agenda-link"));
        new Select(chromium.waitFor(By.id("propose-kind"))).selectByValue("ORGANIZATIONAL");
        chromium.type("propose-title", "Organizational matters");
        chromium.click(By.id("propose"));
        addItem("SUBSTANTIVE", "Non-punishment of victims of trafficking in persons");
        addItem("ADOPTION_OF_REPORT", "Adoption of the report");
        List<String> items = itemIds();
        assertThat(items).hasSize(3);
        addSubItem(items.get(0), "Opening of the meeting");
        addSubItem(items.get(0), "Adoption of the agenda and organization of work");
        assertThat(chromium.text(By.id("agenda-items"))).contains("(a) Opening of the meeting",
                "(b) Adoption of the agenda and organization of work", "Adoption of the report");

        chromium.screenshotPage("story-agenda-editor");

        // ... and circulates the topics to the extended Bureau under silence procedure
        chromium.open("/meetings/" + meetingId + "/procedures");
        new Select(chromium.waitFor(By.id("start-subject"))).selectByValue("SUBSTANTIVE_TOPICS");
        chromium.typeDateTime("start-deadline", viennaNow().plusDays(2).truncatedTo(ChronoUnit.MINUTES));
        chromium.type("start-text", "The substantive topics are circulated for approval.");
        chromium.click(By.cssSelector("#start-form button[type=submit]"));
        WebElement first = eventually(By.cssSelector("article.procedure[data-status='OPEN']"));
        String firstProcedure = first.getDomAttribute("data-procedure-id");
        chromium.screenshot("story-01-secretariat-procedures");

        // a Bureau member finds it in their inbox and breaks silence, after confirming
        chromium.signIn("vp-grulac");
        chromium.click(By.id("nav-inbox"));
        WebElement row = eventually(By.cssSelector("tr[data-procedure-id='" + firstProcedure + "']"));
        assertThat(row.getText()).contains("Working Group on Trafficking in Persons, eleventh meeting",
                "SUBSTANTIVE TOPICS", ZONE, "SILENT");
        assertThat(row.findElements(By.cssSelector("a[href$='/meetings/" + meetingId + "']"))).hasSize(1);
        chromium.screenshotPage("member-inbox");
        row.findElement(By.cssSelector("a.procedure-link")).click();
        chromium.click(By.cssSelector("input[name=kind][value=OBJECTION]"));
        chromium.type("react-text", "The second topic should name the protection of witnesses.");
        chromium.click(By.cssSelector("#react-form button[type=submit]"));
        assertThat(chromium.text(By.id("confirm-title"))).isEqualTo("You are about to break silence");
        chromium.click(By.id("confirm"));
        eventually(By.id("procedure-status"), "BROKEN");
        assertThat(chromium.text(By.id("addressees"))).contains("Vice-President (GRULAC) OBJECTED");
        chromium.screenshot("story-03-member-broke-silence");

        // the secretariat revises the topics and re-circulates them with a deadline a minute or two away
        chromium.signIn("secretariat");
        chromium.open("/meetings/" + meetingId);
        chromium.type("topics-input", "Non-punishment of victims of trafficking in persons\n"
                + "Successful strategies for addressing trafficking and protecting witnesses");
        chromium.click(By.id("propose-topics"));
        assertThat(chromium.text(By.id("topic-list"))).contains("protecting witnesses");
        chromium.open("/meetings/" + meetingId + "/procedures");
        LocalDateTime deadline = viennaNow().plusSeconds(45).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        chromium.typeDateTime("recirculate-deadline-" + firstProcedure, deadline);
        chromium.type("recirculate-text-" + firstProcedure, "Revised to name the protection of witnesses.");
        chromium.click(By.cssSelector("article[data-procedure-id='" + firstProcedure + "'] .recirculate-form button"));
        WebElement revised = eventually(By.cssSelector("article.procedure[data-status='OPEN']"));
        String revisedProcedure = revised.getDomAttribute("data-procedure-id");
        LocalDateTime revisedAndOpen = viennaNow().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        assertThat(revisedProcedure).isNotEqualTo(firstProcedure);

        // issuing the agenda before the Bureau has approved the topics is refused, next to the form, input kept
        chromium.open("/meetings/" + meetingId);
        chromium.type("issue-symbol", "CTOC/COP/WG.4/2031/1");
        chromium.type("issue-date", "2031-07-01");
        chromium.click(By.id("issue"));
        assertThat(chromium.text(By.id("refusal"))).contains("TOPICS_NOT_APPROVED");
        assertThat(chromium.waitFor(By.id("issue-date")).getDomProperty("value")).isEqualTo("2031-07-01");
        assertThat(chromium.text(By.id("meeting-status"))).isEqualTo("AGENDA DRAFTED");
        chromium.screenshot("story-04-refused-command");

        // another addressee sees only their own reaction form; a member outside the Bureau sees none
        chromium.signIn("vp-weog");
        chromium.open("/procedures/" + revisedProcedure);
        chromium.waitFor(By.id("react-form"));
        // what changed since the version the objection stopped is marked
        assertThat(chromium.text(By.id("previous-procedure"))).isEqualTo(firstProcedure);
        assertThat(chromium.browser.findElements(By.cssSelector("#changed-text ins")).stream()
                .map(WebElement::getText).toList()).anySatisfy(added -> assertThat(added).contains("witnesses"));
        chromium.screenshot("story-04b-member-sees-the-changes");
        assertThat(chromium.browser.findElements(By.cssSelector("#react-form [name=memberId]"))).isEmpty();
        assertThat(chromium.browser.findElements(By.cssSelector(".letter-form, .extend-form, .withdraw-form")))
                .isEmpty();
        assertThat(postForms()).as("the reaction form and sign-out").hasSize(2);
        chromium.signIn("member-a");
        chromium.open("/procedures/" + revisedProcedure);
        chromium.waitFor(By.id("procedure-status"));
        assertThat(chromium.browser.findElements(By.id("react-form"))).isEmpty();
        assertThat(postForms()).as("only sign-out").hasSize(1);

        // the revised topics pass at their deadline: nobody broke silence
        chromium.signIn("secretariat");
        chromium.open("/procedures/" + revisedProcedure);
        await().atMost(DEADLINE_PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> {
            chromium.browser.navigate().refresh();
            return chromium.text(By.id("procedure-status")).equals("APPROVED");
        });
        chromium.open("/meetings/" + meetingId);
        eventually(By.id("topics-state"), "Approved by the Bureau.");

        // slots are assigned: the substantive item runs over both meetings, "(continued)" in the afternoon
        chromium.click(By.id("organization-link"));
        assign("wed-am", items.get(0));
        assign("wed-am", items.get(1));
        assign("wed-pm", items.get(1));
        assign("wed-pm", items.get(2));
        assertThat(chromium.text(By.id("slot-wed-pm"))).contains("2. Non-punishment of victims of trafficking in "
                + "persons (continued)", "3. Adoption of the report");

        chromium.open("/meetings/" + meetingId);
        chromium.waitFor(By.id("issue-form"));
        // the topics approved and the agenda drafted, issuing it is next; the plan, never confirmed, is pending
        assertThat(chromium.text(By.cssSelector("#lifecycle li.next"))).contains("Annotated provisional agenda issued");
        assertThat(chromium.text(By.cssSelector("#lifecycle li.pending"))).contains("Meeting plan confirmed");
        chromium.screenshotPage("secretariat-meeting-page");

        // the agenda is issued, the meeting opens, adopts its agenda (orally amended) and then its report
        chromium.open("/meetings/" + meetingId);
        chromium.type("issue-symbol", "CTOC/COP/WG.4/2031/1");
        chromium.type("issue-date", "2031-07-01");
        chromium.click(By.id("issue"));
        eventually(By.id("meeting-status"), "AGENDA ISSUED");
        chromium.click(By.id("open"));
        eventually(By.id("meeting-status"), "OPEN");
        chromium.type("amendments", "Item 2 to be taken up before item 1 (b).");
        chromium.click(By.id("adopt-agenda"));
        eventually(By.id("meeting-status"), "AGENDA ADOPTED");
        chromium.type("report-symbol", "CTOC/COP/WG.4/2031/2");
        chromium.click(By.id("adopt-report"));
        eventually(By.id("meeting-status"), "CLOSED");
        assertThat(chromium.browser.findElements(By.cssSelector("#lifecycle li.done")).stream()
                .map(WebElement::getText).toList()).anyMatch(step -> step.contains("Substantive topics approved"))
                .anyMatch(step -> step.contains("Agenda adopted by the meeting"))
                .anyMatch(step -> step.contains("Report adopted, meeting closed"));
        assertThat(chromium.text(By.cssSelector("#lifecycle li.not-done"))).containsIgnoringCase("not done")
                .contains("Meeting plan confirmed");
        assertThat(chromium.browser.findElements(By.cssSelector("#lifecycle li.next"))).isEmpty();
        chromium.screenshot("story-05-secretariat-meeting-closed");
        chromium.click(By.id("decisions-link"));
        assertThat(chromium.text(By.id("decisions"))).contains("CTOC/COP/WG.4/2031/2");
        assertThat(chromium.browser.findElements(By.cssSelector("#decisions tr[data-kind]")).stream()
                .map(tr -> tr.getDomAttribute("data-kind")).toList())
                .contains("SILENCE_BROKEN", "TOPICS_APPROVED", "PROVISIONAL_AGENDA_ISSUED", "AGENDA_ADOPTED",
                        "REPORT_ADOPTED");

        // the auditor sees no command, goes back to a moment while the revised topics were under silence, and verifies integrity
        chromium.signIn("auditor");
        for (String page : List.of("", "/agenda", "/organization", "/procedures", "/decisions", "/timeline")) {
            chromium.open("/meetings/" + meetingId + page);
            chromium.waitFor(By.id("main"));
            assertThat(postForms()).as("forms that post on " + page).hasSize(1);
        }
        chromium.open("/meetings/" + meetingId + "/timeline");
        assertThat(chromium.text(By.id("timeline"))).contains("SilenceBroken", "vp-grulac", "ReportAdopted");
        chromium.screenshot("story-06-auditor-timeline");
        assertThat(revisedAndOpen).isBefore(deadline);
        chromium.typeDateTime("as-of-input", revisedAndOpen);
        chromium.click(By.cssSelector("#as-of-form button[type=submit]"));
        assertThat(chromium.text(By.id("as-of-topics"))).isEqualTo("no");
        assertThat(chromium.text(By.id("as-of-status"))).isEqualTo("AGENDA_DRAFTED");
        assertThat(chromium.text(By.cssSelector("#as-of-procedures tr[data-procedure-id='" + revisedProcedure
                + "'] .as-of-procedure-status"))).isEqualTo("OPEN");
        assertThat(chromium.browser.findElements(By.cssSelector("#as-of-decisions li[data-kind]")).stream()
                .map(li -> li.getDomAttribute("data-kind")).toList())
                .contains("SILENCE_BROKEN").doesNotContain("TOPICS_APPROVED");
        chromium.screenshot("story-07-auditor-as-of");
        chromium.screenshotPage("auditor-timeline");
        chromium.typeDateTime("as-of-input", deadline.plusMinutes(1));
        chromium.click(By.cssSelector("#as-of-form button[type=submit]"));
        assertThat(chromium.text(By.id("as-of-topics"))).isEqualTo("yes");
        chromium.click(By.id("verify-link"));
        assertThat(chromium.text(By.id("verify-status"))).isEqualTo("OK");
        chromium.screenshot("story-08-auditor-verify");
    }

    private static LocalDateTime viennaNow() {
        return LocalDateTime.now(ZoneId.of(ZONE));
    }

    private void addItem(String kind, String title) {
        new Select(chromium.waitFor(By.id("add-kind"))).selectByValue(kind);
        chromium.type("add-title", title);
        chromium.click(By.id("add-item"));
        eventually(By.id("agenda-items"), title);
    }

    private void addSubItem(String itemId, String title) {
        chromium.type("sub-title-" + itemId, title);
        chromium.click(By.cssSelector("#item-" + itemId + " form[action$='/sub-items'] button[type=submit]"));
        eventually(By.id("agenda-items"), title);
    }

    private List<String> itemIds() {
        return chromium.browser.findElements(By.cssSelector("#agenda-items > li[data-item-id]")).stream()
                .map(li -> li.getDomAttribute("data-item-id")).toList();
    }

    private void assign(String slotId, String itemId) {
        new Select(chromium.waitFor(By.id("assign-" + slotId))).selectByValue(itemId);
        chromium.click(By.cssSelector("#slot-" + slotId + " button.assign"));
        chromium.waitFor(By.id("slot-" + slotId));
    }

    private List<WebElement> postForms() {
        return chromium.browser.findElements(By.cssSelector("form[method=post], form[method=POST]"));
    }

    /** An element that may need a reload or two before the read model shows it. */
    private WebElement eventually(By locator) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (chromium.browser.findElements(locator).isEmpty()) {
                chromium.browser.navigate().refresh();
                return false;
            }
            return true;
        });
        return chromium.browser.findElement(locator);
    }

    /** An element whose text contains the given text, reloading while the read model catches up. */
    private void eventually(By locator, String text) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<WebElement> found = chromium.browser.findElements(locator);
            if (found.isEmpty() || !found.get(0).getText().contains(text)) {
                chromium.browser.navigate().refresh();
                return false;
            }
            return true;
        });
    }
}
