package org.agendaledger.bench;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One load client's realistic mix, the secretariat's and a Bureau member's day in eight commands per meeting, each
 * one a measured operation: schedule a meeting (a new aggregate), set its topics, propose its agenda, add an item,
 * assign two slots, start a silence procedure (a new aggregate) and comment on it as the member. Every client works
 * on meetings of its own, as secretariats work on different meetings; its Bureau (with its member) is set up before
 * the measurement.
 */
final class CommandMix implements Load.Operation {

    static final int COMMANDS_PER_MEETING = 8;
    static final String ZONE = "Europe/Vienna";

    private final Api secretariat;
    private final Api member;
    private final String memberId;
    private final String bureauId;
    private final String prefix = UUID.randomUUID().toString().substring(0, 8);
    private long meetings;
    private int step;
    private String meetingId;
    private String procedureId;

    CommandMix(LedgerNode node, int client) {
        this.secretariat = node.as("secretariat");
        this.memberId = "member-" + (client % LedgerNode.MEMBERS);
        this.member = node.as(memberId);
        this.bureauId = "bench-bureau-" + prefix;
        secretariat.post("/api/bureaus", Map.of("bureauId", bureauId, "name", "Bureau " + prefix));
        secretariat.post("/api/bureaus/" + bureauId + "/members",
                Map.of("memberId", memberId, "displayName", "Member " + memberId));
    }

    @Override
    public void run() {
        String meeting = "/api/meetings/" + meetingId;
        switch (step) {
            case 0 -> {
                meetingId = "bench-" + prefix + "-" + meetings++;
                secretariat.post("/api/meetings", plan(meetingId, bureauId));
            }
            case 1 -> secretariat.post(meeting + "/topics", Map.of("topics", List.of(
                    Map.of("topicId", "t1", "title", "Non-punishment of victims"),
                    Map.of("topicId", "t2", "title", "Joint investigations"))));
            case 2 -> secretariat.post(meeting + "/agenda", Map.of("items", List.of(
                    Map.of("itemId", "i1", "kind", "ORGANIZATIONAL", "title", "Organizational matters",
                            "subItems", List.of(Map.of("subItemId", "i1a", "title", "Opening of the meeting"),
                                    Map.of("subItemId", "i1b", "title", "Adoption of the agenda"))),
                    Map.of("itemId", "i2", "kind", "SUBSTANTIVE", "title", "Non-punishment of victims"),
                    Map.of("itemId", "i3", "kind", "ADOPTION_OF_REPORT", "title", "Adoption of the report"))));
            case 3 -> secretariat.post(meeting + "/agenda/items",
                    Map.of("itemId", "i4", "kind", "SUBSTANTIVE", "title", "Joint investigations"));
            case 4 -> secretariat.post(meeting + "/slots/s1/assignments", Map.of("itemId", "i2"));
            case 5 -> secretariat.post(meeting + "/slots/s2/assignments", Map.of("itemId", "i4"));
            case 6 -> {
                procedureId = "bench-sp-" + prefix + "-" + meetings;
                secretariat.post("/api/silence-procedures", Map.of("procedureId", procedureId, "meetingId",
                        meetingId, "subject", "SUBSTANTIVE_TOPICS", "text", "The topics of the meeting",
                        "deadline", localIn(20), "timeZone", ZONE));
            }
            case 7 -> member.post("/api/silence-procedures/" + procedureId + "/comments",
                    Map.of("memberId", memberId, "text", "Editorial: 'victims of trafficking' in topic 1."));
            default -> throw new IllegalStateException("step " + step);
        }
        step = (step + 1) % COMMANDS_PER_MEETING;
    }

    static Map<String, Object> plan(String meetingId, String bureauId) {
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

    /** A deadline that many days away, as the API takes it: a local date-time in the meeting's zone. */
    static String localIn(int days) {
        return LocalDateTime.now(ZoneId.of(ZONE)).plusDays(days).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}
