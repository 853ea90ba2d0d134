package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.agendaledger.app.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A store without the story, where no Bureau is established yet: the pages say so and lead to the Bureaus. */
@AutoConfigureMockMvc
@TestPropertySource(properties = "agenda-ledger.story.enabled=false")
class ScheduleFormWithoutBureausIT extends LedgerIntegrationTest {

    @Autowired
    MockMvc mvc;

    private String page(String path, String username) throws Exception {
        return WebUsers.page(mvc, path, username);
    }

    @Test
    void withoutABureauTheScheduleFormSaysSoAndLinksToTheBureaus() throws Exception {
        assertThat(eventCount()).as("an empty store").isZero();

        String form = page("/meetings/new", "secretariat");

        assertThat(form).contains("<select id=\"bureauId\" name=\"bureauId\"",
                "<span id=\"no-bureau\">No Bureau is established yet.</span>",
                "<a href=\"/bureaus\" id=\"no-bureau-link\">Establish one on the Bureaus page</a>");
        assertThat(page("/bureaus", "secretariat")).contains("id=\"no-bureaus\"", "No Bureau is established yet.",
                "id=\"establish-form\"");
        assertThat(page("/bureaus", "auditor")).contains("id=\"no-bureaus\"").doesNotContain("id=\"establish-form\"");
    }
}
