package org.agendaledger.query.audit;

import org.agendaledger.events.EventMetaData;
import org.agendaledger.query.consistency.ReadModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalLong;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureEvent;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.query.audit.AuditQueries.FindAuditEvents;
import org.agendaledger.query.history.MeetingHistory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event the ledger recorded, one row each in {@code audit_log} with its payload and metadata as JSON, keyed
 * by the event identifier, so a redelivered or replayed event adds nothing. Each row names the meeting it concerns,
 * also for a silence procedure's events, which do not: the procedure's first event names it, and the rest of its
 * stream is handled after it, in order, by the same segment.
 *
 * <p>A pure read model: handling an event twice or replaying them all sends no command and no message, so replay
 * is allowed (no {@code @DisallowReplay}).
 */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
class AuditLogProjection {

    static final String PROCESSING_GROUP = ReadModel.AUDIT_LOG;

    private static final Logger log = LoggerFactory.getLogger(AuditLogProjection.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditLogProjection(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE event_id = ?", Integer.class,
                event.getIdentifier());
        if (existing != null && existing > 0) {
            return; // seen before: a redelivery or a replay over existing rows
        }
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        OptionalLong position = position(event);
        jdbc.update("""
                INSERT INTO audit_log (global_position, event_id, aggregate_id, aggregate_type, sequence_number,
                  meeting_id, payload_type, payload, meta_data, business_time, recorded_at, actor, role)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                position.isPresent() ? position.getAsLong() : null, event.getIdentifier(),
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getType(),
                domain == null ? null : domain.getSequenceNumber(), meetingOf(payload),
                event.getPayloadType().getSimpleName(), json.writeValueAsString(payload),
                json.writeValueAsString(new LinkedHashMap<>(event.getMetaData())),
                utc(MeetingHistory.businessTime(event)), utc(event.getTimestamp()), text(event, EventMetaData.ACTOR),
                text(event, EventMetaData.ROLE));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM audit_log");
    }

    @QueryHandler
    AuditPage handle(FindAuditEvents query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(where, args, "meeting_id = ?", query.meetingId());
        filter(where, args, "payload_type = ?", query.type());
        filter(where, args, "actor = ?", query.actor());
        filter(where, args, "business_time >= ?", query.from() == null ? null : utc(query.from()));
        filter(where, args, "business_time <= ?", query.to() == null ? null : utc(query.to()));
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add((long) query.page() * query.size());
        paged.add(query.size());
        List<AuditEvent> events = jdbc.query("SELECT * FROM audit_log" + where
                + " ORDER BY global_position NULLS LAST, arrival OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                this::event, paged.toArray());
        return new AuditPage(events, query.page(), query.size(), total == null ? 0 : total);
    }

    /**
     * The event's place in the store's global order, from its tracking token. Read from the message rather than
     * taken as a {@code TrackingToken} parameter, which would make Axon skip the handler for an untracked message;
     * such an event is kept too, ordered by arrival.
     */
    static OptionalLong position(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return WrappedToken.unwrapLowerBound(tracked.trackingToken()).position();
        }
        return OptionalLong.empty();
    }

    private String meetingOf(Object payload) {
        if (payload instanceof MeetingEvent e) {
            return e.meetingId();
        } else if (payload instanceof SilenceProcedureStarted e) {
            return e.meetingId();
        } else if (payload instanceof SilenceProcedureApproved e) {
            return e.meetingId();
        } else if (payload instanceof SilenceProcedureEvent e) {
            List<String> started = jdbc.queryForList("SELECT meeting_id FROM audit_log WHERE aggregate_id = ? "
                    + "AND payload_type = ?", String.class, e.procedureId(),
                    SilenceProcedureStarted.class.getSimpleName());
            if (started.isEmpty()) {
                // cannot happen while a procedure's stream is handled in order; kept, but without its meeting
                log.warn("No start recorded for silence procedure {}; its event is logged without a meeting",
                        e.procedureId());
                return null;
            }
            return started.get(0);
        }
        return null; // a Bureau's events concern all its meetings
    }

    private AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getObject("global_position", Long.class), rs.getString("event_id"),
                rs.getString("aggregate_id"), rs.getString("aggregate_type"),
                rs.getObject("sequence_number", Long.class), rs.getString("meeting_id"),
                rs.getString("payload_type"), json.readTree(rs.getString("payload")),
                json.readTree(rs.getString("meta_data")), instant(rs, "business_time"), instant(rs, "recorded_at"),
                rs.getString("actor"), rs.getString("role"));
    }

    private static void filter(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" AND ").append(condition);
            args.add(value);
        }
    }

    private static String text(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
