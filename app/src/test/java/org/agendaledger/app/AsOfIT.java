package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Any past state of the story, rebuilt by replaying its events up to an instant of business time. */
class AsOfIT extends LedgerIntegrationTest {

    private static final String MEETING = "/api/meetings/ctoc-cop-wg4-2020";

    @BeforeEach
    void storyIsLoaded() {
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings").raw().contains("\"CLOSED\""));
    }

    @Test
    void on30April2020TheTopicsAreNotYetApproved() {
        JsonNode meeting = read(MEETING + "?asOf=2020-04-30T12:00:00Z");
        assertThat(meeting.get("planConfirmed").asBoolean()).isTrue();
        assertThat(meeting.get("topicsApproved").asBoolean()).isFalse();
        assertThat(meeting.get("status").asString()).isEqualTo("SCHEDULED");
        JsonNode agenda = read(MEETING + "/agenda?asOf=2020-04-30T12:00:00Z");
        assertThat(agenda.get("topicsApproved").asBoolean()).isFalse();
        assertThat(agenda.get("topics")).hasSize(2);
        assertThat(agenda.get("items")).isEmpty();
    }

    @Test
    void on2May2020TheTopicsAreApproved() {
        assertThat(read(MEETING + "?asOf=2020-05-02T00:00:00Z").get("topicsApproved").asBoolean()).isTrue();
        assertThat(read(MEETING + "/agenda?asOf=2020-05-02T00:00:00Z").get("topicsApproved").asBoolean()).isTrue();
    }

    @Test
    void atNoonInViennaOn10September2020TheAgendaIsAdoptedAndTheReportIsNot() {
        String noon = "2020-09-10T12:00:00%2B02:00";
        assertThat(read(MEETING + "?asOf=" + noon).get("status").asString()).isEqualTo("AGENDA_ADOPTED");
        JsonNode agenda = read(MEETING + "/agenda?asOf=" + noon);
        assertThat(agenda.get("adopted").get("asIssued").asBoolean()).isTrue();
        assertThat(agenda.path("reportAdoptedAt").isNull()).as("report adopted at").isTrue();
        assertThat(agenda.get("closed").asBoolean()).isFalse();
        assertThat(read(MEETING + "/organization-of-work?asOf=" + noon).get("slots")).hasSize(4);
    }

    @Test
    void beforeTheMeetingWasPlannedItDidNotExist() {
        ApiClient.Response response = expect(as("auditor").get(MEETING + "?asOf=2019-01-01T00:00:00Z"), 404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        expect(as("auditor").get(MEETING + "/agenda?asOf=2019-01-01T00:00:00Z"), 404);
    }

    @Test
    void theCurrentStateAndTheStateAsOfNowAreTheSame() {
        JsonNode current = read(MEETING + "/agenda");
        JsonNode asOfNow = read(MEETING + "/agenda?asOf=2100-01-01T00:00:00Z");
        assertThat(asOfNow).isEqualTo(current);
    }

    @Test
    void theOrganizationOfWorkIsTheAnnex() {
        JsonNode slots = read(MEETING + "/organization-of-work").get("slots");
        assertThat(slots).hasSize(4);
        assertThat(slots.get(1).get("assignments").get(0).get("reference").asString()).isEqualTo("2");
        assertThat(slots.get(1).get("assignments").get(0).get("continued").asBoolean()).isTrue();
        assertThat(slots.get(3).get("assignments").get(1).get("title").asString())
                .isEqualTo("Adoption of the report");
    }

    @Test
    void aMalformedAsOfIsA400() {
        expect(as("auditor").get(MEETING + "/agenda?asOf=yesterday"), 400);
    }

    private JsonNode read(String path) {
        return expect(as("auditor").get(path), 200).json();
    }
}
