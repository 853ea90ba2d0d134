package org.agendaledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reading the text of an agenda's document through the API: the secretariat posts the seed's text and gets the
 * story's agenda back as a proposal, with its issue and its unplaced lines, and nothing is stored; the proposal
 * imports as it stands; no other role may read a text, an empty text and a text over 1 MB are refused with a
 * sentence.
 */
class AgendaTextImportIT extends LedgerIntegrationTest {

    private static final String MEETING = "ctoc-cop-wg4-2020";
    private static final String IMPORT = "/api/meetings/" + MEETING + "/agenda/import/text";

    @Test
    void theSeedsTextIsTheStorysAgendaAndNothingIsStored() throws IOException {
        // given
        JsonNode agenda = Scenario.expect(secretariat().get("/api/meetings/" + MEETING + "/agenda"), 200).json();
        long before = eventCount();

        // when
        ApiClient.Response response = secretariat().post(IMPORT, "text/plain; charset=UTF-8", seed());

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode proposal = response.json();
        JsonNode issue = proposal.get("issue");
        JsonNode issued = agenda.get("issued");
        assertThat(issue.get("symbol").asString()).isEqualTo(issued.get("symbol").asString());
        assertThat(issue.get("dateOfIssue").asString()).isEqualTo(issued.get("dateOfIssue").asString());
        assertThat(issue.get("distribution").asString()).isEqualTo(issued.get("distribution").asString());
        assertThat(issue.get("originalLanguage").asString()).isEqualTo(issued.get("originalLanguage").asString());
        assertThat(contents(proposal.get("document").get("items"))).isEqualTo(contents(agenda.get("items")));
        List<String> reasons = new ArrayList<>();
        proposal.get("unplaced").forEach(u -> reasons.add(u.get("reason").asString()));
        assertThat(reasons).isNotEmpty().containsOnly("page furniture");
        assertThat(eventCount()).as("events stored by reading a text").isEqualTo(before);
    }

    @Test
    void aProposalImportsAsItStandsAndExportsAsTheSameDocument() throws IOException {
        for (String text : List.of(seed(), resource("/agendas/FCCC-AG13-1997-1.txt"))) {
            // given: a meeting without agenda, and the proposal its text gives
            Scenario s = new Scenario(secretariat()).bureau("president").meeting();
            String agenda = "/api/meetings/" + s.meetingId + "/agenda";
            JsonNode proposal = Scenario.expect(secretariat().post(agenda + "/import/text", "text/plain", text), 200)
                    .json().get("document");

            // when
            ApiClient.Response imported = secretariat().post(agenda + "/import", "application/json",
                    proposal.toString());

            // then
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            String position = imported.json().get("position").asString();
            JsonNode export = Scenario.expect(as("auditor").get(agenda + "/export", "Ledger-Not-Older-Than",
                    position), 200).json();
            assertThat(export.get("items")).isEqualTo(proposal.get("items"));
            for (String part : List.of("masthead", "body", "placeAndDates", "title", "subtitle", "itemReference",
                    "chapterHeadings", "numberedParagraphs", "agendaHeading", "annotationsHeading", "introduction",
                    "listIntroduction", "annexes", "footnotes", "jobNumber")) {
                assertThat(said(export.get("parts").get(part))).as(part)
                        .isEqualTo(said(proposal.get("parts").get(part)));
            }
        }
    }

    @Test
    void onlyTheSecretariatMayReadATextIntoAProposal() throws IOException {
        String seed = seed();
        assertThat(as("auditor").post(IMPORT, "text/plain", seed).status()).isEqualTo(403);
        assertThat(as("president").post(IMPORT, "text/plain", seed).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).post(IMPORT, "text/plain", seed).status()).isEqualTo(401);
    }

    @Test
    void anEmptyTextIsRefusedWithASentence() {
        ApiClient.Response empty = secretariat().post(IMPORT, "text/plain", "  \n\n ");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("INVALID_INPUT");
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(empty.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Paste the text of the agenda's document: the request body is empty.");
        assertThat(secretariat().send("POST", IMPORT, null, null).status()).as("no body, no media type")
                .isEqualTo(415);
    }

    @Test
    void aTextOverOneMegabyteIsRefusedWithASentence() {
        ApiClient.Response large = secretariat().post(IMPORT, "text/plain", "x".repeat(1024 * 1024 + 1));

        assertThat(large.status()).isEqualTo(413);
        assertThat(large.code()).isEqualTo("TEXT_TOO_LARGE");
        assertThat(large.json().get("detail").asString()).contains("longer than 1 MB");
    }

    /** A part as said: a JSON null and a part left out are the same. */
    private static JsonNode said(JsonNode part) {
        return part == null || part.isNull() ? null : part;
    }

    /** Per item: kind, title, annotation, documentation, and each sub-item's title and annotation. */
    private static List<String> contents(JsonNode items) {
        List<String> contents = new ArrayList<>();
        for (JsonNode item : items) {
            contents.add(item.get("kind").asString() + " | " + item.get("title").asString() + " | "
                    + item.get("annotation") + " | " + item.get("documentation"));
            for (JsonNode sub : item.get("subItems")) {
                contents.add("  " + sub.get("title").asString() + " | " + sub.get("annotation"));
            }
        }
        return contents;
    }

    private static String seed() throws IOException {
        return resource("/seed/CTOC-COP-WG.4-2020-1.txt");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AgendaTextImportIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
