package org.agendaledger.app.web;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.agendaledger.app.EventStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live streams the web pages follow (a meeting, its agenda, its silence procedures, a member's inbox): open to
 * the session of a signed-in browser as to HTTP Basic, read-only, closed to anonymous visitors, and an inbox only to
 * its own member (or the secretariat and the auditor). The inbox stream sends the whole inbox again each time a
 * procedure addressed to the member starts, changes or ends.
 */
@TestPropertySource(properties = "agenda-ledger.streams.heartbeat=PT0.5S")
class LiveStreamsIT extends LedgerIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aSignedInBrowserSessionOpensEveryStreamThePagesFollow() throws Exception {
        // given
        Scenario s = new Scenario(secretariat()).bureau("member-d", "member-e").meeting().topics().agenda();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", 600);
        awaitInboxOf("member-d", procedure);
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings/" + s.meetingId).status() == 200
                && as("auditor").get("/api/meetings/" + s.meetingId + "/agenda").raw()
                        .contains("Organizational matters"));
        Session member = Session.signIn(port, "member-d");

        // when / then
        for (Map.Entry<String, String> stream : Map.of(
                "/api/meetings/" + s.meetingId + "/silence-procedures/stream", "procedures",
                "/api/meetings/" + s.meetingId + "/agenda/stream", "agenda",
                "/api/meetings/" + s.meetingId + "/stream", "meeting",
                "/api/me/inbox/stream", "inbox",
                "/api/members/member-d/inbox/stream", "inbox").entrySet()) {
            try (EventStream events = EventStream.open(member.client, member.request(stream.getKey()))) {
                assertThat(events.status()).as(stream.getKey()).isEqualTo(200);
                assertThat(events.contentType()).as(stream.getKey()).startsWith("text/event-stream");
                String[] first = events.awaitFirst();
                assertThat(first[0]).as(stream.getKey()).isEqualTo(stream.getValue());
                assertThat(first[1]).as(stream.getKey()).contains(stream.getValue().equals("agenda")
                        ? "Organizational matters" : stream.getValue().equals("meeting") ? s.meetingId : procedure);
            }
        }
    }

    @Test
    void anAnonymousVisitorOpensNoStreamAndIsNotAskedForAPasswordByTheBrowser() throws Exception {
        // given
        Scenario s = new Scenario(secretariat()).bureau("member-d").meeting();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        for (String path : List.of("/api/meetings/" + s.meetingId + "/silence-procedures/stream",
                "/api/meetings/" + s.meetingId + "/agenda/stream", "/api/meetings/" + s.meetingId + "/stream",
                "/api/me/inbox/stream", "/api/members/member-d/inbox/stream")) {
            // when
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());

            // then
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        }
        // an API client that is not a page's event stream is still challenged
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(uri("/api/me/inbox/stream")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Agenda Ledger\"");
    }

    @Test
    void aMemberFollowsOnlyTheirOwnInboxWhileTheSecretariatAndTheAuditorFollowAny() throws Exception {
        // given
        Session member = Session.signIn(port, "member-d");
        Session auditor = Session.signIn(port, "auditor");

        // when
        HttpResponse<String> another = member.client.send(member.request("/api/members/member-e/inbox/stream"),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> auditorsOwn = auditor.client.send(auditor.request("/api/me/inbox/stream"),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(another.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(another.body()).get("detail").asString()).contains("own inbox");
        assertThat(auditorsOwn.statusCode()).as("the auditor has no inbox of their own").isEqualTo(403);
        HttpClient basic = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThat(basic.send(HttpRequest.newBuilder(uri("/api/members/member-e/inbox/stream"))
                .header("Authorization", basic("member-d")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("nor with HTTP Basic").isEqualTo(403);
        for (Session reader : List.of(auditor, Session.signIn(port, "secretariat"))) {
            try (EventStream events = EventStream.open(reader.client,
                    reader.request("/api/members/member-e/inbox/stream"))) {
                assertThat(events.status()).isEqualTo(200);
                assertThat(events.awaitFirst()[1]).contains("\"memberId\":\"member-e\"");
            }
        }
    }

    @Test
    void theSessionOpensOnlyTheStreamsNotTheRestOfTheApi() throws Exception {
        // given
        Scenario s = new Scenario(secretariat()).bureau("member-d").meeting();
        Session secretariat = Session.signIn(port, "secretariat");

        // when
        HttpResponse<String> read = secretariat.client.send(HttpRequest.newBuilder(uri("/api/me/inbox"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> command = secretariat.client.send(HttpRequest.newBuilder(
                uri("/api/meetings/" + s.meetingId + "/stream"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(read.statusCode()).as("the API proper wants HTTP Basic").isEqualTo(401);
        assertThat(command.statusCode()).as("streams are read with GET only").isEqualTo(401);
    }

    @Test
    void theInboxStreamSendsTheInboxAgainWhenAProcedureAddressedToTheMemberStartsChangesAndEnds() throws Exception {
        // given
        Scenario s = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        Scenario others = new Scenario(secretariat()).bureau("member-c").meeting();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (EventStream events = EventStream.open(client, HttpRequest.newBuilder(uri("/api/me/inbox/stream"))
                .header("Authorization", basic("member-a")).header("Accept", "text/event-stream").build())) {
            assertThat(events.awaitFirst()[0]).isEqualTo("inbox");

            // when a procedure addressed to the member starts
            String procedure = s.circulate("SUBSTANTIVE_TOPICS", 600);

            // then
            JsonNode started = events.awaitNamed("inbox", inbox -> state(inbox, procedure).equals("SILENT"));
            assertThat(started.get("memberId").asString()).isEqualTo("member-a");
            JsonNode item = started.get("items").get(0);
            assertThat(item.get("meetingId").asString()).isEqualTo(s.meetingId);
            assertThat(item.get("deadline").get("timeZone").asString()).isEqualTo(Scenario.ZONE);

            // when the member comments, then
            expect(as("member-a").post("/api/silence-procedures/" + procedure + "/comments",
                    Map.of("text", "A comma.")), 201);
            events.awaitNamed("inbox", inbox -> state(inbox, procedure).equals("COMMENTED"));

            // when another member breaks silence, then the procedure leaves the inbox
            expect(as("member-b").post("/api/silence-procedures/" + procedure + "/objections",
                    Map.of("kind", "OBJECTION", "text", "Not yet.")), 201);
            events.awaitNamed("inbox", inbox -> inbox.get("items").isEmpty() && events.named("inbox").size() >= 4);

            // and a procedure addressed to others is none of the member's business
            int before = events.named("inbox").size();
            String elsewhere = others.circulate("MEETING_PLAN", 600);
            await().atMost(PATIENCE).until(() -> as("member-c").get("/api/me/inbox").raw().contains(elsewhere));
            assertThat(events.named("inbox")).hasSize(before);
        }
    }

    @Test
    void theMeetingStreamSendsTheMeetingAgainWhenItsStatusChanges() throws Exception {
        // given
        Scenario s = new Scenario(secretariat()).bureau("member-d").meeting().topics();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        await().atMost(PATIENCE).until(() -> as("auditor").get("/api/meetings/" + s.meetingId).status() == 200);
        try (EventStream events = EventStream.open(client, HttpRequest.newBuilder(uri("/api/meetings/" + s.meetingId
                + "/stream")).header("Authorization", basic("auditor")).header("Accept", "text/event-stream")
                .build())) {
            assertThat(events.awaitFirst()[1]).contains("\"SCHEDULED\"");

            // when
            s.agenda();

            // then
            await().atMost(PATIENCE).until(() -> events.all().stream()
                    .anyMatch(e -> e[0].equals("meeting") && e[1].contains("\"AGENDA_DRAFTED\"")));
        }
        expect(as("auditor").get("/api/meetings/no-such-meeting/stream"), 404);
    }

    @Test
    void theNewStreamsAreDescribedInTheOpenApiDescription() {
        JsonNode paths = expect(ApiClient.anonymous(port).get("/v3/api-docs"), 200).json().get("paths");

        for (String path : List.of("/api/me/inbox/stream", "/api/members/{memberId}/inbox/stream",
                "/api/meetings/{meetingId}/stream")) {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.get(path).has("get")).as(path).isTrue();
        }
        // nothing to pass but, optionally, the store position the stream must not start older than
        List<String> parameters = new java.util.ArrayList<>();
        paths.get("/api/me/inbox/stream").get("get").path("parameters")
                .forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).as("nothing to pass").containsExactlyInAnyOrder("Ledger-Not-Older-Than", "notOlderThan");
    }

    @Test
    void aClientThatJustScheduledAMeetingFollowsItWithThePositionItsCommandAnsweredWith() throws Exception {
        // given a meeting just scheduled, the read models perhaps not there yet
        Scenario s = new Scenario(secretariat()).bureau("member-d").meeting();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        // when its streams are opened at once, with the position as a browser's EventSource sends it or as a header
        for (HttpRequest request : List.of(
                stream("/api/meetings/" + s.meetingId + "/stream?notOlderThan=" + s.position()).build(),
                stream("/api/meetings/" + s.meetingId + "/agenda/stream")
                        .header("Ledger-Not-Older-Than", Long.toString(s.position())).build())) {
            try (EventStream events = EventStream.open(client, request)) {
                // then each opens with the meeting as it stands
                assertThat(events.status()).as(request.uri().toString()).isEqualTo(200);
                String[] first = events.awaitFirst();
                assertThat(first[0]).isIn("meeting", "agenda");
                assertThat(first[1]).contains(s.meetingId, "\"SCHEDULED\"");
            }
        }
        // and a meeting that does not exist has no stream, whatever the position
        for (String path : List.of("/api/meetings/no-such-meeting/stream",
                "/api/meetings/no-such-meeting/agenda/stream")) {
            HttpResponse<String> unknown = client.send(stream(path + "?notOlderThan=" + s.position()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(unknown.body()).get("detail").asString()).as(path)
                    .contains("no-such-meeting", "notOlderThan");
        }
    }

    // --- helpers

    private HttpRequest.Builder stream(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", basic("auditor"))
                .header("Accept", "text/event-stream");
    }

    private void awaitInboxOf(String memberId, String procedureId) {
        await().atMost(PATIENCE).until(() -> as(memberId).get("/api/me/inbox").raw().contains(procedureId));
    }

    private static String state(JsonNode inbox, String procedureId) {
        for (JsonNode item : inbox.get("items")) {
            if (item.get("procedureId").asString().equals(procedureId)) {
                return item.get("state").asString();
            }
        }
        return "";
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + ApiClient.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A browser's session: signed in through the login form, the session cookie kept by the client. */
    private record Session(HttpClient client, int port) {

        static Session signIn(int port, String username) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            String base = "http://localhost:" + port;
            String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(login);
            assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
            String form = "username=" + username + "&password=" + ApiClient.PASSWORD + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).doesNotContain("error"));
            return new Session(client, port);
        }

        /** A GET as the browser's EventSource sends it: the session cookie, no Authorization header. */
        HttpRequest request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/event-stream").build();
        }
    }
}
