package org.agendaledger.query.meeting;

import org.agendaledger.query.consistency.ReadModel;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.query.meeting.MeetingQueries.FindMeeting;
import org.agendaledger.query.meeting.MeetingQueries.FindMeetings;
import org.agendaledger.query.history.MeetingHistory;
import org.agendaledger.query.live.Followers;
import org.agendaledger.query.live.LiveUpdates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The list of meetings with their status, dates and venue. Each change of a meeting is sent to those who follow
 * that meeting ({@link FindMeeting} subscriptions without an instant), except during a replay.
 */
@Component
@ProcessingGroup(MeetingViewProjection.PROCESSING_GROUP)
class MeetingViewProjection {

    static final String PROCESSING_GROUP = ReadModel.MEETING_VIEW;
    /** A meeting's summary changed: {@link LiveUpdates} pushes it on every node. */
    static final String TOPIC = "meeting";

    private final JdbcTemplate jdbc;
    private final MeetingHistory history;
    private final QueryUpdateEmitter updates;
    private final LiveUpdates live;

    MeetingViewProjection(JdbcTemplate jdbc, MeetingHistory history, QueryUpdateEmitter updates, LiveUpdates live) {
        this.jdbc = jdbc;
        this.history = history;
        this.updates = updates;
        this.live = live;
        live.publishWith(TOPIC, this::publish);
    }

    /** The summary of a meeting from its events, as the handlers above would have left it. */
    static Optional<MeetingSummary> replay(List<DomainEventMessage<?>> events) {
        MeetingSummary summary = null;
        for (DomainEventMessage<?> message : events) {
            Object event = message.getPayload();
            if (event instanceof MeetingScheduled e) {
                summary = new MeetingSummary(e.meetingId(), e.bureauId(), e.body(), e.ordinal(), e.venue(),
                        e.startDate(), e.endDate(), e.timeZone(), e.agendaSymbol(), MeetingStatus.SCHEDULED, false,
                        false);
            } else if (summary == null) {
                continue;
            } else if (event instanceof MeetingPlanRevised e) {
                summary = new MeetingSummary(summary.meetingId(), summary.bureauId(), summary.body(),
                        summary.ordinal(), e.venue(), e.startDate(), e.endDate(), e.timeZone(), e.agendaSymbol(),
                        summary.status(), false, summary.topicsApproved());
            } else if (event instanceof MeetingPlanConfirmed) {
                summary = with(summary, summary.status(), true, summary.topicsApproved());
            } else if (event instanceof SubstantiveTopicsApproved) {
                summary = with(summary, summary.status(), summary.planConfirmed(), true);
            } else if (statusAfter(event) != null) {
                summary = with(summary, statusAfter(event), summary.planConfirmed(), summary.topicsApproved());
            }
        }
        return Optional.ofNullable(summary);
    }

    private static MeetingStatus statusAfter(Object event) {
        if (event instanceof AgendaProposed) {
            return MeetingStatus.AGENDA_DRAFTED;
        } else if (event instanceof ProvisionalAgendaIssued) {
            return MeetingStatus.AGENDA_ISSUED;
        } else if (event instanceof MeetingOpened) {
            return MeetingStatus.OPEN;
        } else if (event instanceof AgendaAdopted) {
            return MeetingStatus.AGENDA_ADOPTED;
        } else if (event instanceof MeetingClosed) {
            return MeetingStatus.CLOSED;
        }
        return null;
    }

    private static MeetingSummary with(MeetingSummary s, MeetingStatus status, boolean planConfirmed,
                                       boolean topicsApproved) {
        return new MeetingSummary(s.meetingId(), s.bureauId(), s.body(), s.ordinal(), s.venue(), s.startDate(),
                s.endDate(), s.timeZone(), s.agendaSymbol(), status, planConfirmed, topicsApproved);
    }

    @EventHandler
    void on(MeetingScheduled event, @SequenceNumber long sequence, ReplayStatus replay) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM meeting_view WHERE meeting_id = ?",
                Integer.class, event.meetingId());
        if (existing != null && existing > 0) {
            return;
        }
        jdbc.update("""
                INSERT INTO meeting_view (meeting_id, bureau_id, body, ordinal, venue, start_date, end_date, time_zone,
                  agenda_symbol, status, plan_confirmed, topics_approved, last_sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?)""",
                event.meetingId(), event.bureauId(), event.body(), event.ordinal(), event.venue(),
                Date.valueOf(event.startDate()), Date.valueOf(event.endDate()), event.timeZone(),
                event.agendaSymbol(), MeetingStatus.SCHEDULED.name(), sequence);
        publish(event.meetingId(), replay);
    }

    @EventHandler
    void on(MeetingPlanRevised event, @SequenceNumber long sequence, ReplayStatus replay) {
        jdbc.update("""
                UPDATE meeting_view SET venue = ?, start_date = ?, end_date = ?, time_zone = ?, agenda_symbol = ?,
                  plan_confirmed = FALSE, last_sequence = ?
                WHERE meeting_id = ? AND last_sequence < ?""",
                event.venue(), Date.valueOf(event.startDate()), Date.valueOf(event.endDate()), event.timeZone(),
                event.agendaSymbol(), sequence, event.meetingId(), sequence);
        publish(event.meetingId(), replay);
    }

    @EventHandler
    void on(MeetingPlanConfirmed event, @SequenceNumber long sequence, ReplayStatus replay) {
        update(event.meetingId(), sequence, "plan_confirmed = TRUE");
        publish(event.meetingId(), replay);
    }

    @EventHandler
    void on(SubstantiveTopicsApproved event, @SequenceNumber long sequence, ReplayStatus replay) {
        update(event.meetingId(), sequence, "topics_approved = TRUE");
        publish(event.meetingId(), replay);
    }

    @EventHandler
    void on(AgendaProposed event, @SequenceNumber long sequence, ReplayStatus replay) {
        status(event.meetingId(), sequence, MeetingStatus.AGENDA_DRAFTED);
        publish(event.meetingId(), replay);
    }

    @EventHandler
    void on(ProvisionalAgendaIssued event, @SequenceNumber long sequence, ReplayStatus replay) {
        status(event.meetingId(), sequence, MeetingStatus.AGENDA_ISSUED);
        publish(event.meetingId(), replay);
    }

    @EventHandler
    void on(MeetingOpened event, @SequenceNumber long sequence, ReplayStatus replay) {
        status(event.meetingId(), sequence, MeetingStatus.OPEN);
        publish(event.meetingId(), replay);
    }

    @EventHandler
    void on(AgendaAdopted event, @SequenceNumber long sequence, ReplayStatus replay) {
        status(event.meetingId(), sequence, MeetingStatus.AGENDA_ADOPTED);
        publish(event.meetingId(), replay);
    }

    @EventHandler
    void on(MeetingClosed event, @SequenceNumber long sequence, ReplayStatus replay) {
        status(event.meetingId(), sequence, MeetingStatus.CLOSED);
        publish(event.meetingId(), replay);
    }

    /** The meeting changed; once stored, it is pushed to those who follow it. A rebuild replays history, which
     * nobody is watching live. */
    private void publish(String meetingId, ReplayStatus replay) {
        if (!replay.isReplay()) {
            live.changed(TOPIC, meetingId);
        }
    }

    /** Sends the meeting as it now stands to those who follow it; read only when someone does. */
    private void publish(String meetingId) {
        if (Followers.of(updates, FindMeeting.class).stream()
                .noneMatch(q -> q.asOf() == null && q.meetingId().equals(meetingId))) {
            return;
        }
        handle(new FindMeeting(meetingId, null)).ifPresent(summary -> updates.emit(FindMeeting.class,
                q -> q.asOf() == null && q.meetingId().equals(meetingId), summary));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM meeting_view");
    }

    @QueryHandler
    List<MeetingSummary> handle(FindMeetings query) {
        return jdbc.query("SELECT * FROM meeting_view ORDER BY start_date DESC, meeting_id", this::summary);
    }

    @QueryHandler
    Optional<MeetingSummary> handle(FindMeeting query) {
        if (query.asOf() != null) {
            return replay(history.meetingAsOf(query.meetingId(), query.asOf()));
        }
        return jdbc.query("SELECT * FROM meeting_view WHERE meeting_id = ?", this::summary, query.meetingId())
                .stream().findFirst();
    }

    private void status(String meetingId, long sequence, MeetingStatus status) {
        update(meetingId, sequence, "status = '" + status.name() + "'");
    }

    private void update(String meetingId, long sequence, String assignment) {
        jdbc.update("UPDATE meeting_view SET " + assignment + ", last_sequence = ? "
                + "WHERE meeting_id = ? AND last_sequence < ?", sequence, meetingId, sequence);
    }

    private MeetingSummary summary(ResultSet rs, int row) throws SQLException {
        return new MeetingSummary(rs.getString("meeting_id"), rs.getString("bureau_id"), rs.getString("body"),
                rs.getString("ordinal"), rs.getString("venue"), rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(), rs.getString("time_zone"), rs.getString("agenda_symbol"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getBoolean("plan_confirmed"),
                rs.getBoolean("topics_approved"));
    }
}
