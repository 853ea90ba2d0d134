package org.agendaledger.query.organization;

import org.agendaledger.query.consistency.ReadModel;
import java.util.List;
import java.util.Optional;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.query.agenda.AgendaEvolution;
import org.agendaledger.query.agenda.AgendaState;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.agenda.AgendaViewProjection;
import org.agendaledger.query.history.MeetingHistory;
import org.agendaledger.query.organization.OrganizationOfWorkQueries.FindOrganizationOfWork;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organization of work of each meeting, one row per plenary slot in {@code organization_of_work_slot}. Item
 * numbers and titles in the rows follow the agenda, so the projection folds the meeting's stream with the agenda's
 * evolution (kept in {@code organization_of_work_state}) and rewrites the meeting's rows after each event.
 */
@Component
@ProcessingGroup(OrganizationOfWorkProjection.PROCESSING_GROUP)
class OrganizationOfWorkProjection {

    static final String PROCESSING_GROUP = ReadModel.ORGANIZATION_OF_WORK;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final MeetingHistory history;

    OrganizationOfWorkProjection(JdbcTemplate jdbc, JsonMapper json, MeetingHistory history) {
        this.jdbc = jdbc;
        this.json = json;
        this.history = history;
    }

    @EventHandler
    void on(MeetingEvent event, @SequenceNumber long sequence) {
        Optional<Long> last = jdbc.query("SELECT last_sequence FROM organization_of_work_state WHERE meeting_id = ?",
                (rs, n) -> rs.getLong(1), event.meetingId()).stream().findFirst();
        if (last.isPresent() && sequence <= last.get()) {
            return; // seen before
        }
        AgendaState state;
        if (event instanceof MeetingScheduled scheduled) {
            state = AgendaEvolution.started(scheduled);
            jdbc.update("INSERT INTO organization_of_work_state (meeting_id, document, last_sequence) VALUES (?, ?, ?)",
                    event.meetingId(), json.writeValueAsString(state), sequence);
        } else {
            state = jdbc.query("SELECT document FROM organization_of_work_state WHERE meeting_id = ?",
                    (rs, n) -> json.readValue(rs.getString(1), AgendaState.class), event.meetingId()).get(0);
            AgendaEvolution.apply(state, event);
            jdbc.update("UPDATE organization_of_work_state SET document = ?, last_sequence = ? WHERE meeting_id = ?",
                    json.writeValueAsString(state), sequence, event.meetingId());
        }
        writeRows(event.meetingId(), AgendaView.of(state).slots());
    }

    private void writeRows(String meetingId, List<AgendaView.Slot> slots) {
        jdbc.update("DELETE FROM organization_of_work_slot WHERE meeting_id = ?", meetingId);
        for (int i = 0; i < slots.size(); i++) {
            AgendaView.Slot slot = slots.get(i);
            jdbc.update("""
                    INSERT INTO organization_of_work_slot (meeting_id, slot_id, position, slot_date, start_time,
                      end_time, entries) VALUES (?, ?, ?, ?, ?, ?, ?)""", meetingId, slot.slotId(), i,
                    java.sql.Date.valueOf(slot.date()), slot.start().toString(), slot.end().toString(),
                    json.writeValueAsString(slot.assignments()));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM organization_of_work_slot");
        jdbc.update("DELETE FROM organization_of_work_state");
    }

    @QueryHandler
    Optional<OrganizationOfWork> handle(FindOrganizationOfWork query) {
        if (query.asOf() != null) {
            return AgendaViewProjection.replay(history.meetingAsOf(query.meetingId(), query.asOf()))
                    .map(state -> new OrganizationOfWork(state.meetingId, state.timeZone,
                            AgendaView.of(state).slots()));
        }
        List<String> zone = jdbc.query("SELECT document FROM organization_of_work_state WHERE meeting_id = ?",
                (rs, n) -> json.readValue(rs.getString(1), AgendaState.class).timeZone, query.meetingId());
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        List<AgendaView.Slot> slots = jdbc.query("""
                SELECT slot_id, slot_date, start_time, end_time, entries FROM organization_of_work_slot
                WHERE meeting_id = ? ORDER BY position""", (rs, n) -> new AgendaView.Slot(rs.getString("slot_id"),
                rs.getDate("slot_date").toLocalDate(), java.time.LocalTime.parse(rs.getString("start_time")),
                java.time.LocalTime.parse(rs.getString("end_time")),
                List.of(json.readValue(rs.getString("entries"), AgendaView.Assignment[].class))),
                query.meetingId());
        return Optional.of(new OrganizationOfWork(query.meetingId(), zone.get(0), slots));
    }
}
