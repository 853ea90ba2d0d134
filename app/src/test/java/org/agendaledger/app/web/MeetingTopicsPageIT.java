package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The substantive topics on the meeting page: proposed and revised by the secretariat, read by everyone. */
@AutoConfigureMockMvc
class MeetingTopicsPageIT extends LedgerIntegrationTest {

    @Autowired
    MockMvc mvc;

    private static final RequestPostProcessor SECRETARIAT = WebUsers.signedIn("secretariat");
    private static final RequestPostProcessor AUDITOR = WebUsers.signedIn("auditor");
    private static final RequestPostProcessor MEMBER = WebUsers.signedIn("member-d");

    private String meetingPage(String meetingId, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/meetings/" + meetingId).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theSecretariatProposesTheTopicsOnePerLineAndRevisesThemUntilTheBureauApproves() throws Exception {
        // given a scheduled meeting without topics
        Scenario scenario = new Scenario(secretariat()).bureau("member-d").meeting();
        String id = scenario.meetingId;
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + id).status() == 200);
        assertThat(meetingPage(id, SECRETARIAT)).contains("id=\"no-topics\"", "id=\"topics-form\"",
                "Propose the substantive topics");

        // when the secretariat proposes two topics
        mvc.perform(post("/meetings/" + id + "/lifecycle/topics").param("topics",
                "Non-punishment of victims\n\n  Joint investigations  \n").with(SECRETARIAT).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/meetings/" + id));

        // then the page lists them, not yet approved, and offers to revise them
        String page = meetingPage(id, SECRETARIAT);
        assertThat(page).contains("<li>Non-punishment of victims</li>", "<li>Joint investigations</li>",
                "Proposed; not yet approved by the Bureau.", "Revise the proposed topics");
        assertThat(page).contains("Non-punishment of victims\nJoint investigations</textarea>");
        assertThat(secretariat().get("/api/meetings/" + id + "/agenda").json().get("topics").size()).isEqualTo(2);

        // and once the Bureau has approved them by silence, no form is offered any more
        scenario.circulate("SUBSTANTIVE_TOPICS", Scenario.SOON);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(meetingPage(id, SECRETARIAT)).contains("Approved by the Bureau.")
                        .doesNotContain("id=\"topics-form\""));
    }

    @Test
    void anEmptyProposalIsRefusedNextToTheFormAndNothingIsStored() throws Exception {
        // given
        Scenario scenario = new Scenario(secretariat()).bureau("member-d").meeting();
        String id = scenario.meetingId;
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + id).status() == 200);
        long before = eventCount();

        // when
        String refused = mvc.perform(post("/meetings/" + id + "/lifecycle/topics").param("topics", "  \n ")
                .with(SECRETARIAT).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        // then
        assertThat(refused).contains("Write at least one substantive topic, one per line.", "id=\"topics-form\"");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void onlyTheSecretariatSeesAndMayPostTheTopicsForm() throws Exception {
        // given a meeting with topics
        Scenario scenario = new Scenario(secretariat()).bureau("member-d").meeting().topics();
        String id = scenario.meetingId;
        await().atMost(PATIENCE).ignoreExceptions()
                .untilAsserted(() -> assertThat(meetingPage(id, AUDITOR)).contains("<li>Joint investigations</li>"));

        // then the other roles read the topics without a form, and their posts are refused
        assertThat(meetingPage(id, AUDITOR)).doesNotContain("id=\"topics-form\"");
        assertThat(meetingPage(id, MEMBER)).contains("<li>Joint investigations</li>")
                .doesNotContain("id=\"topics-form\"");
        long before = eventCount();
        for (RequestPostProcessor who : List.of(AUDITOR, MEMBER)) {
            mvc.perform(post("/meetings/" + id + "/lifecycle/topics").param("topics", "Something else")
                    .with(who).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(eventCount()).isEqualTo(before);
    }
}
