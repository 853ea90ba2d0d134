package org.agendaledger.query.decision;

import org.agendaledger.query.consistency.ReadModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.agendaledger.events.silence.SilenceProcedureEvent;
import org.agendaledger.query.decision.DecisionQueries.FindDecisions;
import org.agendaledger.query.history.MeetingHistory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision trail of every meeting, one row per decision in {@code decision_trail}, keyed by the event that
 * records it, so a redelivered or replayed event adds nothing. {@code decision_trail_circulation} remembers which
 * meeting, subject and addressees each silence procedure was started on, and {@code decision_trail_notice} what
 * became of each circulation notice to an addressee, with the sequence number of the procedure's stream that
 * recorded it, so a redelivered or replayed older record never overwrites a newer one. The notices are joined to
 * the decisions of their procedure when the trail is read: a notice recorded after its decision shows on it.
 *
 * <p>Both tables are pure read models: handling an event twice or replaying them all sends no command and no
 * message, so replay is allowed (no {@code @DisallowReplay}).
 */
@Component
@ProcessingGroup(DecisionTrailProjection.PROCESSING_GROUP)
class DecisionTrailProjection {

    static final String PROCESSING_GROUP = ReadModel.DECISION_TRAIL;

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final MeetingHistory history;
    private final Precedents stored = new Precedents() {
        @Override
        public Optional<Circulation> circulation(String procedureId) {
            return jdbc.query("SELECT * FROM decision_trail_circulation WHERE procedure_id = ?",
                    (rs, n) -> new Circulation(rs.getString("procedure_id"), rs.getString("meeting_id"),
                            new SilenceSubject(SubjectKind.valueOf(rs.getString("subject")),
                                    rs.getInt("subject_version"), rs.getString("subject_hash")),
                            rs.getString("addressees") == null ? List.of()
                                    : json.readValue(rs.getString("addressees"), TEXTS)),
                    procedureId).stream().findFirst();
        }

        @Override
        public Optional<Decision> latest(String meetingId, DecisionKind kind) {
            return jdbc.query("SELECT * FROM decision_trail WHERE meeting_id = ? AND kind = ? "
                    + "ORDER BY business_time DESC, recorded_at DESC, arrival DESC",
                    DecisionTrailProjection.this::decision, meetingId, kind.name()).stream().findFirst();
        }
    };

    DecisionTrailProjection(JdbcTemplate jdbc, JsonMapper json, MeetingHistory history) {
        this.jdbc = jdbc;
        this.json = json;
        this.history = history;
    }

    @EventHandler
    void on(MeetingEvent event, EventMessage<?> message) {
        DecisionMapping.decision(message, stored).ifPresent(this::insertIfAbsent);
    }

    @EventHandler
    void on(SilenceProcedureEvent event, EventMessage<?> message) {
        // the start comes first in the procedure's stream, and one stream is handled in order by one segment
        DecisionMapping.circulation(event).ifPresent(this::remember);
        DecisionMapping.decision(message, stored).ifPresent(this::insertIfAbsent);
        if (message instanceof DomainEventMessage<?> recorded) {
            DecisionMapping.circulationNotice(event)
                    .ifPresent(n -> remember(event.procedureId(), n, recorded.getSequenceNumber()));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM decision_trail");
        jdbc.update("DELETE FROM decision_trail_circulation");
        jdbc.update("DELETE FROM decision_trail_notice");
    }

    @QueryHandler
    List<Decision> handle(FindDecisions query) {
        if (query.asOf() != null) {
            return DecisionMapping.trail(history.everythingAsOf(query.meetingId(), query.asOf()));
        }
        return jdbc.query("SELECT * FROM decision_trail WHERE meeting_id = ? "
                + "ORDER BY business_time, recorded_at, arrival", this::decision, query.meetingId())
                .stream().map(this::withNotices).toList();
    }

    /** A decision by silence procedure with what is now known of its circulation's notices. */
    private Decision withNotices(Decision decision) {
        if (decision.procedureId() == null) {
            return decision;
        }
        List<String> addressees = stored.circulation(decision.procedureId()).map(Circulation::addressees)
                .orElse(List.of());
        List<CirculationNotice> notices = jdbc.query("""
                SELECT notice_id, member_id, outcome, accepted_at FROM decision_trail_notice
                WHERE procedure_id = ? ORDER BY last_sequence""",
                (rs, n) -> new CirculationNotice(rs.getString("notice_id"), rs.getString("member_id"),
                        NoticeOutcome.valueOf(rs.getString("outcome")),
                        rs.getObject("accepted_at") == null ? null : instant(rs, "accepted_at")),
                decision.procedureId());
        return decision.withNotified(DecisionMapping.notified(addressees, notices));
    }

    /** Records what became of a circulation notice, unless this or a later record of it was applied already. */
    private void remember(String procedureId, CirculationNotice notice, long sequence) {
        List<Long> applied = jdbc.queryForList("""
                SELECT last_sequence FROM decision_trail_notice
                WHERE procedure_id = ? AND notice_id = ? AND member_id = ?""",
                Long.class, procedureId, notice.noticeId(), notice.memberId());
        OffsetDateTime acceptedAt = notice.acceptedAt() == null ? null : utc(notice.acceptedAt());
        if (applied.isEmpty()) {
            jdbc.update("""
                    INSERT INTO decision_trail_notice (procedure_id, notice_id, member_id, outcome, accepted_at,
                      last_sequence) VALUES (?, ?, ?, ?, ?, ?)""",
                    procedureId, notice.noticeId(), notice.memberId(), notice.outcome().name(), acceptedAt, sequence);
        } else if (applied.get(0) < sequence) {
            jdbc.update("""
                    UPDATE decision_trail_notice SET outcome = ?, accepted_at = ?, last_sequence = ?
                    WHERE procedure_id = ? AND notice_id = ? AND member_id = ?""",
                    notice.outcome().name(), acceptedAt, sequence, procedureId, notice.noticeId(),
                    notice.memberId());
        }
    }

    private void remember(Circulation circulation) {
        if (stored.circulation(circulation.procedureId()).isPresent()) {
            return; // seen before: a redelivery or a replay over existing rows
        }
        SilenceSubject subject = circulation.subject();
        jdbc.update("""
                INSERT INTO decision_trail_circulation (procedure_id, meeting_id, subject, subject_version,
                  subject_hash, addressees) VALUES (?, ?, ?, ?, ?, ?)""",
                circulation.procedureId(), circulation.meetingId(), subject.kind().name(), subject.version(),
                subject.contentHash(), json.writeValueAsString(circulation.addressees()));
    }

    private void insertIfAbsent(Decision d) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM decision_trail WHERE event_id = ?",
                Integer.class, d.eventId());
        if (existing != null && existing > 0) {
            return; // seen before: a redelivery or a replay over existing rows
        }
        jdbc.update("""
                INSERT INTO decision_trail (event_id, meeting_id, kind, description, subject, version, content_hash,
                  procedure_id, outcome, document, amendments, actor, role, member_id, business_time, recorded_at,
                  correlation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                d.eventId(), d.meetingId(), d.kind().name(), d.description(),
                d.subject() == null ? null : d.subject().name(), d.version(), d.contentHash(), d.procedureId(),
                d.outcome().name(), d.document(), json.writeValueAsString(d.amendments()), d.actor(), d.role(),
                d.memberId(), utc(d.businessTime()), utc(d.recordedAt()), d.correlationId());
    }

    private Decision decision(ResultSet rs, int row) throws SQLException {
        String subject = rs.getString("subject");
        Integer version = rs.getObject("version", Integer.class);
        return new Decision(rs.getString("event_id"), rs.getString("meeting_id"),
                DecisionKind.valueOf(rs.getString("kind")), rs.getString("description"),
                subject == null ? null : SubjectKind.valueOf(subject), version,
                rs.getString("content_hash"), rs.getString("procedure_id"), Outcome.valueOf(rs.getString("outcome")),
                rs.getString("document"), json.readValue(rs.getString("amendments"), TEXTS), rs.getString("actor"),
                rs.getString("role"), rs.getString("member_id"), instant(rs, "business_time"),
                instant(rs, "recorded_at"), rs.getString("correlation_id"), List.of());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
