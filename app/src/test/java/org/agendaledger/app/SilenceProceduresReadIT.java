package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMeetingProcedures;
import org.agendaledger.query.silence.SilenceProcedureView;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The silence-procedures read model through HTTP: addressees' states and reactions, late objections, extensions,
 * the members' inboxes and who may read them, "as of" reads, the live stream, replays, and the real story.
 */
@TestPropertySource(properties = "agenda-ledger.streams.heartbeat=PT0.5S")
class SilenceProceduresReadIT extends LedgerIntegrationTest {

    private static final String STORY_MEETING = "ctoc-cop-wg4-2020";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private QueryGateway queryGateway;
    @Autowired
    private QueryUpdateEmitter updateEmitter;
    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void commentsObjectionsAndTheBreachAreReadPerAddresseeWithEveryReaction() {
        Scenario s = new Scenario(secretariat()).bureau("president", "vp-grulac", "vp-weog").meeting().topics();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 600);
        expect(as("vp-grulac").post(reactions(procedure, "comments"), Map.of("text", "Editorial: 'victims'.")), 201);
        expect(as("vp-weog").post(reactions(procedure, "comments"), Map.of("text", "Editorial: commas.")), 201);
        expect(as("vp-grulac").post(reactions(procedure, "objections"),
                Map.of("kind", "OBJECTION", "text", "GRULAC cannot agree to topic 2.")), 201);
        expect(secretariat().post(reactions(procedure, "objections"), Map.of("memberId", "vp-weog",
                "kind", "AMENDMENT", "text", "Add 'and protection'.", "channel", "LETTER",
                "reference", "letter of 28 April 2031")), 201);

        JsonNode view = awaitProcedure(procedure, p -> addressee(p, "vp-weog").get("reactions").size() == 2);

        assertThat(view.get("status").asString()).isEqualTo("BROKEN");
        assertThat(view.get("meetingId").asString()).isEqualTo(s.meetingId);
        assertThat(view.get("subject").get("kind").asString()).isEqualTo("SUBSTANTIVE_TOPICS");
        assertThat(view.get("subject").get("contentHash").asString()).startsWith("sha256:");
        assertThat(view.get("text").asString()).isEqualTo("Circulated for approval");
        assertThat(view.get("outcome").get("brokenBy").asString()).isEqualTo("vp-grulac");
        assertThat(view.get("outcome").get("breachKind").asString()).isEqualTo("OBJECTION");
        assertThat(Duration.parse(view.get("timeLeft").asString())).isZero();
        assertThat(addressee(view, "president").get("state").asString()).isEqualTo("SILENT");
        assertThat(addressee(view, "president").get("reactions")).isEmpty();
        JsonNode grulac = addressee(view, "vp-grulac");
        assertThat(grulac.get("state").asString()).as("commented, then objected").isEqualTo("OBJECTED");
        assertThat(texts(grulac.get("reactions"), "kind")).containsExactly("COMMENT", "OBJECTION");
        JsonNode weog = addressee(view, "vp-weog");
        assertThat(weog.get("state").asString()).isEqualTo("PROPOSED_AMENDMENT");
        JsonNode letter = weog.get("reactions").get(1);
        assertThat(letter.get("channel").asString()).isEqualTo("LETTER");
        assertThat(letter.get("reference").asString()).isEqualTo("letter of 28 April 2031");
        assertThat(letter.get("late").asBoolean()).isFalse();
        assertThat(letter.get("receivedAt").asString()).isNotBlank();
    }

    @Test
    void aLateObjectionIsRecordedAsLateAndTheApprovalAtTheDeadlineStands() {
        Scenario s = new Scenario(secretariat()).bureau("president", "vp-grulac").meeting().topics();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", Scenario.SOON);
        JsonNode approved = awaitProcedure(procedure, p -> p.get("status").asString().equals("APPROVED"));
        assertThat(approved.get("outcome").get("approvedAt").asString())
                .isEqualTo(approved.get("deadline").get("instant").asString());

        expect(as("vp-grulac").post(reactions(procedure, "objections"),
                Map.of("kind", "OBJECTION", "text", "Too late, but for the record.")), 201);

        JsonNode view = awaitProcedure(procedure, p -> addressee(p, "vp-grulac").get("state").asString()
                .equals("LATE"));
        assertThat(view.get("status").asString()).isEqualTo("APPROVED");
        assertThat(view.get("outcome").get("approvedAt").asString())
                .isEqualTo(approved.get("outcome").get("approvedAt").asString());
        assertThat(addressee(view, "vp-grulac").get("reactions").get(0).get("late").asBoolean()).isTrue();
        assertThat(addressee(view, "president").get("state").asString()).isEqualTo("SILENT");
    }

    @Test
    void anExtensionMovesTheDeadlineWithItsReasonAndAWithdrawalEndsTheProcedure() {
        Scenario s = new Scenario(secretariat()).bureau("president").meeting();
        String procedure = s.circulate("MEETING_PLAN", 600);
        Instant original = Instant.parse(awaitProcedure(procedure, p -> true).get("deadline").get("instant")
                .asString());
        expect(secretariat().post("/api/silence-procedures/" + procedure + "/extension", Map.of(
                "deadline", Scenario.localIn(7200), "timeZone", Scenario.ZONE, "reason", "Holiday period")), 200);

        JsonNode extended = awaitProcedure(procedure, p -> p.get("extensions").size() == 1);
        JsonNode extension = extended.get("extensions").get(0);
        assertThat(Instant.parse(extension.get("previousDeadline").asString())).isEqualTo(original);
        assertThat(extension.get("newDeadline").asString()).isEqualTo(extended.get("deadline").get("instant")
                .asString());
        assertThat(extension.get("reason").asString()).isEqualTo("Holiday period");
        assertThat(extended.get("deadline").get("timeZone").asString()).isEqualTo(Scenario.ZONE);
        assertThat(Duration.parse(extended.get("timeLeft").asString())).isGreaterThan(Duration.ofMinutes(110));

        expect(secretariat().post("/api/silence-procedures/" + procedure + "/withdrawal",
                Map.of("reason", "The venue changes")), 200);

        JsonNode withdrawn = awaitProcedure(procedure, p -> p.get("status").asString().equals("WITHDRAWN"));
        assertThat(withdrawn.get("withdrawal").get("reason").asString()).isEqualTo("The venue changes");
        assertThat(withdrawn.get("outcome").isNull()).isTrue();
        assertThat(Duration.parse(withdrawn.get("timeLeft").asString())).isZero();
    }

    @Test
    void aRevisedTextAndTheProcedureItRevisesAreLinkedBothWays() {
        Scenario s = new Scenario(secretariat()).bureau("president").meeting().topics();
        String first = s.circulate("SUBSTANTIVE_TOPICS", 600);
        expect(as("president").post(reactions(first, "objections"),
                Map.of("kind", "AMENDMENT", "text", "Add 'and protection'.")), 201);
        await().atMost(PATIENCE).until(() -> eventsOf(s.meetingId).stream()
                .anyMatch(e -> e.getPayloadType().getSimpleName().equals("SubjectReleasedFromSilence")));
        expect(secretariat().post("/api/meetings/" + s.meetingId + "/topics", Map.of("topics", List.of(
                Map.of("topicId", "t1", "title", "Non-punishment of victims and their protection")))), 200);
        String second = expect(secretariat().post("/api/silence-procedures/" + first + "/recirculation",
                Map.of("text", "Revised topics", "deadline", Scenario.localIn(600), "timeZone", Scenario.ZONE)), 201)
                .json().get("id").asString();

        JsonNode revised = awaitProcedure(second, p -> true);
        JsonNode original = awaitProcedure(first, p -> p.path("recirculatedAs").asString("").equals(second));

        assertThat(revised.get("recirculationOf").asString()).isEqualTo(first);
        assertThat(original.get("status").asString()).isEqualTo("BROKEN");
        assertThat(revised.get("subject").get("version").asInt())
                .isGreaterThan(original.get("subject").get("version").asInt());
        JsonNode listed = expect(as("auditor").get("/api/meetings/" + s.meetingId + "/silence-procedures"), 200)
                .json();
        assertThat(texts(listed, "procedureId")).as("open first, then closed").containsExactly(second, first);
    }

    @Test
    void theInboxOfAMemberHoldsTheOpenProceduresCirculatedToThemUntilTheyEnd() {
        Scenario ab = new Scenario(secretariat()).bureau("member-a", "member-b").meeting();
        Scenario c = new Scenario(secretariat()).bureau("member-c").meeting();
        String toAB = ab.circulate("MEETING_PLAN", 600);
        String toC = c.circulate("MEETING_PLAN", 600);
        // appointed after the circulation: the frozen list of addressees does not include member-c
        expect(secretariat().post("/api/bureaus/" + ab.bureauId + "/members",
                Map.of("memberId", "member-c", "displayName", "Member member-c")), 201);

        JsonNode item = awaitInboxItem("member-a", toAB);
        assertThat(procedureIds(inbox("member-a", "member-a"))).doesNotContain(toC);
        assertThat(procedureIds(awaitInbox("member-c", inbox -> procedureIds(inbox).contains(toC))))
                .doesNotContain(toAB);
        assertThat(item.get("meetingId").asString()).isEqualTo(ab.meetingId);
        assertThat(item.get("subject").get("kind").asString()).isEqualTo("MEETING_PLAN");
        assertThat(item.get("state").asString()).isEqualTo("SILENT");
        JsonNode deadline = item.get("deadline");
        Instant utc = Instant.parse(deadline.get("instant").asString());
        assertThat(deadline.get("instant").asString()).endsWith("Z");
        assertThat(deadline.get("timeZone").asString()).isEqualTo(Scenario.ZONE);
        assertThat(OffsetDateTime.parse(deadline.get("local").asString()))
                .isEqualTo(utc.atZone(ZoneId.of(Scenario.ZONE)).toOffsetDateTime());
        assertThat(Duration.parse(item.get("timeLeft").asString()))
                .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(600));

        expect(as("member-a").post(reactions(toAB, "comments"), Map.of("text", "Fine with a comma.")), 201);
        await().atMost(PATIENCE).until(() -> inboxItem(inbox("member-a", "member-a"), toAB)
                .map(i -> i.get("state").asString().equals("COMMENTED")).orElse(false));

        expect(secretariat().post("/api/silence-procedures/" + toAB + "/withdrawal",
                Map.of("reason", "Dates under review")), 200);
        awaitInbox("member-a", inbox -> !procedureIds(inbox).contains(toAB));
        assertThat(procedureIds(inbox("member-b", "member-b"))).doesNotContain(toAB);
    }

    @Test
    void aMemberReadsOnlyTheirOwnInboxWhileTheSecretariatAndTheAuditorReadAny() {
        assertThat(expect(as("member-d").get("/api/members/member-d/inbox"), 200).json().get("memberId")
                .asString()).isEqualTo("member-d");
        assertThat(expect(as("member-d").get("/api/me/inbox"), 200).json().get("memberId").asString())
                .isEqualTo("member-d");
        ApiClient.Response another = expect(as("member-d").get("/api/members/member-e/inbox"), 403);
        assertThat(another.contentType()).startsWith("application/problem+json");
        assertThat(another.code()).isEqualTo("FORBIDDEN");
        assertThat(another.json().get("detail").asString()).contains("own inbox");
        expect(as("auditor").get("/api/members/member-e/inbox"), 200);
        expect(as("secretariat").get("/api/members/member-e/inbox"), 200);
        assertThat(expect(as("auditor").get("/api/me/inbox"), 403).code()).isEqualTo("FORBIDDEN");
        expect(ApiClient.anonymous(port).get("/api/members/member-e/inbox"), 401);
    }

    @Test
    void asOfAnEarlierInstantTheProcedureIsReadAsItStoodThen() {
        Scenario s = new Scenario(secretariat()).bureau("president", "vp-weog").meeting().topics();
        Instant beforeStart = Instant.now();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 600);
        Instant afterStart = Instant.now();
        expect(as("vp-weog").post(reactions(procedure, "objections"),
                Map.of("kind", "OBJECTION", "text", "Not yet.")), 201);
        awaitProcedure(procedure, p -> p.get("status").asString().equals("BROKEN"));

        JsonNode then = expect(as("auditor").get("/api/silence-procedures/" + procedure + "?asOf=" + afterStart),
                200).json();

        assertThat(then.get("status").asString()).isEqualTo("OPEN");
        assertThat(texts(then.get("addressees"), "state")).containsOnly("SILENT");
        assertThat(Duration.parse(then.get("timeLeft").asString())).isEqualTo(Duration.between(afterStart,
                Instant.parse(then.get("deadline").get("instant").asString())));
        JsonNode listedThen = expect(as("auditor").get("/api/meetings/" + s.meetingId + "/silence-procedures?asOf="
                + afterStart), 200).json();
        assertThat(texts(listedThen, "status")).containsExactly("OPEN");
        assertThat(expect(as("auditor").get("/api/meetings/" + s.meetingId + "/silence-procedures?asOf="
                + beforeStart), 200).json()).isEmpty();
        ApiClient.Response notYet = expect(as("auditor").get("/api/silence-procedures/" + procedure + "?asOf="
                + beforeStart), 404);
        assertThat(notYet.contentType()).startsWith("application/problem+json");
        expect(as("auditor").get("/api/silence-procedures/sp-that-never-was"), 404);
        expect(as("auditor").get("/api/silence-procedures/sp-that-never-was?asOf=" + afterStart), 404);
        expect(as("auditor").get("/api/silence-procedures/" + s.meetingId + "?asOf=" + afterStart), 404);
    }

    @Test
    void theStreamSendsTheProceduresFirstThenEachChangeAndLetsGoOfAClientThatLeaves() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("president", "vp-grulac").meeting().topics();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 600);
        awaitProcedure(procedure, p -> true);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings/"
                + s.meetingId + "/silence-procedures/stream"))
                .header("Authorization", basic("vp-grulac"))
                .header("Accept", "text/event-stream")
                .build();

        try (EventStream stream = EventStream.open(HTTP, request)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            assertThat(stream.awaitFirst()).satisfies(first -> {
                assertThat(first[0]).isEqualTo("procedures");
                assertThat(first[1]).contains(procedure).contains("\"OPEN\"");
            });

            expect(as("vp-grulac").post(reactions(procedure, "objections"),
                    Map.of("kind", "OBJECTION", "text", "Objection, live.")), 201);

            await().atMost(PATIENCE).until(() -> stream.all().stream().anyMatch(e -> e[0].equals("procedure")
                    && e[1].contains("\"BROKEN\"") && e[1].contains("\"OBJECTED\"")));
            assertThat(subscribers(s.meetingId)).isEqualTo(1);
        }
        // the heartbeat finds the client gone and the subscription is closed
        await().atMost(PATIENCE).until(() -> subscribers(s.meetingId) == 0);
    }

    @Test
    void theStoryMeetingPlanWasApprovedAtItsDeadlineWithAllEightAddresseesSilent() {
        JsonNode plan = awaitProcedure("sp-2019-meeting-plan", p -> p.get("status").asString().equals("APPROVED"));

        assertThat(plan.get("outcome").get("approvedAt").asString()).isEqualTo("2019-08-30T16:00:00Z");
        assertThat(plan.get("deadline").get("instant").asString()).isEqualTo("2019-08-30T16:00:00Z");
        assertThat(plan.get("deadline").get("local").asString()).isEqualTo("2019-08-30T18:00:00+02:00");
        assertThat(plan.get("addressees")).hasSize(8);
        assertThat(texts(plan.get("addressees"), "state")).containsOnly("SILENT");
        assertThat(plan.get("subject").get("kind").asString()).isEqualTo("MEETING_PLAN");
    }

    @Test
    void theStoryTopicsWereOpenOnThe30thOfAprilAndApprovedBySecondOfMay2020() {
        awaitProcedure("sp-2020-substantive-topics", p -> p.get("status").asString().equals("APPROVED"));

        JsonNode open = expect(as("auditor").get(
                "/api/silence-procedures/sp-2020-substantive-topics?asOf=2020-04-30T12:00:00Z"), 200).json();
        JsonNode approved = expect(as("auditor").get(
                "/api/silence-procedures/sp-2020-substantive-topics?asOf=2020-05-02T00:00:00Z"), 200).json();

        assertThat(open.get("status").asString()).isEqualTo("OPEN");
        assertThat(open.get("outcome").isNull()).isTrue();
        assertThat(Duration.parse(open.get("timeLeft").asString())).isEqualTo(Duration.ofHours(28));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("outcome").get("approvedAt").asString()).isEqualTo("2020-05-01T16:00:00Z");
        JsonNode meeting = expect(as("auditor").get("/api/meetings/" + STORY_MEETING
                + "/silence-procedures?asOf=2020-04-30T12:00:00Z"), 200).json();
        assertThat(texts(meeting, "procedureId")).as("the open one first")
                .containsExactly("sp-2020-substantive-topics", "sp-2019-meeting-plan");
        assertThat(texts(meeting, "status")).containsExactly("OPEN", "APPROVED");
    }

    @Test
    void aReplayRebuildsTheSameProceduresAndTellsSubscribersNothing() {
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings/" + STORY_MEETING).raw()
                .contains("\"CLOSED\""));
        String before = awaitStoryProcedures(2);
        SubscriptionQueryResult<List<SilenceProcedureView>, SilenceProcedureView> subscription = queryGateway
                .subscriptionQuery(FindMeetingProcedures.current(STORY_MEETING),
                        ResponseTypes.multipleInstancesOf(SilenceProcedureView.class),
                        ResponseTypes.instanceOf(SilenceProcedureView.class));
        List<SilenceProcedureView> updates = new CopyOnWriteArrayList<>();
        subscription.updates().subscribe(updates::add);
        try {
            StreamingEventProcessor processor = processing
                    .eventProcessor("silence-procedures", StreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();

            await().atMost(PATIENCE).until(() -> processor.processingStatus().size() == 4
                    && !processor.isReplaying() && before.equals(storyProcedures()));
            assertThat(updates).extracting(SilenceProcedureView::procedureId).as("sent during the replay")
                    .isEmpty();
        } finally {
            subscription.close();
        }
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDescriptionWithoutTheSignedInUserAsAParameter() {
        JsonNode paths = expect(ApiClient.anonymous(port).get("/v3/api-docs"), 200).json().get("paths");

        for (String path : List.of("/api/meetings/{meetingId}/silence-procedures",
                "/api/meetings/{meetingId}/silence-procedures/stream", "/api/silence-procedures/{procedureId}",
                "/api/members/{memberId}/inbox", "/api/me/inbox")) {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.get(path).has("get")).as(path).isTrue();
        }
        // nothing to pass but, optionally, the store position the read must not be older than
        List<String> parameters = new java.util.ArrayList<>();
        paths.get("/api/me/inbox").get("get").path("parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).as("nothing to pass").containsExactlyInAnyOrder("Ledger-Not-Older-Than", "notOlderThan");
        assertThat(texts(paths.get("/api/members/{memberId}/inbox").get("get").get("parameters"), "name"))
                .containsExactly("memberId", "Ledger-Not-Older-Than", "notOlderThan");
    }

    // --- reading

    private JsonNode awaitProcedure(String procedureId, Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE).until(() -> {
            ApiClient.Response response = as("auditor").get("/api/silence-procedures/" + procedureId);
            return response.status() == 200 ? response.json() : null;
        }, view -> view != null && condition.test(view));
    }

    private String storyProcedures() {
        return as("auditor").get("/api/meetings/" + STORY_MEETING + "/silence-procedures").raw();
    }

    private String awaitStoryProcedures(int count) {
        return await().atMost(PATIENCE).until(this::storyProcedures, raw -> {
            JsonNode list = new ApiClient.Response(200, "", raw, null).json();
            return list != null && list.isArray() && list.size() == count && !raw.contains("\"OPEN\"");
        });
    }

    private JsonNode inbox(String reader, String memberId) {
        return expect(as(reader).get("/api/members/" + memberId + "/inbox"), 200).json();
    }

    private JsonNode awaitInbox(String memberId, Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE).until(() -> inbox(memberId, memberId), condition);
    }

    private JsonNode awaitInboxItem(String memberId, String procedureId) {
        return inboxItem(awaitInbox(memberId, inbox -> procedureIds(inbox).contains(procedureId)), procedureId)
                .orElseThrow();
    }

    private static Optional<JsonNode> inboxItem(JsonNode inbox, String procedureId) {
        for (JsonNode item : inbox.get("items")) {
            if (item.get("procedureId").asString().equals(procedureId)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static List<String> procedureIds(JsonNode inbox) {
        return texts(inbox.get("items"), "procedureId");
    }

    private static JsonNode addressee(JsonNode procedure, String memberId) {
        for (JsonNode addressee : procedure.get("addressees")) {
            if (addressee.get("memberId").asString().equals(memberId)) {
                return addressee;
            }
        }
        throw new AssertionError(memberId + " is not an addressee of " + procedure);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }

    private static String reactions(String procedureId, String kind) {
        return "/api/silence-procedures/" + procedureId + "/" + kind;
    }

    // --- the stream

    private long subscribers(String meetingId) {
        return updateEmitter.activeSubscriptions().stream()
                .filter(q -> q.getPayload() instanceof FindMeetingProcedures find
                        && find.meetingId().equals(meetingId))
                .count();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + ApiClient.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
