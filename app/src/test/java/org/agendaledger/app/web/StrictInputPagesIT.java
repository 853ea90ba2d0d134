package org.agendaledger.app.web;

import static org.agendaledger.app.web.WebUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.agendaledger.command.api.InputRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The web pages build the same commands as the API, so they apply the same bounds with the same sentences: the
 * schedule form, the agenda editor, the meeting's lifecycle forms, the Bureau forms and the procedure forms. Each
 * refusal keeps what was typed and stores nothing.
 */
@AutoConfigureMockMvc
class StrictInputPagesIT extends LedgerIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theScheduleFormAppliesTheApisDateTimeAndLengthBounds() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a");
        long before = eventCount();
        assertThat(refusedSchedule(s, "startDate", "1944-12-31")).contains(html(InputRules.DATE_BOUNDS),
                "value=\"1944-12-31\"");
        assertThat(refusedSchedule(s, "endDate", "+999999999-12-31"))
                .contains(html(InputRules.dateMessage("the date")));
        assertThat(refusedSchedule(s, "slots[0].start", "10:00:30")).contains(html(InputRules.TIME_MESSAGE),
                "value=\"10:00:30\"");
        assertThat(refusedSchedule(s, "slots[0].end", "13:00:00.123456789")).contains(html(InputRules.TIME_MESSAGE));
        assertThat(refusedSchedule(s, "venue", "v".repeat(301))).contains("At most 300 characters.");
        assertThat(refusedSchedule(s, "body", "Working\u0007Group")).contains(html(InputRules.NOT_ONE_LINE));
        assertThat(refusedSchedule(s, "languages", "English, " + "l".repeat(51))).contains("At most 50 characters.");
        assertThat(refusedSchedule(s, "meetingId", "not an id")).contains("Use letters, digits");
        assertThat(eventCount()).as("events stored by refused forms").isEqualTo(before);

        // written with seconds 00, a time is accepted as the API accepts it
        mvc.perform(schedule(s, "slots[0].start", "10:00:00").with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theAgendaEditorAndTheLifecycleFormsApplyTheApisBounds() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics().agenda();
        String meeting = "/meetings/" + s.meetingId;
        await(meeting);
        long before = eventCount();
        assertThat(refused(meeting + "/agenda/items", "kind", "SUBSTANTIVE", "title", "t".repeat(1001)))
                .contains("Title: At most 1000 characters.");
        assertThat(refused(meeting + "/agenda/items", "kind", "SUBSTANTIVE", "title", "Tab\there"))
                .contains(html("Title: " + InputRules.NOT_ONE_LINE));
        assertThat(refused(meeting + "/agenda/items", "kind", "SUBSTANTIVE", "title", "Other", "position", "1001"))
                .contains("Give a position from 1 to 1000.");
        assertThat(refused(meeting + "/agenda/items/i2/annotation", "text", "p".repeat(10001)))
                .contains("Paragraph: At most 10000 characters.");
        assertThat(refused(meeting + "/agenda/items/i2/annotation", "text", "Bell \u0007 here"))
                .contains(html("Paragraph: " + InputRules.CONTROL_CHARACTERS));
        assertThat(refused(meeting + "/agenda/items/i2/documentation", "symbol", "s".repeat(101), "title", "Paper"))
                .contains("Symbol: At most 100 characters.");
        assertThat(refused(meeting + "/lifecycle/issue", "symbol", "CTOC/COP/WG.4/2031/1", "dateOfIssue",
                "2201-01-01")).contains(html(InputRules.DATE_BOUNDS));
        assertThat(refused(meeting + "/lifecycle/issue", "symbol", "CTOC/COP/WG.4/2031/1", "dateOfIssue",
                "2031-07-01T00:00")).contains("Write the date of issue as YYYY-MM-DD, e.g. 2031-09-10.");
        assertThat(refused(meeting + "/lifecycle/topics", "topics", "Fine topic\n" + "t".repeat(1001)))
                .contains("Topic: At most 1000 characters.");
        assertThat(eventCount()).as("events stored by refused forms").isEqualTo(before);
    }

    @Test
    void theBureauAndProcedureFormsApplyTheApisBounds() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        await("/meetings/" + s.meetingId);
        long before = eventCount();
        String page = mvc.perform(post("/bureaus").with(signedIn("secretariat")).with(csrf())
                .param("bureauId", "b-" + s.suffix).param("name", "n".repeat(301)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("At most 300 characters.");
        page = mvc.perform(post("/meetings/" + s.meetingId + "/procedures").with(signedIn("secretariat")).with(csrf())
                .param("subject", "SUBSTANTIVE_TOPICS").param("deadline", "2031-03-06T18:00:00.5"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(html("Deadline: " + InputRules.DEADLINE_MESSAGE), "value=\"2031-03-06T18:00:00.5\"");
        page = mvc.perform(post("/meetings/" + s.meetingId + "/procedures").with(signedIn("secretariat")).with(csrf())
                .param("subject", "SUBSTANTIVE_TOPICS").param("deadline", "2201-01-01T00:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(html("Deadline: " + InputRules.DATE_BOUNDS));
        page = mvc.perform(post("/meetings/" + s.meetingId + "/procedures").with(signedIn("secretariat")).with(csrf())
                .param("subject", "SUBSTANTIVE_TOPICS").param("deadline", "2031-03-06T18:00")
                .param("text", "x".repeat(10001)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Text: At most 10000 characters.");
        assertThat(eventCount()).as("events stored by refused forms").isEqualTo(before);
    }

    private void await(String page) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page)
                        .with(signedIn("secretariat"))).andReturn().getResponse().getStatus())
                .isEqualTo(200));
    }

    private String refused(String path, String... fields) throws Exception {
        return mvc.perform(WebUsers.form(path, fields).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    }

    private String refusedSchedule(Scenario s, String... overrides) throws Exception {
        return mvc.perform(schedule(s, overrides).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder schedule(Scenario s, String... overrides) {
        return SchedulePage.submitted("pages-" + UUID.randomUUID().toString().substring(0, 8), s.bureauId, overrides);
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
