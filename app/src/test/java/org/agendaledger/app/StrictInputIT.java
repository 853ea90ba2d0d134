package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict input through HTTP: no value is converted from another JSON type, dates and times have one form each and
 * lie within the record's bounds, texts and lists are bounded, ids come from the safe character set in bodies and
 * paths, a command to an id of another kind is an unknown id. Each refusal is {@code application/problem+json} with
 * a code, names the field, and leaves the event store as it was.
 */
class StrictInputIT extends LedgerIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Scenario s;
    private long before;

    @BeforeEach
    void aMeetingWithItsBureauAndTopics() {
        s = new Scenario(secretariat()).bureau("president", "vp-grulac").meeting().topics();
        before = eventCount();
    }

    // ------------------------------------------------------------------------------------------ no coercion

    @Test
    void aStringIsNeverMadeFromANumberABooleanAnArrayOrAnObject() {
        for (String name : List.of("123", "12.5", "true", "false", "[\"Bureau\"]", "{\"text\":\"Bureau\"}")) {
            refused(post("/api/bureaus", "{\"bureauId\":\"" + fresh("b") + "\",\"name\":" + name + "}"),
                    "MALFORMED_REQUEST", "name", "Must be a JSON string.");
        }
        refused(post(members(), "{\"memberId\":42,\"displayName\":\"Member 42\"}"), "MALFORMED_REQUEST",
                "memberId", "Must be a JSON string.");
        Map<String, Object> plan = plan();
        plan.put("languages", List.of("English", 7));
        refused(secretariat().post("/api/meetings", plan), "MALFORMED_REQUEST", "languages[1]",
                "Must be a JSON string.");
        refused(post(topics(), "{\"topics\":[{\"topicId\":\"t9\",\"title\":false}]}"), "MALFORMED_REQUEST",
                "topics[0].title", "Must be a JSON string.");
        assertNothingStored();
    }

    @Test
    void aWholeNumberIsNeverMadeFromAStringAFractionOrABoolean() {
        s.agenda();
        before = eventCount();
        for (String position : List.of("\"1\"", "1.5", "1.0", "1e0", "true", "[1]", "2147483648")) {
            refused(post(agenda() + "/items", "{\"kind\":\"OTHER_MATTERS\",\"title\":\"Other\",\"position\":"
                    + position + "}"), "MALFORMED_REQUEST", "position",
                    "Must be a whole number (written without quotes, without a fraction, within range).");
        }
        assertNothingStored();
    }

    @Test
    void anEnumIsNeverMadeFromANumberOrAnotherSpelling() {
        s.agenda();
        before = eventCount();
        for (String kind : List.of("0", "1", "\"substantive\"", "\"Substantive\"", "\"\"", "\" SUBSTANTIVE\"")) {
            refused(post(agenda() + "/items", "{\"kind\":" + kind + ",\"title\":\"Other\"}"), "MALFORMED_REQUEST",
                    "kind", "Must be one of ORGANIZATIONAL, SUBSTANTIVE, OTHER_MATTERS, ADOPTION_OF_REPORT.");
        }
        refused(post("/api/silence-procedures", "{\"meetingId\":\"" + s.meetingId + "\",\"subject\":2,"
                + "\"deadline\":\"2031-03-06T18:00\",\"timeZone\":\"Europe/Vienna\"}"), "MALFORMED_REQUEST",
                "subject", "Must be one of MEETING_PLAN, SUBSTANTIVE_TOPICS, AGENDA.");
        assertNothingStored();
    }

    @Test
    void aDateIsAStringOfOneFormNeverANumberAnArrayOrADateTime() {
        for (String date : List.of("123", "0", "[2031,9,10]", "\"1970-01-01T00:00\"", "\"2031-09-10T00:00:00Z\"",
                "\" 2031-09-10\"", "\"2031-9-10\"", "\"+2031-09-10\"", "\"2031-02-30\"", "\"20310910\"", "{}",
                "true")) {
            Map<String, Object> plan = plan();
            plan.put("startDate", raw(date));
            refused(post("/api/meetings", json(plan)), "MALFORMED_REQUEST", "startDate",
                    "Write the date as YYYY-MM-DD, e.g. 2031-09-10.");
        }
        assertNothingStored();
    }

    @Test
    void aTimeIsToTheMinuteNeverANumberAnArrayOrAFraction() {
        for (String time : List.of("600", "[10,0]", "\"10:00:00.123456789\"", "\"10:00:00.000\"", "\"10:00:30\"",
                "\"10\"", "\"24:00\"", "\"10:00Z\"")) {
            Map<String, Object> plan = plan();
            plan.put("slots", List.of(Map.of("slotId", "s1", "date", "2031-09-10", "start", raw(time),
                    "end", "13:00")));
            refused(post("/api/meetings", json(plan)), "MALFORMED_REQUEST", "slots[0].start",
                    "Write the time as HH:MM, e.g. 10:00 (to the minute: seconds, if written, are 00).");
        }
        assertNothingStored();

        // written with seconds 00, a time is the same time
        Map<String, Object> plan = plan();
        plan.put("slots", List.of(Map.of("slotId", "s1", "date", "2031-09-10", "start", "10:00:00", "end", "13:00")));
        expect(secretariat().post("/api/meetings", plan), 201);
    }

    @Test
    void aDeadlineIsALocalDateTimeToTheSecondNeverAFractionAnOffsetOrANumber() {
        for (String deadline : List.of("\"2031-03-06T18:00:00.5\"", "\"2031-03-06T18:00Z\"",
                "\"2031-03-06T18:00+01:00\"", "\"2031-03-06\"", "1930000000", "[2031,3,6,18,0]")) {
            refused(post("/api/silence-procedures", "{\"meetingId\":\"" + s.meetingId + "\","
                    + "\"subject\":\"SUBSTANTIVE_TOPICS\",\"deadline\":" + deadline
                    + ",\"timeZone\":\"Europe/Vienna\"}"),
                    "MALFORMED_REQUEST", "deadline", "Write the date and time as YYYY-MM-DDTHH:MM, e.g. "
                            + "2031-09-01T18:00 (seconds may follow, never a fraction of a second).");
        }
        assertNothingStored();
    }

    @Test
    void nullIsRefusedInAnArrayAndWhereAValueIsRequired() {
        Map<String, Object> plan = plan();
        plan.put("languages", java.util.Arrays.asList("English", null));
        refused(secretariat().post("/api/meetings", plan), "MALFORMED_REQUEST", "languages[1]", "Must not be null.");
        refused(post(topics(), "{\"topics\":[null]}"), "MALFORMED_REQUEST", "topics[0]", "Must not be null.");
        plan = plan();
        plan.put("slots", null);
        refused(secretariat().post("/api/meetings", plan), "INVALID_INPUT", "slots", "must not be null");
        assertNothingStored();
    }

    @Test
    void anItemAddedToTheAgendaIsRefusedWithAnAnnotationDocumentationOrSubItemsAndTheAgendaStaysAsItWas() {
        // given an agenda of three items, at its version
        s.agenda();
        String agenda = "/api/meetings/" + s.meetingId + "/agenda";
        int version = expect(as("auditor").get(agenda + "?notOlderThan=" + s.position()), 200).json().get("version")
                .asInt();
        before = eventCount();

        // when an item is added with what only proposing the whole agenda, or commands of their own, give an item
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("annotation", List.of("The Working Group will consider the non-punishment principle."));
        extras.put("documentation", List.of(Map.of("symbol", "CTOC/COP/WG.4/2031/2", "title", "Background paper")));
        extras.put("subItems", List.of(Map.of("subItemId", "i4a", "title", "Joint investigations")));
        for (Map.Entry<String, Object> extra : extras.entrySet()) {
            Map<String, Object> item = new LinkedHashMap<>(Map.of("itemId", "i4", "kind", "SUBSTANTIVE",
                    "title", "Joint investigations"));
            item.put(extra.getKey(), extra.getValue());

            // then it is refused, naming the field
            refused(secretariat().post(agenda + "/items", item), "MALFORMED_REQUEST", extra.getKey(),
                    "Not a field of this request; leave it out.");
        }

        // and nothing is stored: the agenda keeps its version and its three items
        assertNothingStored();
        JsonNode after = expect(as("auditor").get(agenda + "?notOlderThan=" + s.position()), 200).json();
        assertThat(after.get("version").asInt()).isEqualTo(version);
        assertThat(after.get("items")).hasSize(3);
        // the same item without them is added: the field alone was refused
        long added = expect(secretariat().post(agenda + "/items", Map.of("itemId", "i4", "kind", "SUBSTANTIVE",
                "title", "Joint investigations")), 201).json().get("position").asLong();
        assertThat(expect(as("auditor").get(agenda + "?notOlderThan=" + added), 200).json().get("version").asInt())
                .isEqualTo(version + 1);
    }

    @Test
    void aPropertyTheRequestDoesNotHaveOrOneGivenTwiceIsRefused() {
        refused(post("/api/bureaus", "{\"bureauId\":\"" + fresh("b") + "\",\"name\":\"Bureau\",\"colour\":\"red\"}"),
                "MALFORMED_REQUEST", "colour", "Not a field of this request; leave it out.");
        refused(post("/api/bureaus", "{\"bureauId\":\"" + fresh("b") + "\",\"name\":\"Bureau\",\"Name\":\"x\"}"),
                "MALFORMED_REQUEST", "Name", "Not a field of this request; leave it out.");
        // a revision of the plan cannot rename the body or move the meeting to another Bureau
        Map<String, Object> revision = plan();
        List.of("meetingId", "bureauId", "ordinal").forEach(revision::remove);
        refused(secretariat().put("/api/meetings/" + s.meetingId + "/plan", revision), "MALFORMED_REQUEST", "body",
                "Not a field of this request; leave it out.");
        ApiClient.Response twice = expect(post("/api/bureaus", "{\"bureauId\":\"" + fresh("b")
                + "\",\"name\":\"One\",\"name\":\"Two\"}"), 400);
        assertProblem(twice, "MALFORMED_REQUEST");
        assertThat(twice.json().get("detail").asString()).contains("Duplicate");
        assertNothingStored();
    }

    @Test
    void malformedJsonAndOtherMediaTypesAreRefused() {
        for (String body : List.of("{\"bureauId\":\"x\",", "{\"name\":\"a\"} trailing", "{'name':'a'}",
                "{\"name\":\"a\" /* comment */}", "{\"name\":NaN}", "", "null", "[]", "\"Bureau\"")) {
            ApiClient.Response response = expect(post("/api/bureaus", body), 400);
            assertProblem(response, response.code());
            assertThat(response.code()).isIn("MALFORMED_REQUEST", "INVALID_INPUT");
        }
        assertProblem(expect(send("POST", "/api/bureaus", "text/plain", "{\"name\":\"Bureau\"}"), 415),
                "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(expect(send("POST", "/api/bureaus", "application/xml", "<name>Bureau</name>"), 415),
                "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(expect(send("PATCH", "/api/bureaus", "application/json", "{}"), 405), "METHOD_NOT_ALLOWED");
        assertProblem(expect(secretariat().get("/api/no-such-thing"), 404), "NOT_FOUND");
        assertNothingStored();
    }

    // ------------------------------------------------------------------------------------------ bounds

    @Test
    void datesLieFrom1945To2200() {
        for (String date : List.of("1944-12-31", "2201-01-01", "0001-01-01", "9999-12-31")) {
            Map<String, Object> plan = plan();
            plan.put("startDate", date);
            refused(secretariat().post("/api/meetings", plan), "INVALID_INPUT", "startDate",
                    "Give a date from 1945-01-01 to 2200-12-31.");
        }
        refused(secretariat().post("/api/meetings/" + s.meetingId + "/agenda/issue",
                Map.of("symbol", "CTOC/COP/WG.4/2031/1", "dateOfIssue", "2201-01-01", "distribution", "General",
                        "originalLanguage", "English")),
                "INVALID_INPUT",
                "dateOfIssue", "Give a date from 1945-01-01 to 2200-12-31.");
        refused(secretariat().post("/api/silence-procedures", Map.of("meetingId", s.meetingId,
                "subject", "SUBSTANTIVE_TOPICS", "deadline", "2201-01-01T00:00", "timeZone", Scenario.ZONE)),
                "INVALID_INPUT", "deadline", "Give a date from 1945-01-01 to 2200-12-31.");
        assertNothingStored();

        // the first and the last day of the record are dates like any other
        Map<String, Object> plan = plan();
        plan.put("startDate", "1945-01-01");
        plan.put("endDate", "2200-12-31");
        expect(secretariat().post("/api/meetings", plan), 201);
    }

    @Test
    void anInstantOfAQueryHasOneFormAndLiesWithinTheRecord() {
        String path = "/api/meetings/" + s.meetingId + "?asOf=";
        refused(as("auditor").get(path + "1944-12-31T23:59:59Z"), "INVALID_INPUT", "asOf",
                "Give an instant from 1945-01-01T00:00:00Z to 2200-12-31T23:59:59Z.");
        refused(as("auditor").get(path + encode("+999999999-12-31T23:59:59Z")), "INVALID_INPUT", "asOf",
                "Write an instant as 2020-09-10T12:00:00Z or 2020-09-10T12:00:00+02:00 (in a URL, + is written %2B).");
        refused(as("auditor").get(path + encode("2031-01-01T12:00:00 02:00")), "INVALID_INPUT", "asOf",
                "Write an instant as 2020-09-10T12:00:00Z or 2020-09-10T12:00:00+02:00 (in a URL, + is written %2B).");
        refused(as("auditor").get("/api/audit/events?from=1234567890"), "INVALID_INPUT", "from",
                "Write an instant as 2020-09-10T12:00:00Z or 2020-09-10T12:00:00+02:00 (in a URL, + is written %2B).");
        expect(as("auditor").get(path + encode("2031-01-01T12:00:00+02:00")), 200);
        assertNothingStored();
    }

    @Test
    void textsAreBoundedAndOneLineTextsHaveNoControlCharacters() {
        refused(secretariat().post("/api/bureaus", Map.of("bureauId", fresh("b"), "name", "x".repeat(301))),
                "INVALID_INPUT", "name", "At most 300 characters.");
        refused(secretariat().post(topics(), Map.of("topics", List.of(Map.of("title", "y".repeat(1001))))),
                "INVALID_INPUT", "topics[0].title", "At most 1000 characters.");
        refused(secretariat().post(topics(), Map.of("topics", List.of(Map.of("title", "Two\nlines")))),
                "INVALID_INPUT", "topics[0].title", "Write it on one line, without control characters.");
        refused(secretariat().post("/api/bureaus", Map.of("bureauId", fresh("b"), "name", "Bell\u0007")),
                "INVALID_INPUT", "name", "Write it on one line, without control characters.");
        refused(post("/api/bureaus", "{\"bureauId\":\"" + fresh("b") + "\",\"name\":\"Half \\ud800 a pair\"}"),
                "MALFORMED_REQUEST", "name", "Not valid Unicode text (an unpaired surrogate).");
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Map.of("title", "Topic " + i));
        }
        refused(secretariat().post(topics(), Map.of("topics", many)), "INVALID_INPUT", "topics",
                "At most 50 entries.");
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 3600);
        before = eventCount();
        refused(as("president").post("/api/silence-procedures/" + procedure + "/comments",
                Map.of("text", "Escape \u001B[31m")), "INVALID_INPUT", "text",
                "No control characters (line breaks and tabs are allowed).");
        refused(as("president").post("/api/silence-procedures/" + procedure + "/comments",
                Map.of("text", "z".repeat(10001))), "INVALID_INPUT", "text", "At most 10000 characters.");
        assertNothingStored();

        // the longest texts, and line breaks where a text has several lines, are accepted
        expect(secretariat().post("/api/bureaus", Map.of("bureauId", fresh("b"), "name", "x".repeat(300))), 201);
        expect(as("president").post("/api/silence-procedures/" + procedure + "/comments",
                Map.of("text", "First line.\nSecond line,\tindented.")), 201);
    }

    @Test
    void aMemberReactsOnlineAndWithoutTheReferenceOfALetter() {
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 3600);
        before = eventCount();
        refused(as("president").post("/api/silence-procedures/" + procedure + "/objections",
                Map.of("kind", "OBJECTION", "text", "No.", "channel", "LETTER")), "INVALID_INPUT", "channel",
                "A Bureau member reacts online; leave the channel out.");
        refused(as("president").post("/api/silence-procedures/" + procedure + "/comments",
                Map.of("text", "A comment.", "reference", "letter of 1 May")), "INVALID_INPUT", "reference",
                "Only the secretariat records the reference of a letter or message; leave it out.");
        assertNothingStored();
    }

    // ------------------------------------------------------------------------------------------ ids

    @Test
    void anIdInABodyIsOfTheSafeCharacters() {
        for (String id : List.of("a b", "ü-bureau", "-bureau", ".bureau", "bureau/1", "x".repeat(65), "a\nb", "")) {
            refused(secretariat().post("/api/bureaus", Map.of("bureauId", id, "name", "Bureau")), "INVALID_INPUT",
                    "bureauId", "Use letters, digits, '.', '_' or '-' (1 to 64 characters, starting with a letter or "
                            + "a digit).");
        }
        refused(secretariat().post("/api/silence-procedures", Map.of("meetingId", s.meetingId + "'; --",
                "subject", "SUBSTANTIVE_TOPICS", "deadline", "2031-03-06T18:00", "timeZone", Scenario.ZONE)),
                "INVALID_INPUT", "meetingId", "Use letters, digits, '.', '_' or '-' (1 to 64 characters, starting "
                        + "with a letter or a digit).");
        assertNothingStored();
        expect(secretariat().post("/api/bureaus", Map.of("bureauId", "B." + "x".repeat(62), "name", "Bureau")), 201);
    }

    @Test
    void anIdInAPathOutsideTheSafeCharactersIsAnUnknownId() {
        for (String id : List.of("a%20b", "%C3%BC", "-x", "x".repeat(65), "a.b~c", "%E2%80%AEx")) {
            assertUnknownId(secretariat().post("/api/meetings/" + id + "/opening", null));
            assertUnknownId(secretariat().delete("/api/bureaus/" + s.bureauId + "/members/" + id));
            assertUnknownId(as("auditor").get("/api/meetings/" + id));
        }
        // what the firewall refuses before any id is read is a malformed request, in the same shape
        for (String id : List.of("a%0Ab", "a%2Fb", "%00", "a%25b", "a;b", "..%2Fbureaus")) {
            ApiClient.Response response = secretariat().post("/api/meetings/" + id + "/opening", null);
            assertThat(response.status()).as(id + ": " + response).isEqualTo(400);
            assertProblem(response, "MALFORMED_REQUEST");
        }
        assertNothingStored();
    }

    @Test
    void aCommandToAnIdOfAnotherKindIsAnUnknownIdAndStoresNothing() {
        s.agenda();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 3600);
        before = eventCount();
        String meeting = s.meetingId;
        String bureau = s.bureauId;
        Map<String, List<String>> others = Map.of("meeting", List.of(bureau, procedure),
                "bureau", List.of(meeting, procedure), "procedure", List.of(meeting, bureau));
        for (WrongKind command : commandsToAnotherKind()) {
            for (String other : others.get(command.kind())) {
                ApiClient.Response response = send(command.method(), command.path(other), command.mediaType(),
                        command.body());
                assertThat(response.status()).as(command + " to " + other + ": " + response).isEqualTo(404);
                assertProblem(response, "UNKNOWN_ID");
                assertThat(eventCount()).as(command + " to " + other).isEqualTo(before);
            }
        }
        // a body naming a Bureau where a meeting is meant: the circulation loads it, finds no meeting
        assertUnknownId(secretariat().post("/api/silence-procedures", Map.of("meetingId", bureau,
                "subject", "SUBSTANTIVE_TOPICS", "deadline", "2031-03-06T18:00", "timeZone", Scenario.ZONE)));
        assertUnknownId(secretariat().post("/api/silence-procedures", Map.of("meetingId", procedure,
                "subject", "AGENDA", "deadline", "2031-03-06T18:00", "timeZone", Scenario.ZONE)));
        assertNothingStored();
    }

    @Test
    void everyCommandWithAnAggregateIdInItsPathIsCoveredByTheWrongKindTest() {
        JsonNode paths = as("auditor").get("/v3/api-docs").json().get("paths");
        List<String> documented = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String p = path.getKey();
            if (!operation.getKey().equals("get") && (p.contains("{meetingId}") || p.contains("{bureauId}")
                    || p.contains("{procedureId}"))) {
                documented.add(operation.getKey().toUpperCase() + " " + p);
            }
        }));
        List<String> covered = commandsToAnotherKind().stream().map(WrongKind::operation).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(documented);
    }

    // ------------------------------------------------------------------------------------------ sentences

    @Test
    void theMinimumPeriodIsStatedInWords() {
        ApiClient.Response tooSoon = expect(secretariat().post("/api/silence-procedures", Map.of(
                "meetingId", s.meetingId, "subject", "SUBSTANTIVE_TOPICS", "deadline", Scenario.localIn(2),
                "timeZone", Scenario.ZONE)), 409);
        // to the second, 1 to 2 s from now: after the start, before the minimum period of 2 s has passed
        assertProblem(tooSoon, "DEADLINE_TOO_SOON");
        // the integration tests run with a minimum period of PT2S
        assertThat(tooSoon.json().get("detail").asString())
                .endsWith("leaves less than the minimum period of 2 seconds for the members to react.");
        assertNothingStored();
    }

    @Test
    void theOpenApiDescriptionStatesTheBounds() {
        JsonNode docs = as("auditor").get("/v3/api-docs").json();
        JsonNode schemas = docs.get("components").get("schemas");
        JsonNode bureau = schemas.get("EstablishBureauRequest").get("properties");
        assertThat(bureau.get("bureauId").get("pattern").asString()).isEqualTo("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
        assertThat(bureau.get("bureauId").get("maxLength").asInt()).isEqualTo(64);
        assertThat(bureau.get("name").get("maxLength").asInt()).isEqualTo(300);
        assertThat(bureau.get("name").get("pattern").asString()).startsWith("^[^");
        JsonNode schedule = schemas.get("ScheduleRequest").get("properties");
        assertThat(schedule.get("startDate").get("format").asString()).isEqualTo("date");
        assertThat(schedule.get("startDate").get("pattern").asString()).isEqualTo("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        assertThat(schedule.get("startDate").get("x-formatMinimum").asString()).isEqualTo("1945-01-01");
        assertThat(schedule.get("startDate").get("x-formatMaximum").asString()).isEqualTo("2200-12-31");
        assertThat(schedule.get("slots").get("maxItems").asInt()).isEqualTo(100);
        assertThat(schedule.get("languages").get("items").get("maxLength").asInt()).isEqualTo(50);
        JsonNode slot = schemas.get("SlotRequest").get("properties");
        assertThat(slot.get("start").get("pattern").asString()).isEqualTo("^[0-9]{2}:[0-9]{2}(:00)?$");
        JsonNode item = schemas.get("ItemRequest").get("properties");
        assertThat(item.get("position").get("minimum").asInt()).isZero();
        assertThat(item.get("position").get("maximum").asInt()).isEqualTo(999);
        JsonNode start = schemas.get("StartRequest").get("properties");
        assertThat(start.get("deadline").get("pattern").asString())
                .isEqualTo("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$");
        JsonNode opening = docs.get("paths").get("/api/meetings/{meetingId}/opening").get("post");
        JsonNode meetingId = opening.get("parameters").get(0);
        assertThat(meetingId.get("schema").get("pattern").asString()).isEqualTo("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
        assertThat(meetingId.get("schema").get("maxLength").asInt()).isEqualTo(64);
        JsonNode asOf = null;
        for (JsonNode parameter : docs.get("paths").get("/api/meetings/{meetingId}").get("get").get("parameters")) {
            if (parameter.get("name").asString().equals("asOf")) {
                asOf = parameter;
            }
        }
        assertThat(asOf).isNotNull();
        assertThat(asOf.get("schema").get("pattern").asString()).startsWith("^[0-9]{4}-");
    }

    @Test
    void everyStringOfARequestBodyIsBoundedAndEveryListAndNumberToo() {
        JsonNode docs = as("auditor").get("/v3/api-docs").json();
        JsonNode schemas = docs.get("components").get("schemas");
        List<String> requestSchemas = new ArrayList<>();
        docs.get("paths").forEach(path -> path.forEach(operation -> {
            JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
            if (body.has("$ref")) {
                requestSchemas.add(body.get("$ref").asString().replace("#/components/schemas/", ""));
            }
        }));
        assertThat(requestSchemas).isNotEmpty();
        List<String> unbounded = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        requestSchemas.forEach(name -> unboundedIn(name, schemas, seen, unbounded));
        assertThat(unbounded).as("request properties without a stated bound").isEmpty();
    }

    private static void unboundedIn(String name, JsonNode schemas, List<String> seen, List<String> unbounded) {
        if (seen.contains(name)) {
            return;
        }
        seen.add(name);
        schemas.get(name).path("properties").properties().forEach(property -> {
            String where = name + "." + property.getKey();
            check(property.getValue(), where, schemas, seen, unbounded);
        });
    }

    private static void check(JsonNode schema, String where, JsonNode schemas, List<String> seen,
                              List<String> unbounded) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString().replace("#/components/schemas/", "");
            unboundedIn(ref, schemas, seen, unbounded);
            return;
        }
        String type = schema.path("type").isArray() ? schema.get("type").get(0).asString()
                : schema.path("type").asString("");
        switch (type) {
            case "string" -> {
                if (!schema.has("enum") && !schema.has("maxLength") && !schema.has("pattern")) {
                    unbounded.add(where);
                }
            }
            case "array" -> {
                if (!schema.has("maxItems")) {
                    unbounded.add(where);
                }
                check(schema.get("items"), where + "[]", schemas, seen, unbounded);
            }
            case "integer", "number" -> {
                if (!schema.has("minimum") || !schema.has("maximum")) {
                    unbounded.add(where);
                }
            }
            default -> {
            }
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * A command as the OpenAPI description names it ({@code template}), whose path names an aggregate of the given
     * kind, with a body (of its media type) that is valid as it stands; {@link #path} fills in the id given and the
     * fixture's others.
     */
    private record WrongKind(String kind, String method, String template, String query, String body,
                             String mediaType) {

        WrongKind(String kind, String method, String template, String query, String body) {
            this(kind, method, template, query, body, "application/json");
        }

        WrongKind(String kind, String method, String template, String body) {
            this(kind, method, template, "", body);
        }

        String operation() {
            return method + " " + template;
        }

        String path(String id) {
            return template.replace("{" + kind + "Id}", id).replace("{memberId}", "president")
                    .replace("{slotId}", "s1").replace("{itemId}", "i1").replace("{subItemId}", "i1a") + query;
        }

        @Override
        public String toString() {
            return operation();
        }
    }

    private static List<WrongKind> commandsToAnotherKind() {
        String plan = json(planWithout());
        String m = "/api/meetings/{meetingId}";
        String a = m + "/agenda";
        String sp = "/api/silence-procedures/{procedureId}";
        return List.of(
                new WrongKind("bureau", "POST", "/api/bureaus/{bureauId}/members",
                        "{\"memberId\":\"vp-weog\",\"displayName\":\"Vice-President (WEOG)\"}"),
                new WrongKind("bureau", "DELETE", "/api/bureaus/{bureauId}/members/{memberId}", null),
                new WrongKind("bureau", "PUT", "/api/bureaus/{bureauId}/members/{memberId}/contact",
                        "{\"to\":[\"president@mission.example.org\"],\"language\":\"fr\"}"),
                new WrongKind("bureau", "PUT", "/api/bureaus/{bureauId}/secretariat-address",
                        "{\"address\":\"secretariat@unodc.example.org\"}"),
                new WrongKind("meeting", "PUT", m + "/plan", plan),
                new WrongKind("meeting", "POST", m + "/topics", "{\"topics\":[{\"title\":\"Another topic\"}]}"),
                new WrongKind("meeting", "POST", m + "/agenda/issue",
                        "{\"symbol\":\"CTOC/COP/WG.4/2031/1\",\"dateOfIssue\":\"2031-06-04\","
                                + "\"distribution\":\"General\",\"originalLanguage\":\"English\"}"),
                new WrongKind("meeting", "POST", m + "/slots/{slotId}/assignments", "{\"itemId\":\"i1\"}"),
                new WrongKind("meeting", "DELETE", m + "/slots/{slotId}/assignments/{itemId}", null),
                new WrongKind("meeting", "POST", m + "/opening", null),
                new WrongKind("meeting", "POST", m + "/agenda/adoption", null),
                new WrongKind("meeting", "POST", m + "/report/adoption", null),
                new WrongKind("meeting", "POST", a,
                        "{\"items\":[{\"kind\":\"ORGANIZATIONAL\",\"title\":\"Opening\"}]}"),
                new WrongKind("meeting", "POST", a + "/import",
                        "{\"items\":[{\"itemId\":\"w1\",\"kind\":\"ORGANIZATIONAL\",\"title\":\"Opening\"}]}"),
                new WrongKind("meeting", "POST", a + "/import/text", "", "1. Opening of the session.", "text/plain"),
                new WrongKind("meeting", "PUT", a + "/document-parts", "{\"style\":\"unfccc\"}"),
                new WrongKind("meeting", "POST", a + "/items", "{\"kind\":\"OTHER_MATTERS\",\"title\":\"Other\"}"),
                new WrongKind("meeting", "PUT", a + "/items/{itemId}",
                        "{\"kind\":\"ORGANIZATIONAL\",\"title\":\"Org\"}"),
                new WrongKind("meeting", "DELETE", a + "/items/{itemId}", null),
                new WrongKind("meeting", "PUT", a + "/order", "{\"ids\":[\"i1\"]}"),
                new WrongKind("meeting", "POST", a + "/items/{itemId}/sub-items", "{\"title\":\"Election\"}"),
                new WrongKind("meeting", "PUT", a + "/items/{itemId}/sub-items/{subItemId}", "{\"title\":\"Opening\"}"),
                new WrongKind("meeting", "DELETE", a + "/items/{itemId}/sub-items/{subItemId}", null),
                new WrongKind("meeting", "PUT", a + "/items/{itemId}/sub-items/order", "{\"ids\":[\"i1a\"]}"),
                new WrongKind("meeting", "PUT", a + "/items/{itemId}/annotation", "{\"paragraphs\":[\"Text.\"]}"),
                new WrongKind("meeting", "PUT", a + "/items/{itemId}/sub-items/{subItemId}/annotation",
                        "{\"paragraphs\":[\"Text.\"]}"),
                new WrongKind("meeting", "POST", a + "/items/{itemId}/documentation",
                        "{\"symbol\":\"CTOC/COP/WG.4/2031/2\",\"title\":\"Background\"}"),
                new WrongKind("meeting", "DELETE", a + "/items/{itemId}/documentation", "?symbol=CTOC/COP/WG.4/2031/2",
                        null),
                new WrongKind("procedure", "POST", sp + "/recirculation",
                        "{\"deadline\":\"2031-05-08T18:00\",\"timeZone\":\"Europe/Vienna\",\"text\":\"Revised\"}"),
                new WrongKind("procedure", "POST", sp + "/objections", "{\"memberId\":\"president\","
                        + "\"kind\":\"OBJECTION\",\"text\":\"No.\",\"channel\":\"LETTER\",\"reference\":\"letter\"}"),
                new WrongKind("procedure", "POST", sp + "/comments", "{\"memberId\":\"president\","
                        + "\"text\":\"A comment.\",\"channel\":\"EMAIL\",\"reference\":\"e-mail\"}"),
                new WrongKind("procedure", "POST", sp + "/extension",
                        "{\"deadline\":\"2031-05-12T18:00\",\"timeZone\":\"Europe/Vienna\",\"reason\":\"Holiday\"}"),
                new WrongKind("procedure", "POST", sp + "/withdrawal", "{\"reason\":\"Dates under review\"}"),
                new WrongKind("procedure", "POST", sp + "/approval", null));
    }

    private static Map<String, Object> planWithout() {
        Map<String, Object> plan = new HashMap<>(Scenario.plan("x", "y"));
        List.of("meetingId", "bureauId", "body", "ordinal").forEach(plan::remove);
        return plan;
    }

    private Map<String, Object> plan() {
        return new LinkedHashMap<>(Scenario.plan(fresh("m"), s.bureauId));
    }

    private String members() {
        return "/api/bureaus/" + s.bureauId + "/members";
    }

    private String topics() {
        return "/api/meetings/" + s.meetingId + "/topics";
    }

    private String agenda() {
        return "/api/meetings/" + s.meetingId + "/agenda";
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A JSON value written as it stands into a map that is then written as JSON. */
    private static Object raw(String json) {
        return JSON.readTree(json);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private ApiClient.Response post(String path, String json) {
        return secretariat().post(path, json);
    }

    private ApiClient.Response send(String method, String path, String contentType, String body) {
        return secretariat().send(method, path, contentType, body);
    }

    private void assertNothingStored() {
        assertThat(eventCount()).as("events stored by refused requests").isEqualTo(before);
    }

    private static void assertUnknownId(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertProblem(response, "UNKNOWN_ID");
    }

    /** A 400 naming the field with the sentence of its rule. */
    private static void refused(ApiClient.Response response, String code, String field, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertProblem(response, code);
        Map<String, String> errors = new LinkedHashMap<>();
        response.json().get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(errors).as(response.toString()).containsEntry(field, message);
    }

    private static void assertProblem(ApiClient.Response response, String code) {
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }
}
