package org.agendaledger.app.web;

import static org.agendaledger.app.Scenario.expect;
import static org.agendaledger.app.web.WebUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.stream.Stream;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The web pages through Spring's MockMvc on the whole application: sign-in and sign-out, navigation by role,
 * CSRF on every form, scheduling a meeting through the form (accepted, invalid, refused), the inbox, the
 * agenda document from a signed-in session.
 */
@AutoConfigureMockMvc
class WebPagesIT extends LedgerIntegrationTest {

    @Autowired
    MockMvc mvc;

    private String page(String path, String username) throws Exception {
        return WebUsers.page(mvc, path, username);
    }

    @Test
    void eachRoleSeesOnlyItsNavigation() throws Exception {
        String secretariat = page("/meetings", "secretariat");
        assertThat(secretariat).contains("id=\"nav-meetings\"", "id=\"nav-schedule\"", "id=\"schedule-link\"",
                "id=\"signed-in-user\">secretariat<", "Secretariat").doesNotContain("id=\"nav-inbox\"");

        String member = page("/meetings", "vp-grulac");
        assertThat(member).contains("id=\"nav-meetings\"", "id=\"nav-inbox\"", "Bureau member (vp-grulac)")
                .doesNotContain("id=\"nav-schedule\"", "id=\"schedule-link\"");

        String auditor = page("/meetings", "auditor");
        assertThat(auditor).contains("id=\"nav-meetings\"", "Auditor")
                .doesNotContain("id=\"nav-schedule\"", "id=\"nav-inbox\"", "id=\"schedule-link\"");
        // every page has a sign-out button that posts with a CSRF token
        assertThat(auditor).contains("action=\"/logout\"", "name=\"_csrf\"");
    }

    @Test
    void theAuditorSeesNoCommandFormAndMayNotSendOne() throws Exception {
        String meetingId = scheduledThroughApi();
        String page = page("/meetings/" + meetingId, "auditor");
        assertThat(page).contains("id=\"lifecycle\"", "Vienna").doesNotContain("<form action=\"/meetings\"",
                "schedule-form");
        // (the error page itself is rendered by the servlet container's error dispatch: see WebBrowserIT)
        mvc.perform(get("/meetings/new").with(signedIn("auditor"))).andExpect(status().isForbidden());
        long before = eventCount();
        mvc.perform(post("/meetings").with(signedIn("auditor")).with(csrf()).param("bureauId", "b")
                .param("meetingId", "auditor-" + UUID.randomUUID().toString().substring(0, 8)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/meetings/new").with(signedIn("vp-grulac"))).andExpect(status().isForbidden());
        mvc.perform(get("/inbox").with(signedIn("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/inbox").with(signedIn("secretariat"))).andExpect(status().isForbidden());
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theMeetingPageShowsStatusStepsAndDocumentLinks() throws Exception {
        String meetingId = scheduledThroughApi();
        String page = page("/meetings/" + meetingId, "vp-grulac");
        assertThat(page).contains("SCHEDULED", "datetime=\"2031-09-10\"", "10 September 2031 – 11 September 2031",
                "Europe/Vienna",
                "Meeting scheduled by the secretariat", "Next",
                "/api/meetings/" + meetingId + "/agenda/document?format=html",
                "/api/meetings/" + meetingId + "/agenda/document?format=pdf",
                "/api/meetings/" + meetingId + "/agenda/document?format=md");
        mvc.perform(get("/meetings/no-such-meeting").with(signedIn("auditor"))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no meeting")));
    }

    @Test
    void theSecretariatSchedulesAMeetingThroughTheForm() throws Exception {
        assertThat(page("/meetings/new", "secretariat")).contains("<label for=\"venue\">Venue</label>",
                "<label for=\"slot-0-date\">Slot 1 date</label>", "name=\"_csrf\"");
        String meetingId = "web-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(schedule(meetingId).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/meetings/" + meetingId));
        assertThat(page("/meetings", "secretariat")).contains("data-meeting-id=\"" + meetingId + "\"");
        assertThat(page("/meetings/" + meetingId, "secretariat")).contains("Vienna International Centre");
        var scheduled = eventsOf(meetingId).get(0);
        assertThat(scheduled.getPayloadType().getSimpleName()).isEqualTo("MeetingScheduled");
        assertThat(scheduled.getMetaData()).containsEntry("actor", "secretariat")
                .containsEntry("role", "SECRETARIAT");
    }

    @Test
    void anInvalidFormShowsEachMessageWithTheInputKept() throws Exception {
        String meetingId = "web-" + UUID.randomUUID().toString().substring(0, 8);
        long before = eventCount();
        String page = mvc.perform(schedule(meetingId, "timeZone", "Atlantis/Nowhere",
                "endDate", "2031-09-01", "slots[1].end", "14:00")
                .with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"refusal\"", "Use an IANA time zone such as Europe/Vienna.",
                "value=\"Atlantis/Nowhere\"", "The last day cannot be before the first.", "value=\"2031-09-01\"",
                "value=\"Vienna International Centre\"", "value=\"" + meetingId + "\"",
                "The slot must end after it starts.", "aria-invalid=\"true\"");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aRefusedCommandShowsItsReasonWithTheInputKept() throws Exception {
        String meetingId = scheduledThroughApi();
        long before = eventCount();
        String page = mvc.perform(schedule(meetingId, "venue", "Geneva")
                .with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"refusal\"", "already exists", "ALREADY_EXISTS", "value=\"Geneva\"",
                "value=\"" + meetingId + "\"");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theFormNeedsItsCsrfToken() throws Exception {
        String meetingId = "web-" + UUID.randomUUID().toString().substring(0, 8);
        long before = eventCount();
        mvc.perform(schedule(meetingId).with(signedIn("secretariat"))).andExpect(status().isForbidden());
        mvc.perform(schedule(meetingId).with(signedIn("secretariat")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(eventCount()).isEqualTo(before);
        assertThat(eventsOf(meetingId)).isEmpty();
    }

    @Test
    void signInAndSignOut() throws Exception {
        mvc.perform(get("/meetings")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("<label for=\"username\">User name</label>",
                        "<label for=\"password\">Password</label>", "name=\"_csrf\"");
        mvc.perform(formLogin("/login").user("auditor").password("wrong")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        MvcResult signedIn = mvc.perform(formLogin("/login").user("auditor").password(ApiClient.PASSWORD))
                .andExpect(authenticated().withUsername("auditor")).andExpect(redirectedUrl("/meetings"))
                .andReturn();
        Cookie session = WebUsers.sessionOf(signedIn);
        assertThat(mvc.perform(get("/meetings").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"signed-in-user\">auditor<");
        // the login form itself needs the token
        mvc.perform(post("/login").param("username", "auditor").param("password", ApiClient.PASSWORD))
                .andExpect(status().isForbidden());
        // sign-out is a POST with the token
        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/meetings").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theAgendaDocumentOpensFromASignedInSessionAndStillWithBasic() throws Exception {
        String meetingId = scheduledThroughApi();
        String path = "/api/meetings/" + meetingId + "/agenda/document";
        MvcResult signedIn = mvc.perform(formLogin("/login").user("vp-grulac").password(ApiClient.PASSWORD))
                .andExpect(authenticated()).andReturn();
        Cookie session = WebUsers.sessionOf(signedIn);
        mvc.perform(get(path).param("format", "html").cookie(session)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"));
        mvc.perform(get(path).param("format", "pdf").cookie(session)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/pdf"));
        mvc.perform(get(path).param("format", "md").with(httpBasic("auditor", ApiClient.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get(path)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // the rest of the API stays HTTP Basic only: a page session does not open it
        mvc.perform(get("/api/meetings/" + meetingId).cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aBureauMemberSeesTheirOpenProceduresWithTheDeadlineInTheMeetingsTimeZone() throws Exception {
        Scenario scenario = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String procedureId = scenario.circulate("SUBSTANTIVE_TOPICS", 3 * 24 * 3600);
        // the procedure comes from the silence-procedures read model, the meeting's title from meeting-view: each
        // follows the events in its own time, so the page shows both once both have caught up
        String meetingLink = "href=\"/meetings/" + scenario.meetingId + "\">Working Group on Trafficking in "
                + "Persons, eleventh meeting</a>";
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(page("/inbox", "member-a"))
                .contains("data-procedure-id=\"" + procedureId + "\"", meetingLink));
        String inbox = page("/inbox", "member-a");
        assertThat(inbox).contains(meetingLink, "SUBSTANTIVE TOPICS", "Europe/Vienna", "UTC+0", "SILENT", "days");
        assertThat(page("/inbox", "member-c")).contains("id=\"inbox-empty\"")
                .doesNotContain(procedureId);
    }

    private String scheduledThroughApi() {
        String meetingId = "web-" + UUID.randomUUID().toString().substring(0, 8);
        expect(secretariat().post("/api/meetings", Scenario.plan(meetingId, "bureau-web")), 201);
        // the meeting and its agenda are read models of their own, each following the events in its own time
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + meetingId).status() == 200
                && secretariat().get("/api/meetings/" + meetingId + "/agenda").status() == 200);
        return meetingId;
    }

    /** The schedule form with an agenda symbol and a second, afternoon slot. */
    private static MockHttpServletRequestBuilder schedule(String meetingId, String... overrides) {
        String[] fields = Stream.concat(Stream.of("agendaSymbol", "CTOC/COP/WG.4/2031/1", "slots[1].date", "2031-09-10",
                "slots[1].start", "15:00", "slots[1].end", "18:00"), Stream.of(overrides)).toArray(String[]::new);
        return SchedulePage.submitted(meetingId, "bureau-web", fields);
    }
}
