package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The auditor's pages on the real story: the timeline and its filters, the story as of a date, the integrity check. */
@AutoConfigureMockMvc
class AuditorPagesIT extends LedgerIntegrationTest {

    private static final String STORY = "/meetings/ctoc-cop-wg4-2020";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void storyIsLoaded() {
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings").raw().contains("\"CLOSED\""));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("auditor").authorities(() -> "ROLE_AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int count(String page, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theTimelineListsTheStorysEventsAndFiltersWork() throws Exception {
        // the timeline reads the audit log, which may still be catching up with the story
        String all = await().atMost(PATIENCE).ignoreExceptions().until(() -> page(STORY + "/timeline"),
                timeline -> timeline.contains("data-type=\"MeetingClosed\""));
        assertThat(all).contains("data-type=\"MeetingScheduled\"", "data-type=\"SilenceProcedureStarted\"",
                "data-type=\"SubstantiveTopicsApproved\"", "data-type=\"MeetingClosed\"", "secretariat",
                "id=\"verify-link\"", "href=\"/api/audit/export\"", "Recorded");
        int everything = count(all, "<tr data-type=");
        assertThat(everything).isGreaterThan(5);

        String started = page(STORY + "/timeline?type=SilenceProcedureStarted");
        assertThat(count(started, "<tr data-type=")).isPositive().isLessThan(everything)
                .isEqualTo(count(started, "<tr data-type=\"SilenceProcedureStarted\""));

        String bySecretariat = page(STORY + "/timeline?actor=secretariat");
        assertThat(count(bySecretariat, "<tr data-type=")).isPositive().isLessThanOrEqualTo(everything);
        assertThat(page(STORY + "/timeline?actor=nobody-at-all")).contains("id=\"event-count\">0 event(s)<");

        String early = page(STORY + "/timeline?to=2020-04-30");
        String late = page(STORY + "/timeline?from=2020-05-01");
        assertThat(early).contains("data-type=\"MeetingScheduled\"").doesNotContain("data-type=\"MeetingClosed\"");
        assertThat(late).contains("data-type=\"MeetingClosed\"").doesNotContain("data-type=\"MeetingScheduled\"");
        assertThat(count(early, "<tr data-type=") + count(late, "<tr data-type=")).isEqualTo(everything);
    }

    @Test
    void asOf30April2020TheTopicsAreNotApproved() throws Exception {
        String then = page(STORY + "/timeline?asOf=2020-04-30T12:00");
        assertThat(then).contains("id=\"as-of-state\"", "id=\"as-of-status\">SCHEDULED<", "id=\"as-of-plan\">yes<",
                "id=\"as-of-topics\">no<", "value=\"2020-04-30T12:00\"");
        // the procedures and the decisions as they stood: the topics under silence, only the plan decided
        assertThat(then).contains("data-procedure-id=\"sp-2020-substantive-topics\"",
                "<li data-kind=\"MEETING_PLAN_CONFIRMED\">")
                .doesNotContain("<li data-kind=\"TOPICS_APPROVED\">");
        assertThat(then.substring(then.indexOf("data-procedure-id=\"sp-2020-substantive-topics\"")))
                .contains("class=\"as-of-procedure-status\">OPEN<");
        String later = page(STORY + "/timeline?asOf=2020-05-02T12:00");
        assertThat(later).contains("id=\"as-of-topics\">yes<", "<li data-kind=\"TOPICS_APPROVED\">");
        assertThat(later.substring(later.indexOf("data-procedure-id=\"sp-2020-substantive-topics\"")))
                .contains("class=\"as-of-procedure-status\">APPROVED<");
        assertThat(page(STORY + "/timeline?asOf=2019-01-01T00:00")).contains("id=\"not-yet\"");
        // the meeting page links to it
        assertThat(page(STORY)).contains("href=\"" + STORY + "/timeline\"");
    }

    @Test
    void verifyShowsOkOnTheStoryAndTheExportOpensFromTheSession() throws Exception {
        String verify = page("/audit/verify");
        assertThat(verify).contains("id=\"verify-status\">OK<", "events checked");
        MvcResult signedIn = mvc.perform(formLogin("/login").user("auditor").password(ApiClient.PASSWORD))
                .andExpect(authenticated()).andReturn();
        Cookie session = WebUsers.sessionOf(signedIn);
        MvcResult streaming = mvc.perform(get("/api/audit/export").cookie(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn();
        // the export is streamed asynchronously: read it once the stream has been written completely
        if (streaming.getRequest().isAsyncStarted()) {
            streaming.getAsyncResult(30_000);
        }
        String export = streaming.getResponse().getContentAsString();
        assertThat(export).contains("MeetingScheduled", "ctoc-cop-wg4-2020");
        mvc.perform(get("/api/audit/export")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
