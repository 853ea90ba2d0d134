package org.agendaledger.app.web;

import static org.agendaledger.app.web.WebUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The silence-procedure pages through MockMvc: the secretariat starts, records a letter, extends and withdraws
 * through the forms; a member breaks silence as themselves after confirming; nobody else sees or uses the controls.
 */
@AutoConfigureMockMvc
class SilencePagesIT extends LedgerIntegrationTest {

    private static final Pattern PROCEDURE_ID = Pattern.compile("data-procedure-id=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    private String page(String path, String username) throws Exception {
        return WebUsers.page(mvc, path, username);
    }

    private static String viennaIn(long days) {
        return LocalDateTime.now(ZoneId.of(Scenario.ZONE)).plusDays(days).truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    /** The types of the stream's events, in order, but the proofs of notice the sender records in the background. */
    private List<String> typesOf(String aggregateId) {
        return eventsOf(aggregateId).stream().map(e -> e.getPayloadType().getSimpleName())
                .filter(type -> !type.equals("NoticeDelivered")).toList();
    }

    @Test
    void theSecretariatStartsRecordsALetterExtendsAndWithdraws() throws Exception {
        Scenario scenario = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String list = "/meetings/" + scenario.meetingId + "/procedures";
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(page(list, "secretariat"))
                .contains("id=\"start-form\"", "id=\"no-procedures\"", "Europe/Vienna"));

        mvc.perform(post(list).with(signedIn("secretariat")).with(csrf()).param("subject", "SUBSTANTIVE_TOPICS")
                .param("deadline", viennaIn(3)).param("text", "Please approve the topics"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(list));
        String started = page(list, "secretariat");
        Matcher matcher = PROCEDURE_ID.matcher(started);
        assertThat(matcher.find()).as(started).isTrue();
        String procedureId = matcher.group(1);
        assertThat(started).contains("data-status=\"OPEN\"", "Please approve the topics", "SUBSTANTIVE TOPICS",
                "data-member-id=\"member-a\"", "letter-form", "extend-form", "withdraw-form");
        assertThat(typesOf(procedureId)).containsExactly("SilenceProcedureStarted");
        assertThat(eventsOf(procedureId).get(0).getMetaData()).containsEntry("actor", "secretariat");

        mvc.perform(post("/procedures/" + procedureId + "/letters").with(signedIn("secretariat")).with(csrf())
                .param("memberId", "member-b").param("kind", "COMMENT").param("channel", "LETTER")
                .param("reference", "letter of 28 April").param("text", "Typo in topic 2"))
                .andExpect(status().is3xxRedirection());
        assertThat(typesOf(procedureId)).containsExactly("SilenceProcedureStarted", "SilenceCommentRecorded");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(page("/procedures/" + procedureId, "secretariat"))
                .contains("COMMENTED", "Typo in topic 2", "letter of 28 April"));

        // a letter without its reference is refused with the input kept
        long before = eventCount();
        String refused = mvc.perform(post("/procedures/" + procedureId + "/letters").with(signedIn("secretariat"))
                .with(csrf()).param("memberId", "member-a").param("kind", "OBJECTION")
                .param("channel", "EMAIL").param("reference", "").param("text", "We object strongly"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"refusal\"", "reference", "We object strongly");
        assertThat(eventCount()).isEqualTo(before);

        mvc.perform(post("/procedures/" + procedureId + "/extension").with(signedIn("secretariat")).with(csrf())
                .param("deadline", viennaIn(5)).param("reason", "Holiday week"))
                .andExpect(status().is3xxRedirection());
        assertThat(typesOf(procedureId)).endsWith("SilenceDeadlineExtended");

        mvc.perform(post("/procedures/" + procedureId + "/withdrawal").with(signedIn("secretariat")).with(csrf())
                .param("reason", "Superseded"))
                .andExpect(status().is3xxRedirection());
        assertThat(typesOf(procedureId)).endsWith("SilenceProcedureWithdrawn");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(page(list, "secretariat"))
                .contains("data-status=\"WITHDRAWN\"", "Superseded").doesNotContain("withdraw-form"));
    }

    @Test
    void aRefusedStartShowsItsReasonWithTheInputKept() throws Exception {
        Scenario scenario = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        String list = "/meetings/" + scenario.meetingId + "/procedures";
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(page(list, "secretariat")).contains("start-form"));
        String past = viennaIn(-1);
        long before = eventCount();
        String page = mvc.perform(post(list).with(signedIn("secretariat")).with(csrf())
                .param("subject", "SUBSTANTIVE_TOPICS").param("deadline", past)
                .param("text", "Kept covering text"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"refusal\"", "DEADLINE_NOT_AFTER_START", "value=\"" + past + "\"",
                "Kept covering text");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aMemberConfirmsBeforeBreakingSilenceAndActsOnlyAsThemselves() throws Exception {
        Scenario scenario = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String procedureId = scenario.circulate("SUBSTANTIVE_TOPICS", 3 * 24 * 3600);
        String path = "/procedures/" + procedureId;
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(page("/inbox", "member-a")).contains("href=\"" + path + "\""));
        String own = page(path, "member-a");
        assertThat(own).contains("id=\"react-form\"", "Non-punishment of victims", "Joint investigations",
                "id=\"deadline-local\"", "Europe/Vienna", "id=\"deadline-utc\"", " UTC<");
        // not an addressee: sees the procedure, no controls, may not act
        assertThat(page(path, "member-c")).contains("id=\"procedure-status\">OPEN<").doesNotContain("react-form");
        long before = eventCount();
        mvc.perform(post(path + "/reaction").with(signedIn("member-c")).with(csrf()).param("kind", "OBJECTION")
                .param("text", "No").param("confirmed", "yes")).andExpect(status().isForbidden());
        // an addressee may not act for another member
        mvc.perform(post(path + "/reaction").with(signedIn("member-a")).with(csrf()).param("memberId", "member-b")
                .param("kind", "OBJECTION").param("text", "No").param("confirmed", "yes"))
                .andExpect(status().isForbidden());
        // first the confirmation step, which records nothing
        String confirm = mvc.perform(post(path + "/reaction").with(signedIn("member-a")).with(csrf())
                .param("kind", "OBJECTION").param("text", "Topic 2 is premature"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("You are about to break silence", "id=\"confirm\"", "id=\"cancel\"",
                "type=\"hidden\" name=\"text\" value=\"Topic 2 is premature\"",
                "type=\"hidden\" name=\"kind\" value=\"OBJECTION\"", "name=\"confirmed\" value=\"yes\"");
        assertThat(eventCount()).isEqualTo(before);
        mvc.perform(post(path + "/reaction").with(signedIn("member-a")).with(csrf()).param("kind", "OBJECTION")
                .param("text", "Topic 2 is premature").param("confirmed", "yes"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path));
        var broken = eventsOf(procedureId).stream()
                .filter(e -> e.getPayloadType().getSimpleName().equals("SilenceBroken")).toList();
        assertThat(broken).hasSize(1);
        assertThat(broken.get(0).getMetaData()).containsEntry("actor", "member-a");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(page(path, "member-a"))
                .contains("id=\"procedure-status\">BROKEN<", "Topic 2 is premature").doesNotContain("react-form"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                page("/meetings/" + scenario.meetingId + "/procedures", "secretariat"))
                .contains("data-status=\"BROKEN\"", "recirculate-form"));
        // re-circulating an unrevised text is refused, with the reason and the input kept
        String deadline = viennaIn(3);
        long beforeRecirculation = eventCount();
        String unrevised = mvc.perform(post(path + "/recirculation").with(signedIn("secretariat")).with(csrf())
                .param("deadline", deadline).param("text", "Revised: topic 2 deferred"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(unrevised).contains("id=\"refusal\"", "TEXT_NOT_REVISED", "value=\"" + deadline + "\"",
                "Revised: topic 2 deferred");
        assertThat(eventCount()).isEqualTo(beforeRecirculation);
        // once the topics are revised, the secretariat re-circulates them as a new procedure
        Scenario.expect(secretariat().post("/api/meetings/" + scenario.meetingId + "/topics", map("topics",
                List.of(map("topicId", "t1", "title", "Non-punishment of victims")))), 200);
        mvc.perform(post(path + "/recirculation").with(signedIn("secretariat")).with(csrf())
                .param("deadline", deadline).param("text", "Revised: topic 2 deferred"))
                .andExpect(status().is3xxRedirection());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                page("/meetings/" + scenario.meetingId + "/procedures", "secretariat"))
                .contains("Re-circulated as", "Revised: topic 2 deferred").doesNotContain("recirculate-form"));
    }

    @Test
    void aReCirculatedTextShowsTheWordsAddedAndRemovedSinceThePreviousVersion() throws Exception {
        // given: topics circulated, silence broken, the topics revised
        Scenario scenario = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String first = scenario.circulate("SUBSTANTIVE_TOPICS", 3 * 24 * 3600);
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(page("/procedures/" + first,
                "member-a")).contains("id=\"first-version\"", "This is the first version circulated.")
                .doesNotContain("id=\"changed-text\""));
        Scenario.expect(as("member-a").post("/api/silence-procedures/" + first + "/objections",
                map("kind", "OBJECTION", "text", "Topic 1 is too narrow")), 201);
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(
                () -> Scenario.expect(secretariat().post("/api/meetings/" + scenario.meetingId + "/topics",
                        map("topics", List.of(map("topicId", "t1", "title", "Protection of victims"),
                                map("topicId", "t2", "title", "Joint financial investigations")))),
                        200));

        // when: the revised topics are re-circulated
        String second = "sp-" + scenario.suffix + "-2";
        Scenario.expect(secretariat().post("/api/silence-procedures/" + first + "/recirculation",
                map("procedureId", second, "text", "Circulated for approval", "deadline",
                        Scenario.localIn(3 * 24 * 3600), "timeZone", Scenario.ZONE)),
                201);

        // then: the new version's page marks the word removed and the word added, and keeps the exact text
        String path = "/procedures/" + second;
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(page(path, "member-a"))
                .contains("id=\"changed-text\""));
        String page = page(path, "member-a");
        assertThat(page).contains("Changes since version", "id=\"previous-procedure\"", ">" + first + "</a>",
                "id=\"changes-legend\"",
                "<del><span class=\"visually-hidden\">removed: </span><span>Non-punishment</span></del>"
                        + "<ins><span class=\"visually-hidden\">added: </span><span>Protection</span></ins> of victims",
                "2. Joint <ins><span class=\"visually-hidden\">added: </span><span>financial </span></ins>investigations",
                "<li>Protection of victims</li>", "<li>Joint financial investigations</li>")
                .doesNotContain("id=\"first-version\"");
        assertThat(page("/procedures/" + second, "secretariat")).contains("id=\"changed-text\"");
        assertThat(page("/meetings/" + scenario.meetingId + "/procedures", "secretariat"))
                .contains("href=\"/procedures/" + second + "#changes\"", "What changed since the text re-circulated");
    }

    @Test
    void anAgendaUnderSilenceShowsThePinnedItems() throws Exception {
        Scenario scenario = new Scenario(secretariat()).bureau("member-a").meeting().agenda();
        String procedureId = scenario.circulate("AGENDA", 3 * 24 * 3600);
        String path = "/procedures/" + procedureId;
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(page(path, "member-a"))
                .contains("id=\"agenda-items\"", "Organizational matters", "(a) Opening of the meeting",
                        "(b) Adoption of the agenda", "Adoption of the report", "react-form"));
    }

    @Test
    void theAuditorSeesNoControlsAndMayNotSendAnything() throws Exception {
        Scenario scenario = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        String procedureId = scenario.circulate("SUBSTANTIVE_TOPICS", 3 * 24 * 3600);
        String list = "/meetings/" + scenario.meetingId + "/procedures";
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(page(list, "auditor")).contains(procedureId));
        for (String path : List.of(list, "/procedures/" + procedureId, "/meetings/" + scenario.meetingId,
                "/meetings/" + scenario.meetingId + "/timeline")) {
            String page = page(path, "auditor");
            assertThat(page.split("method=\"post\"", -1)).as(path).hasSize(2); // only the sign-out form
            assertThat(page).doesNotContain("start-form", "letter-form", "extend-form", "withdraw-form",
                    "react-form", "recirculate-form");
        }
        long before = eventCount();
        for (String path : List.of(list, "/procedures/" + procedureId + "/letters",
                "/procedures/" + procedureId + "/extension", "/procedures/" + procedureId + "/withdrawal",
                "/procedures/" + procedureId + "/recirculation", "/procedures/" + procedureId + "/reaction")) {
            mvc.perform(post(path).with(signedIn("auditor")).with(csrf()).param("subject", "AGENDA")
                    .param("deadline", viennaIn(3)).param("reason", "r").param("kind", "OBJECTION")
                    .param("memberId", "member-a").param("channel", "LETTER").param("reference", "x")
                    .param("text", "t").param("confirmed", "yes")).andExpect(status().isForbidden());
        }
        // a member may not use the secretariat's forms either
        mvc.perform(post("/procedures/" + procedureId + "/withdrawal").with(signedIn("member-a")).with(csrf())
                .param("reason", "r")).andExpect(status().isForbidden());
        assertThat(eventCount()).isEqualTo(before);
        assertThat(typesOf(procedureId)).containsExactly("SilenceProcedureStarted");
    }
}
