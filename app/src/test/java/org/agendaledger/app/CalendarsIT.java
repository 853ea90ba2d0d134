package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The calendars through HTTP, read back as a calendar client reads them: a meeting's plenary slots with their items,
 * for every role; a Bureau member's open deadlines, read with the member's personal token (or signed in), the token
 * obtained, replaced and revoked by the member alone and kept only as a hash.
 */
class CalendarsIT extends LedgerIntegrationTest {

    private static final ZoneId VIENNA = ZoneId.of(Scenario.ZONE);

    // ------------------------------------------------------------------------------------------ a meeting's calendar

    @Test
    void aMeetingsCalendarHasOneEventPerSlotAtItsTimesWithTheItemsAssignedToIt() throws Exception {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics().agenda();
        String slots = "/api/meetings/" + s.meetingId + "/slots/";
        expect(secretariat().post(slots + "s1/assignments", Map.of("itemId", "i1", "subItemId", "i1a")), 201);
        expect(secretariat().post(slots + "s1/assignments", Map.of("itemId", "i2")), 201);
        long position = expect(secretariat().post(slots + "s2/assignments", Map.of("itemId", "i3")), 201).json()
                .get("position").asLong();

        ApiClient.Response response = expect(as("member-a").get("/api/meetings/" + s.meetingId + "/calendar.ics",
                "Ledger-Not-Older-Than", Long.toString(position)), 200);

        assertThat(response.contentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        Calendar calendar = parse(response.raw());
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> value(e, Property.UID)).containsExactly(
                "meeting/" + s.meetingId + "/slot/s1@agenda-ledger",
                "meeting/" + s.meetingId + "/slot/s2@agenda-ledger");
        assertThat(instant(events.get(0).getDateTimeStart()))
                .isEqualTo(LocalDateTime.of(2031, 9, 10, 10, 0).atZone(VIENNA).toInstant());
        assertThat(instant(events.get(0).getDateTimeEnd()))
                .isEqualTo(LocalDateTime.of(2031, 9, 10, 13, 0).atZone(VIENNA).toInstant());
        assertThat(instant(events.get(1).getDateTimeStart()))
                .isEqualTo(LocalDateTime.of(2031, 9, 10, 15, 0).atZone(VIENNA).toInstant());
        assertThat(events.get(0).getDateTimeStart().getParameter("TZID").map(p -> p.getValue()))
                .contains(Scenario.ZONE);
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(value(events.get(0), Property.SUMMARY)).endsWith("plenary, items 1 (a) and 2");
        assertThat(value(events.get(0), Property.DESCRIPTION)).contains("1 (a)  Opening of the meeting",
                "2  Non-punishment of victims");
        assertThat(value(events.get(1), Property.DESCRIPTION)).contains("3  Adoption of the report")
                .doesNotContain("Opening of the meeting");
        assertThat(events).allSatisfy(e -> {
            assertThat(value(e, Property.URL)).isEqualTo("http://localhost:" + port + "/meetings/" + s.meetingId);
            assertThat(value(e, Property.DTSTAMP)).endsWith("Z");
        });
    }

    @Test
    void everyRoleReadsAMeetingsCalendarAndAnUnknownMeetingHasNone() {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting();
        String path = "/api/meetings/" + s.meetingId + "/calendar.ics";
        for (String user : List.of("secretariat", "auditor", "member-b")) {
            assertThat(expect(as(user).get(path, "Ledger-Not-Older-Than", Long.toString(s.position())), 200).raw())
                    .contains("BEGIN:VEVENT");
        }
        expect(ApiClient.anonymous(port).get(path), 401);
        ApiClient.Response unknown = expect(as("auditor").get("/api/meetings/no-such-meeting/calendar.ics"), 404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.code()).isEqualTo("UNKNOWN_ID");
    }

    // ------------------------------------------------------------------------------------------ a member's deadlines

    @Test
    void theFeedOfATokenListsExactlyTheMembersOpenProceduresAndDropsOneOnceEndedOrWithdrawn() throws Exception {
        Scenario both = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String topics = both.circulate("SUBSTANTIVE_TOPICS", 3600);
        Scenario mine = new Scenario(secretariat()).bureau("member-a").meeting();
        String plan = mine.circulate("MEETING_PLAN", 7200);
        Scenario others = new Scenario(secretariat()).bureau("member-b").meeting();
        String notMine = others.circulate("MEETING_PLAN", 3600);
        String feed = path(token("member-a"));

        await().atMost(PATIENCE).until(() -> uids(feed).size() == 2);
        Calendar calendar = parse(expect(ApiClient.anonymous(port).get(feed), 200).raw());
        assertThat(uids(calendar)).containsExactly(uid(topics), uid(plan)).doesNotContain(uid(notMine));
        VEvent first = calendar.<VEvent>getComponents("VEVENT").get(0);
        JsonNode procedure = expect(as("auditor").get("/api/silence-procedures/" + topics), 200).json();
        Instant deadline = Instant.parse(procedure.get("deadline").get("instant").asString());
        assertThat(instant(first.getDateTimeStart())).isEqualTo(deadline);
        assertThat(first.getDateTimeStart().getParameter("TZID").map(p -> p.getValue())).contains(Scenario.ZONE);
        assertThat(value(first, Property.SUMMARY)).isEqualTo("Silence procedure ends: the substantive topics "
                + "(version 1), Working Group on Trafficking in Persons, eleventh meeting");
        assertThat(value(first, Property.DESCRIPTION)).contains("Circulated for approval", "To break silence",
                "http://localhost:" + port + "/procedures/" + topics);
        assertThat(first.getAlarms()).isNotEmpty();
        // signed in, the member reads the same feed without a token
        assertThat(uids(parse(expect(as("member-a").get("/api/me/deadlines.ics"), 200).raw())))
                .containsExactly(uid(topics), uid(plan));

        // when one is withdrawn and silence is broken on the other
        expect(secretariat().post("/api/silence-procedures/" + plan + "/withdrawal",
                Map.of("reason", "The venue changes")), 200);
        await().atMost(PATIENCE).until(() -> uids(feed).equals(List.of(uid(topics))));
        expect(as("member-b").post("/api/silence-procedures/" + topics + "/objections",
                Map.of("kind", "OBJECTION", "text", "We cannot agree to topic 2.")), 201);

        // then the feed holds neither
        await().atMost(PATIENCE).until(() -> uids(feed).isEmpty());
        assertThat(parse(expect(ApiClient.anonymous(port).get(feed), 200).raw()).getComponents("VEVENT")).isEmpty();
    }

    @Test
    void aNewTokenStopsTheOldOneARevokedOneFindsNothingAndOnlyItsHashIsKept() throws Exception {
        String first = token("member-c");
        expect(ApiClient.anonymous(port).get(path(first)), 200);

        String second = token("member-c");
        assertThat(second).isNotEqualTo(first).matches("[A-Za-z0-9_-]{43,}");
        refusedAsNoCalendar(ApiClient.anonymous(port).get(path(first)));
        expect(ApiClient.anonymous(port).get(path(second)), 200);
        List<Map<String, Object>> kept = jdbc.queryForList(
                "SELECT member_id, token_hash FROM calendar_token WHERE member_id = ?", "member-c");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("token_hash").toString().trim()).isEqualTo(sha256(second))
                .doesNotContain(second);

        expect(as("member-c").delete("/api/me/calendar-token"), 204);
        refusedAsNoCalendar(ApiClient.anonymous(port).get(path(second)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_token WHERE member_id = ?", Long.class,
                "member-c")).isZero();
    }

    @Test
    void aWrongTokenIsRefusedAndTellsNothingOfAnyMember() {
        token("member-d");
        for (String wrong : List.of("not-a-token", "", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            ApiClient.Response refused = refusedAsNoCalendar(ApiClient.anonymous(port).get(path(wrong)));
            assertThat(refused.raw()).doesNotContain("member-d");
        }
        // a token does not need a password, and a wrong one is not helped by a member's
        refusedAsNoCalendar(as("member-d").get(path("not-a-token")));
    }

    @Test
    void onlyABureauMemberGetsATokenAndNobodyReadsTheFeedWithoutOne() {
        for (String user : List.of("secretariat", "auditor")) {
            expect(as(user).post("/api/me/calendar-token", null), 403);
            expect(as(user).delete("/api/me/calendar-token"), 403);
            expect(as(user).get("/api/me/deadlines.ics"), 403);
        }
        ApiClient anonymous = ApiClient.anonymous(port);
        expect(anonymous.post("/api/me/calendar-token", null), 401);
        expect(anonymous.delete("/api/me/calendar-token"), 401);
        ApiClient.Response refused = expect(anonymous.get("/api/me/deadlines.ics"), 401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        // the token lets the feed through, nothing else under /api/me
        String token = token("member-e");
        expect(anonymous.get("/api/me/inbox?token=" + token), 401);
        expect(anonymous.get("/api/me/record?token=" + token), 401);
        expect(anonymous.post("/api/me/calendar-token?token=" + token, null), 401);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A new token of the member, checked as the answer states it, with its subscription address. */
    private String token(String member) {
        ApiClient.Response issued = expect(as(member).post("/api/me/calendar-token", null), 201);
        assertThat(issued.header("Cache-Control")).contains("no-store");
        JsonNode body = issued.json();
        String token = body.get("token").asString();
        assertThat(body.get("subscriptionUrl").asString())
                .isEqualTo("http://localhost:" + port + "/api/me/deadlines.ics?token=" + token);
        assertThat(body.get("issuedAt").asString()).isNotBlank();
        return token;
    }

    private static String path(String token) {
        return "/api/me/deadlines.ics?token=" + token;
    }

    private static ApiClient.Response refusedAsNoCalendar(ApiClient.Response response) {
        expect(response, 404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("UNKNOWN_ID");
        assertThat(response.json().get("detail").asString()).contains("No calendar has this address");
        return response;
    }

    private List<String> uids(String feed) throws Exception {
        return uids(parse(expect(ApiClient.anonymous(port).get(feed), 200).raw()));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> value(e, Property.UID)).toList();
    }

    private static String uid(String procedureId) {
        return "silence-procedure-" + procedureId + "@agenda-ledger";
    }

    private static Calendar parse(String ics) throws Exception {
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n");
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
    }

    private static Instant instant(net.fortuna.ical4j.model.property.DateProperty<Temporal> time) {
        return ZonedDateTime.from(time.getDate()).toInstant();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
