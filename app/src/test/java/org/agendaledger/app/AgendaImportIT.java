package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendaledger.events.meeting.AgendaDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agenda as one document through HTTP: imported in one step, exported as the same document, imported into
 * another meeting to the same agenda and hash; a document that breaks the rules refused naming every field, with
 * nothing stored; the parts of the document set on their own; the document's JSON Schema, in which an export is
 * valid; and who may do each.
 */
class AgendaImportIT extends LedgerIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A document with everything a document can say: parts, sections, sub-items three levels deep, footnotes. */
    static final String DOCUMENT = """
            {
              "parts": {
                "style": "unfccc",
                "masthead": ["United Nations"],
                "parentBody": "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
                "sessionLine": "Eleventh meeting",
                "placeAndDates": "Vienna, 10 and 11 September 2031",
                "itemReference": "Item 1 (b) of the provisional agenda",
                "subtitle": "Note by the Secretariat",
                "jobNumber": "V.31-01234 (E)",
                "chapterHeadings": true,
                "numberedParagraphs": true,
                "agendaHeading": "Provisional agenda",
                "introduction": ["The Working Group was established by the Conference.[^decision]"],
                "annexes": [
                  {"kind": "ORGANIZATION_OF_WORK"},
                  {"kind": "TEXT", "title": "States parties", "paragraphs": ["As at 1 July 2031."],
                   "table": {"columns": ["State", "Ratification"],
                             "rows": [["Austria", "23 September 2004"], ["Brazil", ""]]}}
                ],
                "footnotes": [
                  {"id": "decision", "text": "Decision 1/5 of the Conference."},
                  {"id": "survey", "text": "Survey of 2030."}
                ]
              },
              "items": [
                {"itemId": "i1", "kind": "ORGANIZATIONAL", "title": "Organizational matters",
                 "annotation": ["The meeting will be opened on 10 September 2031."],
                 "subItems": [
                   {"subItemId": "i1a", "title": "Opening of the meeting"},
                   {"subItemId": "i1b", "title": "Adoption of the agenda and organization of work",
                    "annotation": ["The provisional agenda was prepared in consultation with the Bureau."],
                    "documentation": [{"symbol": "CTOC/COP/WG.4/2031/1", "title": "Annotated provisional agenda"}],
                    "sections": [{"heading": "Background", "paragraphs": ["Held twice a year."],
                                  "sections": [{"heading": "History", "paragraphs": ["First held in 2009."]}]}],
                    "subItems": [
                      {"subItemId": "i1b-i", "title": "Organization of work",
                       "subItems": [{"subItemId": "i1b-i-x", "title": "Time limits",
                                     "annotation": ["Statements are limited to five minutes.[^survey]"]}]}
                    ]}
                 ],
                 "sections": [{"heading": "Documentation",
                               "documentation": [{"symbol": "CTOC/COP/WG.4/2031/2", "title": "Background paper"}]}]},
                {"itemId": "i2", "kind": "SUBSTANTIVE", "title": "Non-punishment of victims",
                 "documentation": [{"symbol": "CTOC/COP/WG.4/2031/3", "title": "Note by the Secretariat"}]},
                {"itemId": "i3", "kind": "ADOPTION_OF_REPORT", "title": "Adoption of the report"}
              ]
            }
            """;

    private Scenario s;

    @BeforeEach
    void aMeetingWithoutAgenda() {
        s = new Scenario(secretariat()).bureau("president").meeting();
    }

    // ---------------------------------------------------------------- import and export

    @Test
    void anImportedDocumentIsExportedAsTheSameDocument() {
        // when
        long position = accepted(secretariat().post(importOf(s), DOCUMENT));

        // then
        ApiClient.Response export = expect(read("auditor", exportOf(s), position), 200);
        assertThat(export.contentType()).startsWith("application/json");
        assertThat(document(export.raw())).isEqualTo(document(DOCUMENT));
        // what the document leaves to the house style is left out, not written as null
        assertThat(export.raw()).doesNotContain("null");
        JsonNode agenda = expect(read("auditor", agendaOf(s), position), 200).json();
        assertThat(agenda.get("version").asInt()).isEqualTo(1);
        assertThat(agenda.at("/parts/style").asString()).isEqualTo("unfccc");
        assertThat(agenda.at("/items/0/subItems/1/subItems/0/subItems/0/title").asString()).isEqualTo("Time limits");
    }

    @Test
    void theExportImportedIntoAnotherMeetingGivesTheSameExportAndTheSameHash() {
        long first = accepted(secretariat().post(importOf(s), DOCUMENT));
        String export = expect(read("secretariat", exportOf(s), first), 200).raw();
        Scenario other = new Scenario(secretariat()).bureau("president").meeting();

        long second = accepted(secretariat().post(importOf(other), export));

        String again = expect(read("secretariat", exportOf(other), second), 200).raw();
        assertThat(JSON.readTree(again)).isEqualTo(JSON.readTree(export));
        String hash = expect(read("auditor", agendaOf(s), second), 200).json().get("contentHash").asString();
        assertThat(expect(read("auditor", agendaOf(other), second), 200).json().get("contentHash").asString())
                .isEqualTo(hash).startsWith("sha256:");
    }

    @Test
    void importingReplacesTheDraftAsItsNextVersion() {
        s.agenda();

        long position = accepted(secretariat().post(importOf(s), DOCUMENT));

        JsonNode agenda = expect(read("auditor", agendaOf(s), position), 200).json();
        assertThat(agenda.get("version").asInt()).isEqualTo(2);
        assertThat(agenda.at("/items/1/title").asString()).isEqualTo("Non-punishment of victims");
        assertThat(document(expect(read("auditor", exportOf(s), position), 200).raw())).isEqualTo(document(DOCUMENT));
    }

    @Test
    void theExportAsOfAnEarlierInstantIsTheAgendaAsItThenStood() throws InterruptedException {
        s.agenda();
        String proposed = expect(read("auditor", exportOf(s), s.position()), 200).raw();
        Thread.sleep(50);
        Instant between = Instant.now();
        Thread.sleep(50);

        long position = accepted(secretariat().post(importOf(s), DOCUMENT));

        read("auditor", exportOf(s), position);
        ApiClient.Response then = expect(as("auditor").get(exportOf(s) + "?asOf=" + between), 200);
        assertThat(JSON.readTree(then.raw())).isEqualTo(JSON.readTree(proposed));
        assertThat(proposed).contains("\"Opening of the meeting\"").doesNotContain("parts\":{\"style");
    }

    @Test
    void anItemPlacedInASlotCannotVanishFromTheNewText() {
        s.agenda();
        expect(secretariat().post("/api/meetings/" + s.meetingId + "/slots/s1/assignments", Map.of("itemId", "i3")),
                201);
        long before = eventCount();
        ObjectNode withoutTheReport = (ObjectNode) JSON.readTree(DOCUMENT);
        ((tools.jackson.databind.node.ArrayNode) withoutTheReport.get("items")).remove(2);

        ApiClient.Response refused = secretariat().post(importOf(s), JSON.writeValueAsString(withoutTheReport));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("ASSIGNED_ITEM_MISSING");
        assertThat(refused.json().get("detail").asString()).contains("Agenda item 3");
        assertThat(eventCount()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- refused documents

    @Test
    void aDocumentThatBreaksTheRulesIsRefusedNamingEveryFieldAndNothingIsStored() {
        s.agenda();
        long before = eventCount();
        ObjectNode bad = (ObjectNode) JSON.readTree(DOCUMENT);
        ((ObjectNode) bad.at("/items/1")).put("title", " ");
        ((ObjectNode) bad.at("/items/0/subItems/0")).put("subItemId", "a b");
        ((ObjectNode) bad.at("/items/0/subItems/1/subItems/0/subItems/0")).put("subItemId", "i1");
        ((ObjectNode) bad.at("/parts")).put("style", "nonesuch");
        ((ObjectNode) bad.at("/parts/annexes/1/table")).set("rows", JSON.readTree("[[\"Austria\"]]"));
        ((ObjectNode) bad.at("/parts/footnotes/0")).put("id", "decision-2");

        ApiClient.Response refused = secretariat().post(importOf(s), JSON.writeValueAsString(bad));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("INVALID_INPUT");
        assertThat(fields(refused)).containsExactlyInAnyOrder("items[1].title", "items[0].subItems[0].subItemId",
                "items[0].subItems[1].subItems[0].subItems[0].subItemId", "parts.style",
                "parts.annexes[1].table.rows[0]", "parts.introduction[0]", "parts.footnotes[0].id");
        assertThat(eventCount()).isEqualTo(before);
        JsonNode agenda = expect(read("auditor", agendaOf(s), s.position()), 200).json();
        assertThat(agenda.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aDocumentWithAFieldItDoesNotHaveIsRefusedAndNothingIsStored() {
        long before = eventCount();
        ObjectNode unknown = (ObjectNode) JSON.readTree(DOCUMENT);
        ((ObjectNode) unknown.at("/items/0/subItems/1/sections/0")).put("colour", "red");

        ApiClient.Response refused = secretariat().post(importOf(s), JSON.writeValueAsString(unknown));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("items[0].subItems[1].sections[0].colour");
        assertThat(refused.raw()).contains("Not a field of this request; leave it out.");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(as("auditor").get(exportOf(s)).status()).isEqualTo(404);
    }

    @Test
    void aDocumentWithoutItemsIsRefused() {
        ApiClient.Response refused = secretariat().post(importOf(s), "{\"parts\":{\"style\":\"unfccc\"}}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("items");
    }

    // ---------------------------------------------------------------- the parts on their own

    @Test
    void thePartsOfTheDocumentAreSetOnTheirOwnAsTheNextVersion() {
        long imported = accepted(secretariat().post(importOf(s), DOCUMENT));
        read("auditor", agendaOf(s), imported);
        long before = eventCount();

        // refused: the text still refers to [^survey], which these parts do not have
        ApiClient.Response refused = secretariat().put(partsOf(s), "{\"style\":\"un-secretariat\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("footnotes");
        assertThat(eventCount()).isEqualTo(before);

        long position = accepted(secretariat().put(partsOf(s), """
                {"style": "un-secretariat", "subtitle": "Note by the Secretariat",
                 "footnotes": [{"id": "survey", "text": "Survey of 2031."}]}"""));

        JsonNode agenda = expect(read("auditor", agendaOf(s), position), 200).json();
        assertThat(agenda.get("version").asInt()).isEqualTo(2);
        JsonNode export = expect(read("auditor", exportOf(s), position), 200).json();
        assertThat(export.at("/parts/style").asString()).isEqualTo("un-secretariat");
        assertThat(export.at("/parts/footnotes/0/text").asString()).isEqualTo("Survey of 2031.");
        assertThat(export.at("/parts/masthead").size()).isZero();
        assertThat(export.at("/items/0/subItems/1/subItems/0/subItems/0/title").asString()).isEqualTo("Time limits");
    }

    // ---------------------------------------------------------------- the schema

    @Test
    void theSchemaOfTheDocumentIsAJsonSchemaInWhichAnExportIsValid() {
        long position = accepted(secretariat().post(importOf(s), DOCUMENT));
        String export = expect(read("auditor", exportOf(s), position), 200).raw();

        ApiClient.Response schema = expect(as("auditor").get("/api/schemas/agenda-document.json"), 200);

        assertThat(schema.contentType()).startsWith("application/schema+json");
        JsonNode root = schema.json();
        assertThat(root.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(root.at("/properties/items/items/$ref").asString()).isEqualTo("#/$defs/AgendaItemContent");
        assertThat(root.get("$defs").propertyNames()).contains("AgendaItemContent", "SubItemContent",
                "AnnotationSection", "DocumentationEntry", "DocumentParts", "Annex", "AnnexTable", "Footnote");
        assertThat(schema.raw()).doesNotContain("#/components/")
                .contains("\"ORGANIZATIONAL\"", "\"ADOPTION_OF_REPORT\"", "\"ORGANIZATION_OF_WORK\"", "\"TEXT\"",
                        "\"unfccc\"");
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema.raw());
        assertThat(validator.validate(JSON.readTree(export))).isEmpty();
        // and it is a schema that refuses: an unknown kind, a field no record has, a document without items
        ObjectNode wrong = (ObjectNode) JSON.readTree(export);
        ((ObjectNode) wrong.at("/items/0")).put("kind", "CEREMONIAL");
        ((ObjectNode) wrong.at("/parts")).put("colour", "red");
        assertThat(messages(validator.validate(wrong))).hasSize(2);
        assertThat(validator.validate(JSON.readTree("{\"parts\":{}}"))).isNotEmpty();
    }

    @Test
    void theOpenApiDescriptionHasTheWholeDocumentAsTheImportsBody() {
        JsonNode api = expect(ApiClient.anonymous(port).get("/v3/api-docs"), 200).json();

        JsonNode body = api.at("/paths/~1api~1meetings~1{meetingId}~1agenda~1import/post/requestBody");
        assertThat(body.at("/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/AgendaDocument");
        assertThat(body.get("required").asBoolean()).isTrue();
        JsonNode schemas = api.at("/components/schemas");
        assertThat(schemas.at("/AgendaItemContent/properties/kind").toString()).contains("SUBSTANTIVE");
        assertThat(schemas.at("/Annex/properties/kind").toString()).contains("ORGANIZATION_OF_WORK");
        assertThat(schemas.at("/SubItemContent/properties/subItems/items/$ref").asString())
                .isEqualTo("#/components/schemas/SubItemContent");
        assertThat(schemas.at("/AnnotationSection/properties/sections/items/$ref").asString())
                .isEqualTo("#/components/schemas/AnnotationSection");
        assertThat(schemas.at("/AgendaDocument/required").toString()).contains("items");
        assertThat(schemas.at("/SubItemContent/properties/title/maxLength").asInt()).isEqualTo(1000);
    }

    // ---------------------------------------------------------------- who may

    @Test
    void onlyTheSecretariatImportsAndSetsPartsEveryoneSignedInExportsAndReadsTheSchema() {
        long before = eventCount();
        for (String user : List.of("auditor", "president")) {
            assertThat(as(user).post(importOf(s), DOCUMENT).status()).as(user).isEqualTo(403);
            assertThat(as(user).put(partsOf(s), "{\"style\":\"unfccc\"}").status()).as(user).isEqualTo(403);
        }
        assertThat(ApiClient.anonymous(port).post(importOf(s), DOCUMENT).status()).isEqualTo(401);
        assertThat(eventCount()).isEqualTo(before);

        long position = accepted(secretariat().post(importOf(s), DOCUMENT));
        for (String user : List.of("auditor", "president", "vp-grulac", "secretariat")) {
            assertThat(read(user, exportOf(s), position).status()).as(user).isEqualTo(200);
            assertThat(as(user).get("/api/schemas/agenda-document.json").status()).as(user).isEqualTo(200);
        }
        assertThat(ApiClient.anonymous(port).get(exportOf(s)).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/api/schemas/agenda-document.json").status()).isEqualTo(401);
    }

    @Test
    void anUnknownMeetingOrOneWithoutAgendaHasNoExport() {
        ApiClient.Response unknown = as("auditor").get("/api/meetings/no-such-meeting/agenda/export");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw()).contains("There is no meeting 'no-such-meeting'");

        ApiClient.Response none = read("auditor", exportOf(s), s.position());
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.raw()).contains("has no agenda yet");
    }

    // ---------------------------------------------------------------- helpers

    private static String importOf(Scenario scenario) {
        return "/api/meetings/" + scenario.meetingId + "/agenda/import";
    }

    private static String partsOf(Scenario scenario) {
        return "/api/meetings/" + scenario.meetingId + "/agenda/document-parts";
    }

    private static String exportOf(Scenario scenario) {
        return "/api/meetings/" + scenario.meetingId + "/agenda/export";
    }

    private static String agendaOf(Scenario scenario) {
        return "/api/meetings/" + scenario.meetingId + "/agenda";
    }

    /** An accepted command's store position, from its header (and its body, which says the same). */
    private static long accepted(ApiClient.Response response) {
        expect(response, 200);
        assertThat(response.header("Ledger-Position")).isEqualTo(response.json().get("position").asString());
        return response.json().get("position").asLong();
    }

    private ApiClient.Response read(String user, String path, long notOlderThan) {
        return as(user).get(path, "Ledger-Not-Older-Than", Long.toString(notOlderThan));
    }

    private static AgendaDocument document(String json) {
        return JSON.readValue(json, AgendaDocument.class);
    }

    private static List<String> fields(ApiClient.Response refused) {
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::getMessage).toList();
    }
}
