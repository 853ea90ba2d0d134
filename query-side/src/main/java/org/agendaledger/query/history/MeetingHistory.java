package org.agendaledger.query.history;

import org.agendaledger.events.EventMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * The history of one meeting straight from the event store: its own stream and the streams of the silence
 * procedures circulated on it. "As of" an instant keeps the events whose business time is at or before it, in
 * the order they were recorded, so any past state is rebuilt by the same code that builds the current one.
 */
@Component
public class MeetingHistory {

    /** The metadata entry holding the business time of an event. */

    private final StoredStreams streams;

    public MeetingHistory(StoredStreams streams) {
        this.streams = streams;
    }

    /** When the fact happened in the business; events recorded without it count from their recording time. */
    public static Instant businessTime(EventMessage<?> event) {
        Object value = event.getMetaData().get(EventMetaData.BUSINESS_TIME);
        return value == null ? event.getTimestamp() : Instant.parse(value.toString());
    }

    /** The meeting's own events, as of an instant. */
    public List<DomainEventMessage<?>> meetingAsOf(String meetingId, Instant asOf) {
        return asOf(read(meetingId), asOf);
    }

    /** The meeting's events and its procedures' events, as of an instant, in recording order. */
    public List<DomainEventMessage<?>> everythingAsOf(String meetingId, Instant asOf) {
        List<DomainEventMessage<?>> meeting = read(meetingId);
        Set<String> procedures = new LinkedHashSet<>();
        meeting.forEach(e -> {
            if (e.getPayload() instanceof SubjectCirculatedUnderSilence circulated) {
                procedures.add(circulated.procedureId());
            }
        });
        List<DomainEventMessage<?>> all = new ArrayList<>(meeting);
        procedures.forEach(id -> all.addAll(read(id)));
        all.sort(Comparator.comparing(EventMessage::getTimestamp));
        return asOf(all, asOf);
    }

    private List<DomainEventMessage<?>> read(String aggregateId) {
        return streams.read(aggregateId);
    }

    private static List<DomainEventMessage<?>> asOf(List<DomainEventMessage<?>> events, Instant asOf) {
        return events.stream().filter(e -> !businessTime(e).isAfter(asOf)).toList();
    }
}
