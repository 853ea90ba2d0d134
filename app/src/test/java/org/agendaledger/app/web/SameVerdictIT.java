package org.agendaledger.app.web;

import static org.agendaledger.app.web.WebUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The same input through the API and through the pages gets the same verdict, because the rule that judges it is
 * the domain's: the same status, the same fields and sentences, and nothing stored when it is refused.
 */
@AutoConfigureMockMvc
class SameVerdictIT extends LedgerIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aPlanStatedInAnOffsetAndEndingBeforeItStartsIsRefusedAlikeFieldByField() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a");
        long before = eventCount();
        Map<String, Object> plan = new HashMap<>(Scenario.plan("verdict-api-" + s.suffix, s.bureauId));
        plan.put("timeZone", "+02:00");
        plan.put("endDate", "2031-09-01");

        ApiClient.Response api = Scenario.expect(secretariat().post("/api/meetings", plan), 400);
        MockHttpServletResponse page = mvc.perform(SchedulePage.submitted("verdict-page-" + s.suffix, s.bureauId,
                "timeZone", "+02:00", "endDate", "2031-09-01").with(signedIn("secretariat")).with(csrf()))
                .andReturn().getResponse();

        assertThat(api.json().get("code").asString()).isEqualTo("INVALID_INPUT");
        Map<String, String> refused = errors(api);
        assertThat(refused).containsEntry("timeZone", "Use an IANA time zone such as Europe/Vienna.")
                .containsEntry("endDate", "The last day cannot be before the first.");
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("id=\"timeZone-error\"", "id=\"endDate-error\"")
                .contains(refused.values().stream().map(SameVerdictIT::html).toList());
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aSlotRefusedByThePlanIsShownOnTheRowItWasTypedIn() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a");
        long before = eventCount();

        // given: the second row left empty, the third ending before it starts
        String page = mvc.perform(SchedulePage.submitted("verdict-rows-" + s.suffix, s.bureauId,
                "slots[1].date", "", "slots[1].start", "", "slots[1].end", "",
                "slots[2].date", "2031-09-11", "slots[2].start", "15:00", "slots[2].end", "14:00")
                .with(signedIn("secretariat")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> plan = new HashMap<>(Scenario.plan("verdict-rows-api-" + s.suffix, s.bureauId));
        plan.put("slots", List.of(Map.of("slotId", "s1", "date", "2031-09-10", "start", "10:00", "end", "13:00"),
                Map.of("date", "2031-09-11", "start", "15:00", "end", "14:00")));
        ApiClient.Response api = Scenario.expect(secretariat().post("/api/meetings", plan), 400);

        assertThat(errors(api)).containsExactly(Map.entry("slots[1].end", "The slot must end after it starts."));
        assertThat(page).contains("id=\"slot-2-end-error\"", "The slot must end after it starts.")
                .doesNotContain("id=\"slot-1-end-error\"");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aReactionRecordedWithoutItsChannelAndReferenceIsRefusedAlike() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String procedureId = s.circulate("SUBSTANTIVE_TOPICS", 3 * 24 * 3600);
        awaitProcedurePages(s.meetingId, procedureId);
        long before = eventCount();

        ApiClient.Response api = Scenario.expect(secretariat().post("/api/silence-procedures/" + procedureId
                + "/objections", map("memberId", "member-a", "kind", "OBJECTION", "text", "We object.")), 400);
        MockHttpServletResponse page = mvc.perform(WebUsers.form("/procedures/" + procedureId + "/letters",
                "memberId", "member-a", "kind", "OBJECTION", "channel", "", "reference", "",
                "text", "We object.").with(signedIn("secretariat")).with(csrf()))
                .andReturn().getResponse();

        Map<String, String> refused = errors(api);
        assertThat(refused).containsOnlyKeys("channel", "reference");
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("id=\"refusal\"", "We object.")
                .contains(refused.values().stream().map(SameVerdictIT::html).toList());
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aMemberReactingForAnotherOrToAProcedureNotAddressedToThemIsForbiddenAlike() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String procedureId = s.circulate("SUBSTANTIVE_TOPICS", 3 * 24 * 3600);
        awaitProcedurePages(s.meetingId, procedureId);
        long before = eventCount();

        ApiClient.Response impersonating = Scenario.expect(as("member-a").post("/api/silence-procedures/"
                + procedureId + "/objections", map("memberId", "member-b", "kind", "OBJECTION", "text", "No.")), 403);
        ApiClient.Response notAddressed = Scenario.expect(as("member-c").post("/api/silence-procedures/"
                + procedureId + "/objections", map("kind", "OBJECTION", "text", "No.")), 403);
        MockHttpServletResponse impersonatingPage = mvc.perform(reaction(procedureId, "member-a", "member-b"))
                .andReturn().getResponse();
        MockHttpServletResponse notAddressedPage = mvc.perform(reaction(procedureId, "member-c", null))
                .andReturn().getResponse();

        assertThat(impersonating.json().get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(notAddressed.json().get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(impersonatingPage.getStatus()).isEqualTo(403);
        assertThat(notAddressedPage.getStatus()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aMemberObjectingAfterSilenceWasBrokenIsRecordedAlikeAsAFurtherObjection() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a", "member-b", "member-c").meeting().topics();
        String procedureId = s.circulate("SUBSTANTIVE_TOPICS", 3 * 24 * 3600);
        Scenario.expect(as("member-a").post("/api/silence-procedures/" + procedureId + "/objections",
                map("kind", "OBJECTION", "text", "Topic 2 is premature.")), 201);

        awaitProcedurePages(s.meetingId, procedureId);

        Scenario.expect(as("member-b").post("/api/silence-procedures/" + procedureId + "/objections",
                map("kind", "AMENDMENT", "text", "Add a topic.")), 201);
        MockHttpServletResponse page = mvc.perform(reaction(procedureId, "member-c", null)).andReturn()
                .getResponse();

        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(302);
        assertThat(eventsOf(procedureId).stream().map(e -> e.getPayloadType().getSimpleName()).toList())
                .containsExactly("SilenceProcedureStarted", "SilenceBroken", "FurtherObjectionRecorded",
                        "FurtherObjectionRecorded");
        assertThat(eventsOf(procedureId).get(3).getMetaData()).containsEntry("memberId", "member-c");
    }

    /**
     * Waits for the procedure's page and its meeting's procedures page, which a refused form is shown on: each reads
     * a read model of its own, and either may still be catching up.
     */
    private void awaitProcedurePages(String meetingId, String procedureId) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                WebUsers.page(mvc, "/procedures/" + procedureId, "secretariat")).contains(procedureId));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                WebUsers.page(mvc, "/meetings/" + meetingId + "/procedures", "secretariat")).contains(procedureId));
    }

    private static MockHttpServletRequestBuilder reaction(String procedureId, String user, String memberId) {
        MockHttpServletRequestBuilder request = post("/procedures/" + procedureId + "/reaction")
                .with(signedIn(user)).with(csrf()).param("kind", "OBJECTION").param("text", "No.")
                .param("confirmed", "yes");
        return memberId == null ? request : request.param("memberId", memberId);
    }

    private static Map<String, String> errors(ApiClient.Response response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : response.json().get("errors")) {
            errors.put(error.get("field").asString(), error.get("message").asString());
        }
        return errors;
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
