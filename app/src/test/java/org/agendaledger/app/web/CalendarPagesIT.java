package org.agendaledger.app.web;

import static org.agendaledger.app.Scenario.expect;
import static org.agendaledger.app.web.WebUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calendar links of the pages: a Bureau member gets, replaces and revokes their calendar link on the inbox
 * page, the link shown once; the meeting page links to the meeting's calendar.
 */
@AutoConfigureMockMvc
class CalendarPagesIT extends LedgerIntegrationTest {

    private static final Pattern LINK = Pattern
            .compile("id=\"calendar-link\" type=\"text\" readonly value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void aMemberGetsACalendarLinkOnceReplacesItAndRevokesIt() throws Exception {
        assertThat(WebUsers.page(mvc, "/inbox", "member-f")).contains("id=\"calendar-none\"", "Get a calendar link")
                .doesNotContain("calendar-revoke-form");

        String first = link(mvc.perform(post("/inbox/calendar-link").with(signedIn("member-f")).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString());
        assertThat(first).startsWith("http://localhost/api/me/deadlines.ics?token=");
        String token = first.substring(first.indexOf("token=") + "token=".length());
        expect(ApiClient.anonymous(port).get("/api/me/deadlines.ics?token=" + token), 200);

        // shown once: the inbox says a link exists, never which
        assertThat(WebUsers.page(mvc, "/inbox", "member-f")).contains("id=\"calendar-active\"",
                "Get a new calendar link", "calendar-revoke-form").doesNotContain(token);

        String second = link(mvc.perform(post("/inbox/calendar-link").with(signedIn("member-f")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String newToken = second.substring(second.indexOf("token=") + "token=".length());
        expect(ApiClient.anonymous(port).get("/api/me/deadlines.ics?token=" + token), 404);
        expect(ApiClient.anonymous(port).get("/api/me/deadlines.ics?token=" + newToken), 200);

        mvc.perform(post("/inbox/calendar-link/revoke").with(signedIn("member-f")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inbox"));
        expect(ApiClient.anonymous(port).get("/api/me/deadlines.ics?token=" + newToken), 404);
        assertThat(WebUsers.page(mvc, "/inbox", "member-f")).contains("id=\"calendar-none\"");
    }

    @Test
    void onlyABureauMemberPostsTheCalendarFormsAndOnlyWithTheFormsToken() throws Exception {
        mvc.perform(post("/inbox/calendar-link").with(signedIn("member-f")))
                .andExpect(status().isForbidden());
        for (String user : new String[]{"secretariat", "auditor"}) {
            mvc.perform(post("/inbox/calendar-link").with(signedIn(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/inbox/calendar-link/revoke").with(signedIn(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_token WHERE member_id IN ('secretariat', "
                + "'auditor')", Long.class)).isZero();
    }

    @Test
    void theMeetingPageLinksToTheMeetingsCalendar() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting();
        org.awaitility.Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                WebUsers.page(mvc, "/meetings/" + s.meetingId, "auditor"))
                .contains("href=\"/api/meetings/" + s.meetingId + "/calendar.ics\"", "Calendar (.ics)"));
    }

    private static String link(String page) {
        Matcher matcher = LINK.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group(1);
    }
}
