package org.agendaledger.query.meeting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.agendaledger.query.lifecycle.MeetingStatus;

/**
 * The table of the read model (see {@code V100__meeting_and_agenda_views.sql}): one row per meeting with the last
 * sequence number of the meeting's stream it applied.
 */
@Component
class MeetingViewRows {

    /** A meeting as stored, with the last sequence number of its stream that it applied. */
    record Stored(MeetingSummary summary, long lastSequence) {
    }

    private final JdbcTemplate jdbc;

    MeetingViewRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> load(String meetingId) {
        return jdbc.query("SELECT * FROM meeting_view WHERE meeting_id = ?",
                (rs, n) -> new Stored(summary(rs), rs.getLong("last_sequence")), meetingId).stream().findFirst();
    }

    /** Every meeting, latest first. */
    List<MeetingSummary> all() {
        return jdbc.query("SELECT * FROM meeting_view ORDER BY start_date DESC, meeting_id", (rs, n) -> summary(rs));
    }

    void insert(MeetingSummary s, long sequence) {
        jdbc.update("""
                INSERT INTO meeting_view (meeting_id, bureau_id, body, ordinal, venue, start_date, end_date, time_zone,
                  agenda_symbol, status, plan_confirmed, topics_approved, last_sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                s.meetingId(), s.bureauId(), s.body(), s.ordinal(), s.venue(), Date.valueOf(s.startDate()),
                Date.valueOf(s.endDate()), s.timeZone(), s.agendaSymbol(), s.status().name(), s.planConfirmed(),
                s.topicsApproved(), sequence);
    }

    /**
     * Stores the meeting as folded up to {@code sequence}, over the version it was read at ({@code readAt}) only:
     * were its events ever handled twice at once, the later write would otherwise overwrite a newer fold.
     */
    void update(MeetingSummary s, long readAt, long sequence) {
        int written = jdbc.update("""
                UPDATE meeting_view SET venue = ?, start_date = ?, end_date = ?, time_zone = ?, agenda_symbol = ?,
                  status = ?, plan_confirmed = ?, topics_approved = ?, last_sequence = ?
                WHERE meeting_id = ? AND last_sequence = ?""",
                s.venue(), Date.valueOf(s.startDate()), Date.valueOf(s.endDate()), s.timeZone(), s.agendaSymbol(),
                s.status().name(), s.planConfirmed(), s.topicsApproved(), sequence, s.meetingId(), readAt);
        if (written != 1) {
            throw new IllegalStateException(("The view of meeting %s moved past sequence %d while event %d was "
                    + "applied to it; nothing was written, and the event is handled again")
                    .formatted(s.meetingId(), readAt, sequence));
        }
    }

    void clear() {
        jdbc.update("DELETE FROM meeting_view");
    }

    private static MeetingSummary summary(ResultSet rs) throws SQLException {
        return new MeetingSummary(rs.getString("meeting_id"), rs.getString("bureau_id"), rs.getString("body"),
                rs.getString("ordinal"), rs.getString("venue"), rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(), rs.getString("time_zone"), rs.getString("agenda_symbol"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getBoolean("plan_confirmed"),
                rs.getBoolean("topics_approved"));
    }
}
