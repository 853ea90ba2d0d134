package org.agendaledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a node's store holds, read as an auditor reads it (the export), checked against what was acknowledged:
 * every acknowledged command's events present exactly once, every stream's sequence gapless, the hash chain
 * intact, and the read models equal to a replay of the history.
 */
final class StoreCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The findings: how many acknowledged commands are missing or doubled, and what was looked at. */
    record Findings(int acknowledged, List<String> lost, List<String> doubled, List<String> gaps, long events) {
    }

    private final ApiClient auditor;
    private final List<JsonNode> events = new ArrayList<>();

    StoreCheck(ApiClient auditor) {
        this.auditor = auditor;
        String export = Scenario.expect(auditor.get("/api/audit/export"), 200).raw();
        for (String line : export.split("\n")) {
            if (!line.isBlank()) {
                JsonNode event = JSON.readTree(line);
                if (event.has("payloadType")) {
                    events.add(event);
                }
            }
        }
    }

    /** The events of one stream, in order. */
    List<JsonNode> eventsOf(String aggregateId) {
        return events.stream().filter(e -> e.get("aggregateId").asString().equals(aggregateId)).toList();
    }

    long head() {
        return events.stream().mapToLong(e -> e.get("globalIndex").asLong()).max().orElse(-1);
    }

    Findings against(List<Writers.Acknowledged> acknowledged) {
        Map<String, Integer> found = new HashMap<>();
        Map<String, List<Long>> sequences = new HashMap<>();
        for (JsonNode event : events) {
            String type = event.get("payloadType").asString();
            JsonNode payload = event.get("payload");
            String key = switch (type.substring(type.lastIndexOf('.') + 1)) {
                case "MeetingScheduled" -> "ScheduleMeeting|" + payload.get("meetingId").asString();
                case "AgendaProposed" -> "ProposeAgenda|" + payload.get("meetingId").asString();
                case "AgendaItemAdded" -> "AddAgendaItem|" + payload.get("meetingId").asString() + "|"
                        + payload.get("itemId").asString();
                default -> null;
            };
            if (key != null) {
                found.merge(key, 1, Integer::sum);
            }
            sequences.computeIfAbsent(event.get("aggregateId").asString(), k -> new ArrayList<>())
                    .add(event.get("sequenceNumber").asLong());
        }
        List<String> lost = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        for (Writers.Acknowledged command : acknowledged) {
            String key = command.kind().equals("AddAgendaItem")
                    ? command.kind() + "|" + command.aggregateId() + "|" + command.key()
                    : command.kind() + "|" + command.aggregateId();
            int times = found.getOrDefault(key, 0);
            if (times == 0) {
                lost.add(key + " at " + command.position());
            } else if (times > 1) {
                doubled.add(key);
            }
        }
        List<String> gaps = new ArrayList<>();
        sequences.forEach((aggregate, numbers) -> {
            List<Long> sorted = numbers.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i) != i) {
                    gaps.add(aggregate + " " + sorted);
                    break;
                }
            }
        });
        return new Findings(acknowledged.size(), lost, doubled, gaps, events.size());
    }

    /** The hash chain of every stream holds. */
    void assertIntact() {
        JsonNode report = Scenario.expect(auditor.get("/api/audit/verify"), 200).json();
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("OK");
    }

    /**
     * The read models of every meeting the events name equal a replay of its history (the API's {@code asOf}, which
     * rebuilds a meeting from its events when asked), read once the read models have reached the store's head.
     */
    void assertReadModelsEqualReplay() {
        Set<String> meetings = new TreeSet<>();
        events.stream().filter(e -> e.get("payloadType").asString().endsWith(".MeetingScheduled"))
                .forEach(e -> meetings.add(e.get("payload").get("meetingId").asString()));
        String asOf = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        String head = Long.toString(head());
        for (String meeting : meetings) {
            for (String read : List.of("/api/meetings/" + meeting, "/api/meetings/" + meeting + "/agenda",
                    "/api/meetings/" + meeting + "/decisions")) {
                JsonNode stored = Scenario.expect(auditor.get(read, "Ledger-Not-Older-Than", head), 200).json();
                JsonNode replayed = Scenario.expect(auditor.get(read + "?asOf=" + asOf), 200).json();
                assertThat(stored).as(read).isEqualTo(replayed);
            }
        }
    }
}
