package org.agendaledger.app.web;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Bureau member's record, on the page and through the API: every procedure circulated to them, what they did
 * and how it ended; their own only.
 */
@AutoConfigureMockMvc
class MemberRecordIT extends LedgerIntegrationTest {

    @Autowired
    MockMvc mvc;

    private String page(String path, String username) throws Exception {
        return WebUsers.page(mvc, path, username);
    }

    @Test
    void theRecordListsTheMembersObjectionAndTheOutcomesOfTheirOwnProceduresOnly() throws Exception {
        // given: member-a objects on one procedure, another is approved by silence, a third is not theirs
        Scenario shared = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String objected = shared.circulate("SUBSTANTIVE_TOPICS", 3 * 24 * 3600);
        expect(as("member-a").post("/api/silence-procedures/" + objected + "/objections",
                map("kind", "OBJECTION", "text", "Topic 2 is premature")), 201);
        Scenario quiet = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        String approved = quiet.circulate("SUBSTANTIVE_TOPICS", Scenario.SOON);
        Scenario others = new Scenario(secretariat()).bureau("member-b").meeting().topics();
        String notTheirs = others.circulate("SUBSTANTIVE_TOPICS", 3 * 24 * 3600);

        // when / then: member-a's record
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(page("/my-record", "member-a"))
                .contains("data-procedure-id=\"" + objected + "\" data-status=\"BROKEN\"",
                        "data-procedure-id=\"" + approved + "\" data-status=\"APPROVED\""));
        String record = page("/my-record", "member-a");
        assertThat(record).contains("<h1>My record</h1>", "id=\"nav-record\"", "Topic 2 is premature",
                "data-kind=\"OBJECTION\"", "Silence broken by <strong>you</strong>", "Approved by silence on",
                "Stayed silent", "href=\"/procedures/" + objected + "\"",
                "href=\"/procedures/" + approved + "\"", "online", "Europe/Vienna")
                .doesNotContain(notTheirs);
        assertThat(record.indexOf(approved)).as("newest first").isLessThan(record.indexOf(objected));

        // and member-b's: silent on the one member-a broke, nothing sent yet on their open one
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(page("/my-record", "member-b"))
                .contains("data-procedure-id=\"" + notTheirs + "\" data-status=\"OPEN\""));
        String theirs = page("/my-record", "member-b");
        assertThat(theirs).contains(objected, "Silence broken by <strong>Member member-a</strong>", "Stayed silent",
                "Nothing sent yet", "Still open: ").doesNotContain(approved, "Topic 2 is premature");

        // the API answers from the same read model, with the same rule
        var mine = expect(as("member-a").get("/api/me/record"), 200).json();
        assertThat(mine.get("memberId").asString()).isEqualTo("member-a");
        List<String> ids = new java.util.ArrayList<>();
        mine.get("entries").forEach(e -> ids.add(e.get("procedureId").asString()));
        assertThat(ids).contains(objected, approved).doesNotContain(notTheirs);
        expect(as("member-a").get("/api/members/member-a/record"), 200);
        assertThat(as("member-a").get("/api/members/member-b/record").status()).isEqualTo(403);
        assertThat(as("secretariat").get("/api/me/record").status()).isEqualTo(403);
        assertThat(expect(as("auditor").get("/api/members/member-b/record"), 200).raw()).contains(notTheirs);
    }

    @Test
    void onlyABureauMemberHasTheRecordPageAndOnlyTheirOwn() throws Exception {
        // when / then
        for (String who : List.of("auditor", "secretariat")) {
            mvc.perform(get("/my-record").with(WebUsers.signedIn(who))).andExpect(status().isForbidden());
            assertThat(page("/meetings", who)).doesNotContain("id=\"nav-record\"");
        }
        mvc.perform(get("/my-record").param("memberId", "member-b").with(WebUsers.signedIn("member-a")))
                .andExpect(status().isForbidden());
        assertThat(page("/my-record?memberId=member-a", "member-a")).contains("id=\"record-member\">member-a<");
        assertThat(page("/meetings", "member-a")).contains("id=\"nav-record\"", "href=\"/my-record\"");
    }
}
