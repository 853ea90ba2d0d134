package org.agendaledger.app.web;

import static org.agendaledger.app.Scenario.expect;
import static org.agendaledger.app.web.WebUsers.form;
import static org.agendaledger.app.web.WebUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The Bureau pages through MockMvc on the whole application: the secretariat establishes a Bureau, appoints and
 * retires members (after a confirmation step); the API reads show the same; refusals are shown with the input kept
 * and store nothing; the auditor and a Bureau member read without forms and are refused when they post; the
 * schedule form offers the known Bureaus.
 */
@AutoConfigureMockMvc
class BureauPagesIT extends LedgerIntegrationTest {

    private static final String STORY_BUREAU = "cop-untoc-extended-bureau";

    @Autowired
    MockMvc mvc;

    private String page(String path, String username) throws Exception {
        return WebUsers.page(mvc, path, username);
    }

    /** A secretariat form post that is accepted and leads to the given page. */
    private void done(String path, String redirect, String... params) throws Exception {
        mvc.perform(form(path, params).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(redirect));
    }

    /** A secretariat form post that is refused: the page again, with the given status. */
    private String refused(String path, int status, String... params) throws Exception {
        return mvc.perform(form(path, params).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static String newId() {
        return "bureau-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theSecretariatEstablishesABureauAppointsTwoMembersAndRetiresOneThroughThePages() throws Exception {
        String list = page("/bureaus", "secretariat");
        assertThat(list).contains("id=\"nav-bureaus\"", "id=\"establish-form\"", "name=\"_csrf\"",
                "<label for=\"establish-id\">Bureau id (optional)</label>",
                "<label for=\"establish-name\">Name</label>");

        // establish
        String id = newId();
        done("/bureaus", "/bureaus/" + id, "bureauId", id, "name", "Extended Bureau 2031");
        String bureau = page("/bureaus/" + id, "secretariat");
        assertThat(bureau).contains("<h1>Extended Bureau 2031</h1>", "id=\"no-members\"", "id=\"appoint-form\"",
                "<label for=\"appoint-id\">Member id</label>", "<label for=\"appoint-name\">Display name</label>",
                "name=\"_csrf\"");

        // appoint two members
        done("/bureaus/" + id + "/members", "/bureaus/" + id, "memberId", "vp-grulac",
                "displayName", "Vice-President (GRULAC)");
        done("/bureaus/" + id + "/members", "/bureaus/" + id, "memberId", "vp-weog",
                "displayName", "Vice-President (WEOG)");
        bureau = page("/bureaus/" + id, "secretariat");
        assertThat(currentMembers(bureau)).containsExactly("vp-grulac", "vp-weog");
        assertThat(bureau).contains("id=\"no-retired\"",
                "Retire<span class=\"visually-hidden\"> Vice-President (WEOG)</span>");

        // retire one: the button leads to a confirmation page first, which stores nothing
        long before = eventCount();
        String confirm = mvc.perform(form("/bureaus/" + id + "/members/vp-weog/retire")
                .with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("You are about to retire a member of the Bureau", "Vice-President (WEOG)",
                "id=\"confirm-form\"", "name=\"confirmed\" value=\"yes\"", ">Retire Vice-President (WEOG)</button>",
                "href=\"/bureaus/" + id + "\" id=\"cancel\"", "name=\"_csrf\"");
        assertThat(eventCount()).isEqualTo(before);
        mvc.perform(form("/bureaus/" + id + "/members/vp-weog/retire", "confirmed", "yes")
                .with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/bureaus/" + id))
                .andExpect(flash().attribute("notice", "Vice-President (WEOG) retired."));

        // the pages show it at once
        bureau = page("/bureaus/" + id, "secretariat");
        assertThat(currentMembers(bureau)).containsExactly("vp-grulac");
        assertThat(bureau).contains("id=\"retired-members\"").doesNotContain("id=\"no-retired\"");
        assertThat(between(bureau, "id=\"retired-members\"", "</table>")).contains("Vice-President (WEOG)", "vp-weog")
                .doesNotContain("GRULAC");
        list = page("/bureaus", "secretariat");
        String row = between(list, "data-bureau-id=\"" + id + "\"", "</tr>");
        assertThat(row).contains("Extended Bureau 2031", "Vice-President (GRULAC)").doesNotContain("WEOG");

        // the API reads show the same
        JsonNode read = expectOk(as("auditor").get("/api/bureaus/" + id));
        assertThat(read.get("name").asString()).isEqualTo("Extended Bureau 2031");
        assertThat(read.get("establishedAt").asString()).isNotBlank();
        JsonNode members = read.get("members");
        assertThat(members).hasSize(2);
        assertThat(members.get(0).get("memberId").asString()).isEqualTo("vp-grulac");
        assertThat(members.get(0).get("displayName").asString()).isEqualTo("Vice-President (GRULAC)");
        assertThat(members.get(0).get("status").asString()).isEqualTo("APPOINTED");
        assertThat(members.get(0).get("retiredAt").isNull()).isTrue();
        assertThat(members.get(1).get("memberId").asString()).isEqualTo("vp-weog");
        assertThat(members.get(1).get("status").asString()).isEqualTo("RETIRED");
        assertThat(members.get(1).get("retiredAt").asString()).isNotBlank();
        List<String> listed = new ArrayList<>();
        expectOk(as("vp-grulac").get("/api/bureaus")).forEach(b -> listed.add(b.get("bureauId").asString()));
        assertThat(listed).contains(id, STORY_BUREAU);
        ApiClient.Response unknown = as("auditor").get("/api/bureaus/no-such-bureau");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.raw()).contains("There is no Bureau 'no-such-bureau'.");

        // and the events were sent by the secretariat, as through the API
        List<DomainEventMessage<?>> events = eventsOf(id);
        assertThat(events).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly("BureauEstablished",
                "BureauMemberAppointed", "BureauMemberAppointed", "BureauMemberRetired");
        assertThat(events).allSatisfy(e -> assertThat(e.getMetaData()).containsEntry("actor", "secretariat")
                .containsEntry("role", "SECRETARIAT"));
    }

    @Test
    void aBureauWithoutAnIdGetsOneAndItsPageAnswers404WhenUnknown() throws Exception {
        String location = mvc.perform(form("/bureaus", "bureauId", "", "name", "Bureau with a generated id")
                .with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/bureaus/bureau-");
        assertThat(page(location, "auditor")).contains("<h1>Bureau with a generated id</h1>");
        String missing = mvc.perform(get("/bureaus/no-such-bureau").with(signedIn("auditor")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("There is no Bureau &#39;no-such-bureau&#39;.");
    }

    @Test
    void aRefusedOrInvalidFormShowsItsReasonNextToItWithTheInputKeptAndStoresNothing() throws Exception {
        String id = newId();
        done("/bureaus", "/bureaus/" + id, "bureauId", id, "name", "Bureau of refusals");
        done("/bureaus/" + id + "/members", "/bureaus/" + id, "memberId", "member-a", "displayName", "Member A");
        long before = eventCount();

        // refused by the Bureau: the member is already appointed
        String page = refused("/bureaus/" + id + "/members", 409, "memberId", "member-a",
                "displayName", "Member A, again");
        assertThat(page).contains("id=\"refusal\"", "MEMBER_ALREADY_APPOINTED", "Member A is already a member",
                "value=\"member-a\"", "value=\"Member A, again\"");
        assertThat(page).containsPattern("(?s)id=\"appoint-form\"(?:(?!</form>).)*<h2>Appoint a member</h2>\\s*"
                + "<p class=\"error refusal-near\" role=\"alert\">Member A is already a member");
        // refused by the Bureau: no such member to retire
        page = refused("/bureaus/" + id + "/members/member-z/retire", 409, "confirmed", "yes");
        assertThat(page).contains("id=\"refusal\"", "UNKNOWN_MEMBER", "There is no member &#39;member-z&#39;");
        // refused: the id is taken (here by the story's Bureau), the name typed kept
        page = refused("/bureaus", 409, "bureauId", STORY_BUREAU, "name", "A second story");
        assertThat(page).contains("id=\"refusal\"", "ALREADY_EXISTS", "value=\"" + STORY_BUREAU + "\"",
                "value=\"A second story\"", "This id is taken.");

        // invalid: the page's own checks, each message next to its field
        page = refused("/bureaus", 400, "bureauId", "kept-id", "name", "  ");
        assertThat(page).contains("id=\"refusal\"", "Please correct the fields marked below.", "Name the Bureau.",
                "value=\"kept-id\"", "aria-invalid=\"true\"");
        page = refused("/bureaus", 400, "bureauId", "not an id!", "name", "Kept name");
        assertThat(page).contains("Use letters, digits", "value=\"not an id!\"", "value=\"Kept name\"");
        page = refused("/bureaus/" + id + "/members", 400, "memberId", "member-b", "displayName", "");
        assertThat(page).contains("Give the name the member is shown by.", "value=\"member-b\"");
        page = refused("/bureaus/" + id + "/members", 400, "memberId", "", "displayName", "Member without id");
        assertThat(page).contains("Give the member&#39;s id", "value=\"Member without id\"");

        assertThat(eventCount()).isEqualTo(before);
        assertThat(currentMembers(page("/bureaus/" + id, "secretariat"))).containsExactly("member-a");
        // a Bureau that does not exist has no members to appoint
        mvc.perform(form("/bureaus/no-such-bureau/members", "memberId", "m", "displayName", "M")
                .with(signedIn("secretariat")).with(csrf())).andExpect(status().isNotFound());
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theAuditorAndABureauMemberReadWithoutFormsAndMayNotPost() throws Exception {
        storysBureauIsReadable();
        for (String who : List.of("auditor", "vp-grulac")) {
            String list = page("/bureaus", who);
            assertThat(list).contains("id=\"nav-bureaus\"", "data-bureau-id=\"" + STORY_BUREAU + "\"",
                    "Vice-President (GRULAC)").doesNotContain("id=\"establish-form\"");
            assertThat(forms(list)).as("only the sign-out form for " + who).isEqualTo(1);
            String bureau = page("/bureaus/" + STORY_BUREAU, who);
            assertThat(currentMembers(bureau)).hasSize(8).contains("vp-grulac", "president");
            assertThat(bureau).doesNotContain("id=\"appoint-form\"", "class=\"retire\"", ">Action<");
            assertThat(forms(bureau)).isEqualTo(1);

            long before = eventCount();
            String[][] posts = {
                    {"/bureaus", "bureauId", "by-" + who, "name", "By " + who},
                    {"/bureaus/" + STORY_BUREAU + "/members", "memberId", "by-" + who, "displayName", "By " + who},
                    {"/bureaus/" + STORY_BUREAU + "/members/vp-weog/retire"},
                    {"/bureaus/" + STORY_BUREAU + "/members/vp-weog/retire", "confirmed", "yes"}};
            for (String[] post : posts) {
                String[] params = java.util.Arrays.copyOfRange(post, 1, post.length);
                mvc.perform(form(post[0], params).with(signedIn(who)).with(csrf()))
                        .andExpect(status().isForbidden());
            }
            assertThat(eventCount()).isEqualTo(before);
        }
        assertThat(currentMembers(page("/bureaus/" + STORY_BUREAU, "secretariat"))).contains("vp-weog")
                .doesNotContain("by-auditor", "by-vp-grulac");
        assertThat(eventsOf("by-auditor")).isEmpty();
    }

    @Test
    void theScheduleFormListsTheKnownBureausAndKeepsTheChoiceWhenRefused() throws Exception {
        storysBureauIsReadable();
        String form = page("/meetings/new", "secretariat");
        assertThat(form).contains("<label for=\"bureauId\">Bureau</label>", "<select id=\"bureauId\" name=\"bureauId\"",
                "<option value=\"\">Choose the Bureau</option>",
                "<option value=\"" + STORY_BUREAU + "\">Extended Bureau "
                        + "of the Conference of the Parties to the United Nations Convention against Transnational "
                        + "Organized Crime (" + STORY_BUREAU + ")</option>",
                "href=\"/bureaus\"")
                .doesNotContain("id=\"no-bureau\"", "selected");

        // refused for another reason: the Bureau chosen stays selected
        long before = eventCount();
        String page = mvc.perform(post("/meetings").with(signedIn("secretariat")).with(csrf())
                .param("meetingId", "bureau-form-" + UUID.randomUUID().toString().substring(0, 8))
                .param("bureauId", STORY_BUREAU).param("body", "Working Group").param("ordinal", "first")
                .param("venue", "Vienna").param("startDate", "2031-09-10").param("endDate", "2031-09-10")
                .param("timeZone", "Atlantis/Nowhere").param("languages", "English"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Use an IANA time zone");
        assertThat(page).containsPattern("value=\"" + Pattern.quote(STORY_BUREAU) + "\"\\s+selected");
        // no Bureau chosen: the select says so
        page = mvc.perform(post("/meetings").with(signedIn("secretariat")).with(csrf()).param("bureauId", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Choose the Bureau that decides on this meeting.", "id=\"bureauId-error\"")
                .doesNotContain("selected");
        assertThat(eventCount()).isEqualTo(before);

        // the meeting page names its Bureau and links to it; a Bureau not established shows as its id
        assertThat(page("/meetings/ctoc-cop-wg4-2020", "auditor"))
                .contains("href=\"/bureaus/" + STORY_BUREAU + "\" id=\"meeting-bureau\">Extended Bureau of the "
                        + "Conference of the Parties to the United Nations Convention against Transnational Organized "
                        + "Crime</a>");
        String unknown = "bureau-" + UUID.randomUUID().toString().substring(0, 8);
        String meetingId = "meeting-" + unknown;
        expect(secretariat().post("/api/meetings", Scenario.plan(meetingId, unknown)), 201);
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + meetingId).status() == 200);
        assertThat(page("/meetings/" + meetingId, "auditor"))
                .contains("href=\"/bureaus/" + unknown + "\" id=\"meeting-bureau\">" + unknown + "</a>");
    }

    @Test
    void theStorysBureauHasItsEightOfficersAppointedIn2019() throws Exception {
        storysBureauIsReadable();
        JsonNode bureau = expectOk(as("auditor").get("/api/bureaus/" + STORY_BUREAU));
        assertThat(bureau.get("establishedAt").asString()).startsWith("2019-08-19T07:00");
        assertThat(bureau.get("members")).hasSize(8);
        bureau.get("members").forEach(m -> {
            assertThat(m.get("status").asString()).isEqualTo("APPOINTED");
            assertThat(m.get("appointedAt").asString()).startsWith("2019-08-19");
        });
        assertThat(page("/bureaus/" + STORY_BUREAU, "vp-grulac")).contains("19 Aug 2019, 07:00:00 UTC",
                "Chair, Working Group on Trafficking in Persons");
    }

    private void storysBureauIsReadable() {
        await().atMost(PATIENCE).until(() -> {
            ApiClient.Response bureau = secretariat().get("/api/bureaus/" + STORY_BUREAU);
            return bureau.status() == 200 && bureau.json().get("members").size() == 8;
        });
    }

    private static JsonNode expectOk(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json();
    }

    /** The member ids in the table of current members. */
    private static List<String> currentMembers(String page) {
        List<String> ids = new ArrayList<>();
        if (!page.contains("id=\"current-members\"")) {
            return ids;
        }
        var m = Pattern.compile("data-member-id=\"([^\"]+)\"")
                .matcher(between(page, "id=\"current-members\"", "</table>"));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as("'" + from + "' on the page").isNotNegative();
        int end = page.indexOf(to, start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static int forms(String page) {
        return page.split("<form", -1).length - 1;
    }
}
