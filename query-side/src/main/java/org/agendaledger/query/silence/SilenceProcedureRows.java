package org.agendaledger.query.silence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables of the read model (see {@code V110__silence_procedure_view.sql}): one JSON document per procedure
 * with the last sequence number of the procedure's stream it applied, the state of each addressee for the
 * inboxes, and the time zone of each meeting.
 */
@Component
class SilenceProcedureRows {

    /** A procedure as stored, with the last sequence number of its stream that it applied. */
    record Stored(SilenceProcedureState state, long lastSequence) {
    }

    /** A procedure addressed to a member, with its meeting's time zone if already known. */
    record Addressed(SilenceProcedureState state, String meetingTimeZone) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    SilenceProcedureRows(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Stored> load(String procedureId) {
        return jdbc.query("SELECT document, last_sequence FROM silence_procedure_view WHERE procedure_id = ?",
                (rs, n) -> new Stored(read(rs.getString("document")), rs.getLong("last_sequence")), procedureId)
                .stream().findFirst();
    }

    List<SilenceProcedureState> ofMeeting(String meetingId) {
        return jdbc.query("SELECT document FROM silence_procedure_view WHERE meeting_id = ?",
                (rs, n) -> read(rs.getString("document")), meetingId);
    }

    List<Addressed> openFor(String memberId) {
        return jdbc.query("""
                SELECT p.document, m.time_zone
                FROM silence_procedure_addressee a
                JOIN silence_procedure_view p ON p.procedure_id = a.procedure_id
                LEFT JOIN silence_procedure_meeting m ON m.meeting_id = p.meeting_id
                WHERE a.member_id = ? AND p.status = ?
                ORDER BY p.deadline, p.procedure_id""",
                (rs, n) -> new Addressed(read(rs.getString("document")), rs.getString("time_zone")),
                memberId, ProcedureStatus.OPEN.name());
    }

    /** Every procedure addressed to a member, whatever its status, with its meeting's time zone if known. */
    List<Addressed> circulatedTo(String memberId) {
        return jdbc.query("""
                SELECT p.document, m.time_zone
                FROM silence_procedure_addressee a
                JOIN silence_procedure_view p ON p.procedure_id = a.procedure_id
                LEFT JOIN silence_procedure_meeting m ON m.meeting_id = p.meeting_id
                WHERE a.member_id = ?
                ORDER BY p.procedure_id""",
                (rs, n) -> new Addressed(read(rs.getString("document")), rs.getString("time_zone")), memberId);
    }

    void insert(SilenceProcedureState state, long sequence) {
        jdbc.update("""
                INSERT INTO silence_procedure_view (procedure_id, meeting_id, status, deadline, document, last_sequence)
                VALUES (?, ?, ?, ?, ?, ?)""",
                state.procedureId, state.meetingId, state.status.name(), utc(state.deadline),
                json.writeValueAsString(state), sequence);
        jdbc.batchUpdate("INSERT INTO silence_procedure_addressee (procedure_id, member_id, state) VALUES (?, ?, ?)",
                state.addressees.stream()
                        .map(a -> new Object[]{state.procedureId, a.memberId, a.state.name()}).toList());
    }

    /**
     * Stores the procedure as folded up to {@code sequence}, over the version it was read at ({@code readAt}) only:
     * were its events ever handled twice at once, the later write would otherwise overwrite a newer fold.
     */
    void update(SilenceProcedureState state, long readAt, long sequence) {
        int written = jdbc.update("""
                UPDATE silence_procedure_view SET status = ?, deadline = ?, document = ?, last_sequence = ?
                WHERE procedure_id = ? AND last_sequence = ?""",
                state.status.name(), utc(state.deadline), json.writeValueAsString(state), sequence,
                state.procedureId, readAt);
        if (written != 1) {
            throw new IllegalStateException(("The view of silence procedure %s moved past sequence %d while event %d "
                    + "was applied to it; nothing was written, and the event is handled again")
                    .formatted(state.procedureId, readAt, sequence));
        }
        jdbc.batchUpdate("UPDATE silence_procedure_addressee SET state = ? WHERE procedure_id = ? AND member_id = ?",
                state.addressees.stream()
                        .map(a -> new Object[]{a.state.name(), state.procedureId, a.memberId}).toList());
    }

    /** Records the time zone of a meeting unless this or a later event of its stream was applied already. */
    void meetingTimeZone(String meetingId, String timeZone, long sequence) {
        List<Long> applied = jdbc.queryForList(
                "SELECT last_sequence FROM silence_procedure_meeting WHERE meeting_id = ?", Long.class, meetingId);
        if (applied.isEmpty()) {
            jdbc.update("INSERT INTO silence_procedure_meeting (meeting_id, time_zone, last_sequence) VALUES (?, ?, ?)",
                    meetingId, timeZone, sequence);
        } else if (applied.get(0) < sequence) {
            jdbc.update("UPDATE silence_procedure_meeting SET time_zone = ?, last_sequence = ? WHERE meeting_id = ?",
                    timeZone, sequence, meetingId);
        }
    }

    void clear() {
        jdbc.update("DELETE FROM silence_procedure_addressee");
        jdbc.update("DELETE FROM silence_procedure_view");
        jdbc.update("DELETE FROM silence_procedure_meeting");
    }

    private SilenceProcedureState read(String document) {
        return json.readValue(document, SilenceProcedureState.class);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
