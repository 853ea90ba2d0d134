package org.agendaledger.app.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event store before and after a request: how many events it holds, and which of those stored since were stored
 * by a user's request rather than by the application's own reactions (the silence-procedure process releasing a
 * subject after an earlier, accepted objection or withdrawal: actor {@code system}).
 */
final class StoredEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SYSTEM = "system";

    /** The store at one moment: its number of events and the position of the newest. */
    record Mark(long count, long head) {
    }

    private final JdbcTemplate jdbc;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Mark mark() {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(MAX(global_index), -1) FROM domain_event_entry",
                (rs, row) -> new Mark(rs.getLong(1), rs.getLong(2)));
    }

    /** The events stored after the mark that no reaction of the system's stored: "type by actor" each. */
    List<String> storedByUsersSince(Mark mark) {
        return jdbc.query("SELECT payload_type, meta_data FROM domain_event_entry WHERE global_index > ?",
                (rs, row) -> {
                    byte[] metaData = rs.getBytes(2);
                    JsonNode json = metaData == null ? null
                            : JSON.readTree(new String(metaData, StandardCharsets.UTF_8));
                    String actor = json == null ? null : json.path("actor").asString(null);
                    return SYSTEM.equals(actor) ? null : rs.getString(1) + " by " + actor;
                }, mark.head()).stream().filter(java.util.Objects::nonNull).toList();
    }
}
