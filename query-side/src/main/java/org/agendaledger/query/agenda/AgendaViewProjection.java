package org.agendaledger.query.agenda;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.live.Followers;
import org.agendaledger.query.live.LiveUpdates;
import java.util.List;
import java.util.Optional;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.history.MeetingHistory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agenda of each meeting: items, sub-items, annotations, documentation, slots, assignments and status, kept in
 * {@code agenda_view} as one JSON document per meeting with the last sequence number it applied. Its slots with
 * their assignments are also the organization of work ({@link OrganizationOfWork#of}).
 */
@Component
@ProcessingGroup(AgendaViewProjection.PROCESSING_GROUP)
public class AgendaViewProjection {

    static final String PROCESSING_GROUP = ReadModel.AGENDA_VIEW;
    /** A meeting's agenda changed: {@link LiveUpdates} pushes it on every node. */
    static final String TOPIC = "agenda";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final MeetingHistory history;
    private final QueryUpdateEmitter updates;
    private final LiveUpdates live;

    AgendaViewProjection(JdbcTemplate jdbc, JsonMapper json, MeetingHistory history, QueryUpdateEmitter updates,
                         LiveUpdates live) {
        this.jdbc = jdbc;
        this.json = json;
        this.history = history;
        this.updates = updates;
        this.live = live;
        live.publishWith(TOPIC, this::publish);
    }

    @EventHandler
    void on(MeetingEvent event, @SequenceNumber long sequence, ReplayStatus replay) {
        if (event instanceof MeetingScheduled scheduled) {
            if (load(scheduled.meetingId()).isEmpty()) {
                AgendaState state = AgendaEvolution.started(scheduled);
                jdbc.update("INSERT INTO agenda_view (meeting_id, document, last_sequence) VALUES (?, ?, ?)",
                        scheduled.meetingId(), json.writeValueAsString(state), sequence);
                publish(state, replay);
            }
            return;
        }
        Stored stored = load(event.meetingId()).orElseThrow(
                () -> new IllegalStateException("Agenda view of meeting " + event.meetingId() + " is missing"));
        if (sequence <= stored.lastSequence()) {
            return; // seen before: a redelivery or a replay over existing rows
        }
        AgendaEvolution.apply(stored.state(), event);
        // written only over the version it was read from: were the meeting's events ever handled twice at once
        // (two deliveries racing), the later write would otherwise overwrite the earlier with a stale fold
        int written = jdbc.update("UPDATE agenda_view SET document = ?, last_sequence = ? WHERE meeting_id = ? "
                + "AND last_sequence = ?", json.writeValueAsString(stored.state()), sequence, event.meetingId(),
                stored.lastSequence());
        if (written != 1) {
            throw new IllegalStateException(("The agenda view of meeting %s moved past sequence %d while event %d "
                    + "was applied to it; nothing was written, and the event is handled again")
                    .formatted(event.meetingId(), stored.lastSequence(), sequence));
        }
        publish(stored.state(), replay);
    }

    /** The agenda changed; once stored, it is pushed to live subscribers. A rebuild replays history, which nobody
     * is watching live. */
    private void publish(AgendaState state, ReplayStatus replay) {
        if (!replay.isReplay()) {
            live.changed(TOPIC, state.meetingId);
        }
    }

    /** Sends the agenda as it now stands to those who follow it; read only when someone does. */
    private void publish(String meetingId) {
        if (Followers.of(updates, FindAgenda.class).stream()
                .noneMatch(q -> q.asOf() == null && q.meetingId().equals(meetingId))) {
            return;
        }
        load(meetingId).ifPresent(stored -> updates.emit(FindAgenda.class,
                q -> q.asOf() == null && q.meetingId().equals(meetingId), AgendaView.of(stored.state())));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM agenda_view");
    }

    @QueryHandler
    Optional<AgendaView> handle(FindAgenda query) {
        if (query.asOf() != null) {
            return replay(history.meetingAsOf(query.meetingId(), query.asOf())).map(AgendaView::of);
        }
        return load(query.meetingId()).map(stored -> AgendaView.of(stored.state()));
    }

    /** A meeting's agenda from its events alone, as an auditor replays them; empty when it was not yet scheduled. */
    public static Optional<AgendaView> replayed(List<DomainEventMessage<?>> events) {
        return replay(events).map(AgendaView::of);
    }

    /** Folds a meeting's events into its agenda; empty when the meeting was not yet scheduled. */
    static Optional<AgendaState> replay(List<DomainEventMessage<?>> events) {
        AgendaState state = null;
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof MeetingScheduled scheduled) {
                state = AgendaEvolution.started(scheduled);
            } else if (state != null && message.getPayload() instanceof MeetingEvent event) {
                AgendaEvolution.apply(state, event);
            }
        }
        return Optional.ofNullable(state);
    }

    private record Stored(AgendaState state, long lastSequence) {
    }

    private Optional<Stored> load(String meetingId) {
        List<Stored> rows = jdbc.query("SELECT document, last_sequence FROM agenda_view WHERE meeting_id = ?",
                (rs, n) -> new Stored(json.readValue(rs.getString("document"), AgendaState.class),
                        rs.getLong("last_sequence")),
                meetingId);
        return rows.stream().findFirst();
    }
}
