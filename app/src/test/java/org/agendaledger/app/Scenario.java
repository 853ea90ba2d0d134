package org.agendaledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a fresh Bureau and meeting of its own through the API, so that tests never disturb each other or the
 * story. Ids are unique per scenario.
 */
public final class Scenario {

    public static final String ZONE = "Europe/Vienna";
    /** A deadline a test waits for: the minimum period (2 s) and a second for the request to be answered. */
    public static final int SOON = 4;

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String bureauId = "bureau-" + suffix;
    public final String meetingId = "meeting-" + suffix;
    private final ApiClient secretariat;
    private long position;

    public Scenario(ApiClient secretariat) {
        this.secretariat = secretariat;
    }

    /** The store's position after the last command of the scenario: a read not older than it shows the scenario. */
    public long position() {
        return position;
    }

    /** A Bureau with the given members (member ids double as the test users' names). */
    public Scenario bureau(String... memberIds) {
        accepted(secretariat.post("/api/bureaus", Map.of("bureauId", bureauId, "name", "Bureau " + suffix)), 201);
        for (String memberId : memberIds) {
            accepted(secretariat.post("/api/bureaus/" + bureauId + "/members",
                    Map.of("memberId", memberId, "displayName", "Member " + memberId)), 201);
        }
        return this;
    }

    public static Map<String, Object> plan(String meetingId, String bureauId) {
        return Map.ofEntries(Map.entry("meetingId", meetingId), Map.entry("bureauId", bureauId),
                Map.entry("body", "Working Group on Trafficking in Persons"), Map.entry("ordinal", "eleventh meeting"),
                Map.entry("venue", "Vienna"), Map.entry("startDate", "2031-09-10"),
                Map.entry("endDate", "2031-09-11"), Map.entry("timeZone", ZONE),
                Map.entry("slots", List.of(
                        Map.of("slotId", "s1", "date", "2031-09-10", "start", "10:00", "end", "13:00"),
                        Map.of("slotId", "s2", "date", "2031-09-10", "start", "15:00", "end", "18:00"))),
                Map.entry("languages", List.of("English", "French")),
                Map.entry("agendaSymbol", "CTOC/COP/WG.4/2031/1"));
    }

    public Scenario meeting() {
        accepted(secretariat.post("/api/meetings", plan(meetingId, bureauId)), 201);
        return this;
    }

    public Scenario topics() {
        accepted(secretariat.post("/api/meetings/" + meetingId + "/topics", Map.of("topics", List.of(
                Map.of("topicId", "t1", "title", "Non-punishment of victims"),
                Map.of("topicId", "t2", "title", "Joint investigations")))), 200);
        return this;
    }

    public Scenario agenda() {
        accepted(secretariat.post("/api/meetings/" + meetingId + "/agenda", Map.of("items", List.of(
                Map.of("itemId", "i1", "kind", "ORGANIZATIONAL", "title", "Organizational matters",
                        "subItems", List.of(Map.of("subItemId", "i1a", "title", "Opening of the meeting"),
                                Map.of("subItemId", "i1b", "title", "Adoption of the agenda"))),
                Map.of("itemId", "i2", "kind", "SUBSTANTIVE", "title", "Non-punishment of victims"),
                Map.of("itemId", "i3", "kind", "ADOPTION_OF_REPORT", "title", "Adoption of the report")))), 201);
        return this;
    }

    /**
     * Circulates the subject with a deadline that many seconds away (to the second, so up to one second nearer).
     * The integration tests' minimum period is 2 s: {@link #SOON} leaves a loaded machine a second to answer.
     */
    public String circulate(String subject, int secondsFromNow) {
        String procedureId = "sp-" + UUID.randomUUID().toString().substring(0, 8);
        accepted(secretariat.post("/api/silence-procedures", Map.of("procedureId", procedureId,
                "meetingId", meetingId, "subject", subject, "text", "Circulated for approval",
                "deadline", localIn(secondsFromNow), "timeZone", ZONE)), 201);
        return procedureId;
    }

    /** A local date-time in Vienna, the given number of seconds from now, as the API takes deadlines (to the second). */
    public static String localIn(int secondsFromNow) {
        return ZonedDateTime.now(ZoneId.of(ZONE)).plusSeconds(secondsFromNow).toLocalDateTime()
                .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    public static LocalDateTime viennaNow() {
        return LocalDateTime.now(ZoneId.of(ZONE));
    }

    private void accepted(ApiClient.Response response, int status) {
        position = expect(response, status).json().get("position").asLong();
    }

    public static ApiClient.Response expect(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
