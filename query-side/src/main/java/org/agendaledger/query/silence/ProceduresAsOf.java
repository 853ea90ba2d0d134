package org.agendaledger.query.silence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.query.history.MeetingHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The procedures as they stood at an instant of business time, folded from the event store through the same
 * evolution as the stored read model.
 */
@Component
class ProceduresAsOf {

    private final MeetingHistory history;
    private final EventStore eventStore;

    ProceduresAsOf(MeetingHistory history, EventStore eventStore) {
        this.history = history;
        this.eventStore = eventStore;
    }

    List<SilenceProcedureState> ofMeeting(String meetingId, Instant asOf) {
        return SilenceProcedureEvolution.replay(history.everythingAsOf(meetingId, asOf).stream()
                .map(DomainEventMessage::getPayload).toList());
    }

    /** Empty when there is no such procedure, or it had not started yet at that instant. */
    Optional<SilenceProcedureState> procedure(String procedureId, Instant asOf) {
        // the procedure's first event names its meeting, whose history also holds the procedure's own stream
        DomainEventStream stream = eventStore.readEvents(procedureId, 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof SilenceProcedureStarted started)) {
            return Optional.empty();
        }
        return ofMeeting(started.meetingId(), asOf).stream()
                .filter(p -> p.procedureId.equals(procedureId))
                .findFirst();
    }
}
