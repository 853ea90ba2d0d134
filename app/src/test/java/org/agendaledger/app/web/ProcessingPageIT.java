package org.agendaledger.app.web;

import static org.agendaledger.app.Scenario.expect;
import static org.agendaledger.app.web.WebUsers.form;
import static org.agendaledger.app.web.WebUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The processing page: every processor with its position, lag and errors, and every parked event with its error;
 * the secretariat retries from it, the auditor reads it without forms, a Bureau member may not open it.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = "agenda-ledger.dead-letters.first-pause=PT1H")
class ProcessingPageIT extends LedgerIntegrationTest {

    private static final String CONSTRAINT = "it_page_refused_venue";

    @Autowired
    MockMvc mvc;

    @AfterEach
    void mend() {
        jdbc.execute("ALTER TABLE meeting_view DROP CONSTRAINT IF EXISTS " + CONSTRAINT);
    }

    @Test
    void theSecretariatSeesAParkedEventWithItsErrorAndRetriesItOnceTheCauseIsMended() throws Exception {
        // given an event parked because meeting-view refused it
        jdbc.execute("ALTER TABLE meeting_view ADD CONSTRAINT " + CONSTRAINT + " CHECK (venue <> 'Closed Hall')");
        Scenario s = new Scenario(secretariat()).bureau("member-a");
        Map<String, Object> plan = new HashMap<>(Scenario.plan(s.meetingId, s.bureauId));
        plan.put("venue", "Closed Hall");
        expect(secretariat().post("/api/meetings", plan), 201);
        JsonNode parked = await().atMost(PATIENCE).until(() -> expect(as("auditor").get("/api/admin/dead-letters"),
                200).json(), letters -> letters.size() == 1).get(0);
        String eventId = parked.get("eventId").asString();

        // then the secretariat's page lists every processor and the parked event, with its error and a retry
        String page = WebUsers.page(mvc, "/admin/processing", "secretariat");
        assertThat(page).contains("id=\"nav-processing\"", "id=\"processor-meeting-view\"",
                "id=\"processor-silence-procedure-process\"", "id=\"parked-" + eventId + "\"", "MeetingScheduled",
                s.meetingId, "id=\"retry-" + eventId + "\"", "name=\"_csrf\"");
        assertThat(page.toLowerCase()).contains(CONSTRAINT);
        assertThat(page).doesNotContain("id=\"evict-" + eventId + "\"");

        // and the auditor reads the same without forms; a Bureau member may not open it
        String auditor = WebUsers.page(mvc, "/admin/processing", "auditor");
        assertThat(auditor).contains("id=\"parked-" + eventId + "\"").doesNotContain("id=\"retry-");
        mvc.perform(get("/admin/processing").with(signedIn("member-a"))).andExpect(status().isForbidden());
        mvc.perform(form("/admin/processing/meeting-view/" + eventId + "/retry").with(signedIn("auditor"))
                .with(csrf())).andExpect(status().isForbidden());

        // when the secretariat retries before mending, the page says it failed again
        mvc.perform(form("/admin/processing/meeting-view/" + eventId + "/retry").with(signedIn("secretariat"))
                .with(csrf())).andExpect(redirectedUrl("/admin/processing"))
                .andExpect(flash().attributeExists("problem"));

        // when the cause is mended and the secretariat retries, the event is handled and the meeting appears
        mend();
        mvc.perform(form("/admin/processing/meeting-view/" + eventId + "/retry").with(signedIn("secretariat"))
                .with(csrf())).andExpect(redirectedUrl("/admin/processing"))
                .andExpect(flash().attributeExists("notice"));
        assertThat(WebUsers.page(mvc, "/admin/processing", "secretariat")).contains("id=\"no-parked\"");
        expect(secretariat().get("/api/meetings/" + s.meetingId), 200);
    }
}
