package org.agendaledger.app.web;

import static org.agendaledger.app.Scenario.expect;
import static org.agendaledger.app.web.WebUsers.form;
import static org.agendaledger.app.web.WebUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The secretariat's agenda pages through MockMvc on the whole application: the agenda editor, the organization of
 * work, the lifecycle actions on the meeting page, the decision trail; refused commands shown with the input kept;
 * the other roles reading without forms and refused when they post.
 */
@AutoConfigureMockMvc
class AgendaPagesIT extends LedgerIntegrationTest {

    private static final Pattern ITEM_ID = Pattern.compile("data-item-id=\"([^\"]+)\"");
    private static final Pattern SUB_ID = Pattern.compile("id=\"subitem-([^\"]+)\"");
    private static final String STORY = "ctoc-cop-wg4-2020";

    @Autowired
    MockMvc mvc;

    private String page(String path, String username) throws Exception {
        return WebUsers.page(mvc, path, username);
    }

    /** A secretariat form post that is accepted and leads back to the page. */
    private void done(String meetingId, String page, String path, String... params) throws Exception {
        mvc.perform(form("/meetings/" + meetingId + path, params).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/meetings/" + meetingId + page));
    }

    /** A secretariat form post that is refused: the page again, with the given status. */
    private String refused(String meetingId, String path, int status, String... params) throws Exception {
        return mvc.perform(form("/meetings/" + meetingId + path, params).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static List<String> ids(Pattern pattern, String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private String agenda(String meetingId) throws Exception {
        return page("/meetings/" + meetingId + "/agenda", "secretariat");
    }

    @Test
    void theSecretariatBuildsTheAgendaItemByItem() throws Exception {
        String id = scheduledThroughApi();
        assertThat(agenda(id)).contains("id=\"no-agenda\"", "id=\"propose-form\"", "name=\"_csrf\"");

        done(id, "/agenda", "/agenda/propose", "kind", "ORGANIZATIONAL", "title", "Opening of the meeting");
        assertThat(agenda(id)).contains("1. Opening of the meeting", "(ORGANIZATIONAL)", "id=\"add-item-form\"")
                .doesNotContain("id=\"propose-form\"");
        done(id, "/agenda", "/agenda/items", "kind", "SUBSTANTIVE", "title", "Trafficking in persons");
        done(id, "/agenda", "/agenda/items", "kind", "ORGANIZATIONAL", "title", "Adoption of the agenda",
                "position", "2");
        String page = agenda(id);
        assertThat(page).contains("1. Opening of the meeting", "2. Adoption of the agenda",
                "3. Trafficking in persons");
        List<String> items = ids(ITEM_ID, page);
        assertThat(items).hasSize(3);
        String opening = items.get(0);
        String adoption = items.get(1);
        String trafficking = items.get(2);

        done(id, "/agenda", "/agenda/items/" + trafficking + "/revise", "kind", "OTHER_MATTERS",
                "title", "Trafficking in women and children");
        assertThat(agenda(id)).contains("3. Trafficking in women and children", "(OTHER MATTERS)")
                .doesNotContain("3. Trafficking in persons");

        done(id, "/agenda", "/agenda/items/" + trafficking + "/move", "direction", "up");
        assertThat(ids(ITEM_ID, agenda(id))).containsExactly(opening, trafficking, adoption);
        done(id, "/agenda", "/agenda/items/" + opening + "/move", "direction", "down");
        assertThat(ids(ITEM_ID, agenda(id))).containsExactly(trafficking, opening, adoption);
        assertThat(agenda(id)).contains("1. Trafficking in women and children", "2. Opening of the meeting");

        done(id, "/agenda", "/agenda/items/" + trafficking + "/sub-items", "title", "Good practices");
        done(id, "/agenda", "/agenda/items/" + trafficking + "/sub-items", "title", "Prevention", "position", "1");
        page = agenda(id);
        assertThat(page).contains("(a) Prevention", "(b) Good practices");
        List<String> subs = ids(SUB_ID, page);
        assertThat(subs).hasSize(2);
        done(id, "/agenda", "/agenda/items/" + trafficking + "/sub-items/" + subs.get(1) + "/revise",
                "title", "Good practices in protection");
        assertThat(agenda(id)).contains("(b) Good practices in protection");
        done(id, "/agenda", "/agenda/items/" + trafficking + "/sub-items/" + subs.get(0) + "/remove");
        assertThat(agenda(id)).contains("(a) Good practices in protection").doesNotContain("Prevention");

        done(id, "/agenda", "/agenda/items/" + trafficking + "/annotation",
                "text", "The Working Group will consider trafficking.\r\n\r\nIt will have before it a paper.");
        done(id, "/agenda", "/agenda/items/" + trafficking + "/annotation", "subItemId", subs.get(1),
                "text", "Protection of victims.");
        assertThat(agenda(id)).contains("<p class=\"annotation\">The Working Group will consider trafficking.</p>",
                "<p class=\"annotation\">It will have before it a paper.</p>",
                "<p class=\"annotation\">Protection of victims.</p>");

        done(id, "/agenda", "/agenda/items/" + trafficking + "/documentation",
                "symbol", "CTOC/COP/WG.4/2031/2", "title", "Background paper");
        assertThat(agenda(id)).contains("CTOC/COP/WG.4/2031/2 — Background paper");
        done(id, "/agenda", "/agenda/items/" + trafficking + "/documentation/remove",
                "symbol", "CTOC/COP/WG.4/2031/2");
        assertThat(agenda(id)).doesNotContain("Background paper");

        done(id, "/agenda", "/agenda/items/" + adoption + "/remove");
        assertThat(agenda(id)).doesNotContain("Adoption of the agenda");
        assertThat(ids(ITEM_ID, agenda(id))).containsExactly(trafficking, opening);
        // the meeting page links to the pages and offers the next lifecycle step
        assertThat(page("/meetings/" + id, "secretariat")).contains("id=\"agenda-link\"",
                "id=\"organization-link\"", "id=\"decisions-link\"", "id=\"issue-form\"")
                .doesNotContain("id=\"open-form\"", "id=\"adopt-agenda-form\"", "id=\"adopt-report-form\"");
    }

    @Test
    void theSecretariatMovesSubItemsUpAndDownAndARefusedMoveShowsItsReasonNextToTheForm() throws Exception {
        // given: an item with the sub-items (a) Opening of the meeting, (b) Adoption of the agenda, (c) Election
        Scenario scenario = new Scenario(secretariat()).bureau("member-a").meeting().agenda();
        String id = scenario.meetingId;
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(agenda(id))
                .contains("(b) Adoption of the agenda"));
        done(id, "/agenda", "/agenda/items/i1/sub-items", "title", "Election of officers");
        String page = agenda(id);
        String election = ids(SUB_ID, page).get(2);
        assertThat(page).contains("aria-label=\"Move sub-item a down\"", "aria-label=\"Move sub-item b up\"",
                "aria-label=\"Move sub-item b down\"", "aria-label=\"Move sub-item c up\"")
                .doesNotContain("aria-label=\"Move sub-item a up\"", "aria-label=\"Move sub-item c down\"");

        // when: (b) moves up, then the opening down
        moveSub(id, "i1b", "up").andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/meetings/" + id + "/agenda#subitem-i1b"));
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(subItemsOf(id, "i1"))
                .containsExactly("i1b", "i1a", election));
        moveSub(id, "i1a", "down").andExpect(status().is3xxRedirection());

        // then: the read model and the page have the new order
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(subItemsOf(id, "i1"))
                .containsExactly("i1b", election, "i1a"));
        assertThat(agenda(id)).contains("(a) Adoption of the agenda", "(b) Election of officers",
                "(c) Opening of the meeting");
        assertThat(ids(SUB_ID, agenda(id))).containsExactly("i1b", election, "i1a");

        // and: the last sub-item cannot move down; under silence no sub-item moves; nothing is recorded
        long before = eventCount();
        page = moveSub(id, "i1a", "down").andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"refusal\"", "This sub-item cannot move further in that direction.");
        assertThat(eventCount()).isEqualTo(before);
        scenario.circulate("AGENDA", 3 * 24 * 3600);
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(
                secretariat().get("/api/meetings/" + id + "/agenda").json().get("underSilenceProcedure").isNull())
                .isFalse());
        long circulated = eventCount();
        page = moveSub(id, election, "up").andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"refusal\"", "AGENDA_UNDER_SILENCE");
        assertThat(page).as("the reason inside the form of the move refused").containsPattern("(?s)/sub-items/"
                + Pattern.quote(election) + "/move\"[^>]*>(?:(?!</form>).)*<p class=\"error refusal-near\" "
                + "role=\"alert\">This agenda version is under silence(?:(?!</form>).)*value=\"up\"");
        assertThat(page.split("refusal-near", -1).length - 1).isEqualTo(1);
        assertThat(eventCount()).isEqualTo(circulated);
        assertThat(subItemsOf(id, "i1")).containsExactly("i1b", election, "i1a");
    }

    private org.springframework.test.web.servlet.ResultActions moveSub(String meetingId, String subItemId,
                                                                       String direction)
            throws Exception {
        return mvc.perform(form("/meetings/" + meetingId + "/agenda/items/i1/sub-items/" + subItemId + "/move",
                "direction", direction).with(signedIn("secretariat")).with(csrf()));
    }

    /** The sub-items of an item in the agenda read model, through the API. */
    private List<String> subItemsOf(String meetingId, String itemId) {
        List<String> ids = new ArrayList<>();
        secretariat().get("/api/meetings/" + meetingId + "/agenda").json().get("items").forEach(item -> {
            if (item.get("itemId").asString().equals(itemId)) {
                item.get("subItems").forEach(sub -> ids.add(sub.get("subItemId").asString()));
            }
        });
        return ids;
    }

    @Test
    void theSecretariatAssignsAndUnassignsSlotsAndRefusalsKeepTheInput() throws Exception {
        String id = scheduledThroughApi();
        done(id, "/agenda", "/agenda/propose", "kind", "ORGANIZATIONAL", "title", "Opening of the meeting");
        done(id, "/agenda", "/agenda/items", "kind", "SUBSTANTIVE", "title", "Smuggling of migrants");
        List<String> items = ids(ITEM_ID, agenda(id));
        String smuggling = items.get(1);
        done(id, "/agenda", "/agenda/items/" + smuggling + "/sub-items", "title", "Maritime routes");
        String sub = ids(SUB_ID, agenda(id)).get(0);

        String organization = page("/meetings/" + id + "/organization", "secretariat");
        assertThat(organization).contains("id=\"slot-s1\"", "id=\"slot-s2\"", "10:00–13:00", "id=\"assign-s1\"",
                "value=\"" + smuggling + "/" + sub + "\"").doesNotContain("class=\"assignment\"");
        done(id, "/organization", "/organization/assign", "slotId", "s1", "target", items.get(0));
        done(id, "/organization", "/organization/assign", "slotId", "s1", "target", smuggling);
        done(id, "/organization", "/organization/assign", "slotId", "s2", "target", smuggling);
        done(id, "/organization", "/organization/assign", "slotId", "s2", "target", smuggling + "/" + sub);
        organization = page("/meetings/" + id + "/organization", "secretariat");
        assertThat(organization).contains("<span>1. Opening of the meeting</span>",
                "<span>2. Smuggling of migrants</span>", "<span>2. Smuggling of migrants (continued)</span>",
                "<span>2 (a). Maritime routes</span>", "class=\"unassign\"");

        // refused: the item has slot assignments; the page says why
        String page = refused(id, "/agenda/items/" + smuggling + "/remove", 409);
        assertThat(page).contains("id=\"refusal\"", "ITEM_HAS_ASSIGNMENTS", "2. Smuggling of migrants");
        assertThat(page.split("refusal-near", -1).length - 1).isEqualTo(1);
        // refused: an item already in the slot; the choice stays selected
        page = refused(id, "/organization/assign", 409, "slotId", "s1", "target", smuggling);
        assertThat(page).contains("id=\"refusal\"", "ALREADY_IN_SLOT");
        assertThat(page).containsPattern("value=\"" + Pattern.quote(smuggling) + "\"\\s+selected");
        // refused: a position outside the list; the title typed is kept
        long before = eventCount();
        page = refused(id, "/agenda/items", 409, "kind", "SUBSTANTIVE", "title", "Kept title", "position", "99");
        assertThat(page).contains("id=\"refusal\"", "INVALID_POSITION", "value=\"Kept title\"", "value=\"99\"");
        assertThat(page)
                .containsPattern("<h2>Add an item</h2>\\s*<p class=\"error refusal-near\" role=\"alert\">Position");
        // invalid input: no kind chosen; nothing sent, the title kept
        page = refused(id, "/agenda/items", 400, "title", "Another kept title");
        assertThat(page).contains("Choose the kind of the item.", "value=\"Another kept title\"");
        assertThat(eventCount()).isEqualTo(before);

        done(id, "/organization", "/organization/unassign", "slotId", "s1", "itemId", smuggling, "subItemId", "");
        done(id, "/organization", "/organization/unassign", "slotId", "s2", "itemId", smuggling, "subItemId", "");
        done(id, "/organization", "/organization/unassign", "slotId", "s2", "itemId", smuggling,
                "subItemId", sub);
        organization = page("/meetings/" + id + "/organization", "secretariat");
        assertThat(organization).contains("<span>1. Opening of the meeting</span>")
                .doesNotContain("<span>2. Smuggling of migrants", "(continued)", "<span>2 (a). Maritime routes");
        done(id, "/agenda", "/agenda/items/" + smuggling + "/remove");
        assertThat(agenda(id)).doesNotContain("Smuggling of migrants");
    }

    @Test
    void aRefusedLifecycleStepShowsItsReasonWithTheInputKept() throws Exception {
        String id = scheduledThroughApi();
        assertThat(page("/meetings/" + id, "secretariat")).doesNotContain("id=\"issue-form\"");
        done(id, "/agenda", "/agenda/propose", "kind", "ORGANIZATIONAL", "title", "Opening of the meeting");
        assertThat(page("/meetings/" + id, "secretariat")).contains("id=\"issue-form\"");
        long before = eventCount();
        String page = refused(id, "/lifecycle/issue", 409, "symbol", "CTOC/COP/WG.4/2031/9",
                "dateOfIssue", "2031-07-01", "distribution", "General", "originalLanguage", "English");
        assertThat(page).contains("id=\"refusal\"", "TOPICS_NOT_APPROVED", "value=\"CTOC/COP/WG.4/2031/9\"",
                "value=\"2031-07-01\"", "id=\"lifecycle\"");
        page = refused(id, "/lifecycle/issue", 400, "symbol", "CTOC/COP/WG.4/2031/9", "dateOfIssue", "July");
        assertThat(page).contains("Write the date of issue as YYYY-MM-DD", "value=\"July\"");
        page = refused(id, "/lifecycle/open", 409);
        assertThat(page).contains("id=\"refusal\"");
        assertThat(eventCount()).isEqualTo(before);
        // the story's meeting is closed: no lifecycle step is offered
        storyIsLoaded();
        assertThat(page("/meetings/" + STORY, "secretariat")).contains("id=\"lifecycle-actions\"")
                .doesNotContain("id=\"issue-form\"", "id=\"open-form\"", "id=\"adopt-agenda-form\"",
                        "id=\"adopt-report-form\"");
    }

    @Test
    void theAuditorAndABureauMemberReadWithoutFormsAndMayNotPost() throws Exception {
        String id = scheduledThroughApi();
        done(id, "/agenda", "/agenda/propose", "kind", "ORGANIZATIONAL", "title", "Opening of the meeting");
        done(id, "/organization", "/organization/assign", "slotId", "s1", "target",
                ids(ITEM_ID, agenda(id)).get(0));
        String item = ids(ITEM_ID, agenda(id)).get(0);
        for (String who : List.of("auditor", "vp-grulac")) {
            String agenda = page("/meetings/" + id + "/agenda", who);
            assertThat(agenda).contains("1. Opening of the meeting");
            assertThat(forms(agenda)).as("only the sign-out form for " + who).isEqualTo(1);
            String organization = page("/meetings/" + id + "/organization", who);
            assertThat(organization).contains("id=\"slot-s1\"", "1. Opening of the meeting");
            assertThat(forms(organization)).isEqualTo(1);
            String decisions = page("/meetings/" + id + "/decisions", who);
            assertThat(decisions).contains("id=\"no-decisions\"");
            assertThat(forms(decisions)).isEqualTo(1);
            String meeting = page("/meetings/" + id, who);
            assertThat(meeting).contains("id=\"agenda-link\"", "id=\"decisions-link\"")
                    .doesNotContain("id=\"lifecycle-actions\"");
            assertThat(forms(meeting)).isEqualTo(1);

            long before = eventCount();
            for (String[] post : List.of(
                    new String[]{"/agenda/items", "kind", "SUBSTANTIVE", "title", "By " + who},
                    new String[]{"/agenda/items/" + item + "/revise", "kind", "SUBSTANTIVE", "title", "By " + who},
                    new String[]{"/agenda/items/" + item + "/remove"},
                    new String[]{"/organization/unassign", "slotId", "s1", "itemId", item},
                    new String[]{"/lifecycle/open"})) {
                String[] params = java.util.Arrays.copyOfRange(post, 1, post.length);
                mvc.perform(form("/meetings/" + id + post[0], params).with(signedIn(who)).with(csrf()))
                        .andExpect(status().isForbidden());
            }
            assertThat(eventCount()).isEqualTo(before);
        }
        assertThat(agenda(id)).contains("1. Opening of the meeting").doesNotContain("By auditor", "By vp-grulac");
    }

    @Test
    void thePageAfterAnActionShowsItAndEverythingStoredBeforeItWithoutWaiting() throws Exception {
        String id = scheduledThroughApi();
        done(id, "/agenda", "/agenda/propose", "kind", "ORGANIZATIONAL", "title", "Opening of the meeting");
        for (int round = 1; round <= 5; round++) {
            // items added through the API a moment before, which the read models may still be handling
            for (int i = 1; i <= 3; i++) {
                expect(secretariat().post("/api/meetings/" + id + "/agenda/items",
                        map("kind", "SUBSTANTIVE", "title", "From the API " + round + "." + i)), 201);
            }
            done(id, "/agenda", "/agenda/items", "kind", "SUBSTANTIVE", "title", "From the page " + round);
            // read at once, not awaited
            String page = agenda(id);
            assertThat(page).contains("From the API " + round + ".3", "From the page " + round);
            assertThat(ids(ITEM_ID, page)).hasSize(1 + 4 * round);
        }
    }

    @Test
    void theDecisionTrailListsTheStorysDecisions() throws Exception {
        storyIsLoaded();
        String page = page("/meetings/" + STORY + "/decisions", "auditor");
        assertThat(page).contains("id=\"decisions\"", "The Bureau confirmed version",
                "The secretariat issued the annotated provisional agenda", "CTOC/COP/WG.4/2020/1",
                "The meeting adopted its agenda", "ISSUED BY THE SECRETARIAT", "ADOPTED BY THE MEETING",
                "APPROVED", "AGENDA v");
        assertThat(page.split("class=\"decision\"", -1).length - 1).isGreaterThanOrEqualTo(5);
        assertThat(forms(page)).isEqualTo(1);
        mvc.perform(get("/meetings/no-such-meeting/decisions").with(signedIn("auditor")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSecretariatTakesTheMeetingThroughItsLifecycleFromTheMeetingPage() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        String id = s.meetingId;
        s.circulate("SUBSTANTIVE_TOPICS", Scenario.SOON);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> page("/meetings/" + id + "/decisions", "auditor")
                .contains("data-kind=\"TOPICS_APPROVED\""));
        s.agenda();
        await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> page("/meetings/" + id, "secretariat").contains("id=\"issue-form\""));

        done(id, "", "/lifecycle/issue", "symbol", "CTOC/COP/WG.4/2031/7", "dateOfIssue", "2031-06-04",
                "distribution", "General", "originalLanguage", "French");
        // the issue records what the form said, nothing assumed
        await().atMost(PATIENCE).until(() -> expect(as("auditor").get("/api/meetings/" + id + "/agenda"), 200)
                .json().path("issued").path("originalLanguage").asString("").equals("French"));
        String meeting = page("/meetings/" + id, "secretariat");
        assertThat(meeting).contains("id=\"open-form\"", "AGENDA ISSUED")
                .doesNotContain("id=\"issue-form\"", "id=\"adopt-agenda-form\"", "id=\"adopt-report-form\"");
        // the issued agenda is no longer editable: refused, the title typed kept
        String page = refused(id, "/agenda/items/i2/revise", 409, "kind", "SUBSTANTIVE", "title", "Late title");
        assertThat(page).contains("id=\"refusal\"", "AGENDA_ISSUED", "value=\"Late title\"");

        done(id, "", "/lifecycle/open");
        assertThat(page("/meetings/" + id, "secretariat")).contains("id=\"adopt-agenda-form\"")
                .doesNotContain("id=\"open-form\"");
        done(id, "", "/lifecycle/adopt-agenda", "amendments",
                "Item 3 to be taken up before item 2.\r\n\r\nA second amendment.");
        assertThat(page("/meetings/" + id, "secretariat")).contains("id=\"adopt-report-form\"")
                .doesNotContain("id=\"adopt-agenda-form\"");
        done(id, "", "/lifecycle/adopt-report", "reportSymbol", "CTOC/COP/WG.4/2031/4");
        assertThat(page("/meetings/" + id, "secretariat")).contains("CLOSED")
                .doesNotContain("id=\"adopt-report-form\"", "id=\"issue-form\"", "id=\"open-form\"");

        await().atMost(PATIENCE).ignoreExceptions().until(() -> page("/meetings/" + id + "/decisions", "vp-grulac")
                .contains("data-kind=\"REPORT_ADOPTED\""));
        String trail = page("/meetings/" + id + "/decisions", "vp-grulac");
        assertThat(trail).contains("data-kind=\"PROVISIONAL_AGENDA_ISSUED\"", "CTOC/COP/WG.4/2031/7",
                "data-kind=\"AGENDA_ADOPTED\"", "<li>Item 3 to be taken up before item 2.</li>",
                "<li>A second amendment.</li>", "CTOC/COP/WG.4/2031/4", ">secretariat<");
    }

    private static int forms(String page) {
        return page.split("<form", -1).length - 1;
    }

    private void storyIsLoaded() {
        await().atMost(PATIENCE).until(() -> {
            var meetings = secretariat().get("/api/meetings");
            return meetings.status() == 200 && meetings.raw().contains("\"CLOSED\"");
        });
    }

    private String scheduledThroughApi() {
        String meetingId = "agenda-" + UUID.randomUUID().toString().substring(0, 8);
        expect(secretariat().post("/api/meetings", Scenario.plan(meetingId, "bureau-web")), 201);
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + meetingId).status() == 200
                && secretariat().get("/api/meetings/" + meetingId + "/agenda").status() == 200);
        return meetingId;
    }
}
