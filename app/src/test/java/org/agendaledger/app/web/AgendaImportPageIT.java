package org.agendaledger.app.web;

import static org.agendaledger.app.web.WebUsers.form;
import static org.agendaledger.app.web.WebUsers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The secretariat's one-step import page: the text of a real document read into a proposal shown for review (the
 * agenda as JSON, what the issue will say, what could not be placed), then imported as a new version; a refused
 * document shows every refused field and stores nothing; the other roles cannot open it.
 */
@AutoConfigureMockMvc
class AgendaImportPageIT extends LedgerIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theTextOfADocumentIsReadForReviewAndImportedInOneStep() throws Exception {
        Scenario s = scheduled();
        String base = "/meetings/" + s.meetingId + "/agenda/import";
        String text = fixture("/agendas/FCCC-AG13-1997-1.txt");

        String read = mvc.perform(form(base + "/read", "text", text).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(read).contains("id=\"issue-suggestion\"").contains("FCCC/AG13/1997/1").contains("1997-01-16")
                .contains("id=\"all-placed\"");
        String json = HtmlUtils.htmlUnescape(read.substring(read.indexOf("id=\"document\""))
                .replaceFirst("(?s)^[^>]*>", "").replaceFirst("(?s)</textarea>.*", ""));
        assertThat(json).contains("\"Scope and elements of the procedure of any proposed mechanism\"");

        mvc.perform(form(base, "document", json).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/meetings/" + s.meetingId + "/agenda"));
        readModelsCaughtUp();
        assertThat(secretariat().get("/api/meetings/" + s.meetingId + "/agenda").json().get("items").size())
                .isEqualTo(4);
        // opened again, the page offers the agenda as it stands, to correct and import again
        String again = WebUsers.page(mvc, base, "secretariat");
        assertThat(again).contains("Scope and elements of the procedure of any proposed mechanism");
        assertThat(WebUsers.page(mvc, "/meetings/" + s.meetingId + "/agenda", "secretariat"))
                .contains("id=\"import-link\"");
    }

    @Test
    void aRefusedDocumentNamesEveryRefusedFieldAndStoresNothing() throws Exception {
        Scenario s = scheduled();
        String base = "/meetings/" + s.meetingId + "/agenda/import";
        long before = eventCount();

        String page = mvc.perform(form(base, "document", """
                {"parts": {"style": "no-such-style"}, "items": [{"itemId": "i1", "kind": "SUBSTANTIVE", "title": ""}]}
                """).with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"refused-fields\"").contains("parts.style").contains("items[0].title");
        String malformed = mvc.perform(form(base, "document", "{\"items\": [").with(signedIn("secretariat"))
                .with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(malformed).contains("The JSON cannot be read");
        String empty = mvc.perform(form(base + "/read", "text", " ").with(signedIn("secretariat")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Paste the text of the document");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void onlyTheSecretariatOpensTheImportPage() throws Exception {
        Scenario s = scheduled();
        for (String other : new String[]{"auditor", "president"}) {
            mvc.perform(get("/meetings/" + s.meetingId + "/agenda/import").with(signedIn(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(form("/meetings/" + s.meetingId + "/agenda/import/read", "text", "x")
                    .with(signedIn(other)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    /** A meeting scheduled through the API, once the pages' read models show it. */
    private Scenario scheduled() {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting();
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + s.meetingId).status() == 200
                && secretariat().get("/api/meetings/" + s.meetingId + "/agenda").status() == 200);
        return s;
    }

    private static String fixture(String name) throws Exception {
        try (InputStream in = AgendaImportPageIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
