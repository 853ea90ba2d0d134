package org.agendaledger.query.meeting;

import org.agendaledger.query.consistency.ReadModel;
import java.util.List;
import java.util.Optional;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingScheduled;
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
import org.springframework.stereotype.Component;

/**
 * The list of meetings with their status, dates and venue, kept in {@code meeting_view}: each event of a meeting is
 * folded through {@link MeetingEvolution}, as the replay "as of" an instant folds it. Each change of a meeting is sent
 * to those who follow that meeting ({@link FindMeeting} subscriptions without an instant), except during a replay.
 */
@Component
@ProcessingGroup(MeetingViewProjection.PROCESSING_GROUP)
class MeetingViewProjection {

    static final String PROCESSING_GROUP = ReadModel.MEETING_VIEW;
    /** A meeting's summary changed: {@link LiveUpdates} pushes it on every node. */
    static final String TOPIC = "meeting";

    private final MeetingViewRows rows;
    private final MeetingHistory history;
    private final QueryUpdateEmitter updates;
    private final LiveUpdates live;

    MeetingViewProjection(MeetingViewRows rows, MeetingHistory history, QueryUpdateEmitter updates,
                          LiveUpdates live) {
        this.rows = rows;
        this.history = history;
        this.updates = updates;
        this.live = live;
        live.publishWith(TOPIC, this::publish);
    }

    @EventHandler
    void on(MeetingEvent event, @SequenceNumber long sequence, ReplayStatus replay) {
        if (event instanceof MeetingScheduled scheduled) {
            if (rows.load(scheduled.meetingId()).isPresent()) {
                return; // seen before: a redelivery
            }
            rows.insert(MeetingEvolution.started(scheduled), sequence);
        } else {
            MeetingViewRows.Stored stored = rows.load(event.meetingId()).orElseThrow(
                    () -> new IllegalStateException("Meeting view of " + event.meetingId() + " is missing"));
            if (sequence <= stored.lastSequence()) {
                return; // seen before: a redelivery or a replay over existing rows
            }
            MeetingSummary summary = MeetingEvolution.apply(stored.summary(), event);
            if (summary.equals(stored.summary())) {
                return; // an event of the agenda or its circulation: nothing the list shows
            }
            rows.update(summary, stored.lastSequence(), sequence);
        }
        // once stored, it is pushed to those who follow it; a rebuild replays history, which nobody watches live
        if (!replay.isReplay()) {
            live.changed(TOPIC, event.meetingId());
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
        rows.clear();
    }

    @QueryHandler
    List<MeetingSummary> handle(FindMeetings query) {
        return rows.all();
    }

    @QueryHandler
    Optional<MeetingSummary> handle(FindMeeting query) {
        if (query.asOf() != null) {
            return MeetingEvolution.replay(history.meetingAsOf(query.meetingId(), query.asOf()).stream()
                    .map(DomainEventMessage::getPayload).toList());
        }
        return rows.load(query.meetingId()).map(MeetingViewRows.Stored::summary);
    }
}
