package org.agendaledger.app.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.meeting.MeetingQueries.FindMeeting;
import org.agendaledger.query.meeting.MeetingSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What the pages read about a meeting as it stands now (empty when it is unknown or cannot be read), and the short
 * wait for the read models to show what a command of a page changed.
 */
@Component
class MeetingReads {

    /** How long a page waits for the read models to show what its command changed. */
    static final Duration READ_MODEL_PATIENCE = Duration.ofSeconds(5);

    private final QueryGateway queries;

    MeetingReads(QueryGateway queries) {
        this.queries = queries;
    }

    Optional<MeetingSummary> meeting(String meetingId) {
        try {
            return queries.query(new FindMeeting(meetingId, null),
                    ResponseTypes.optionalInstanceOf(MeetingSummary.class)).join();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    /** The meetings' names ("Working Group on …, tenth meeting") by id; the id itself for one not read. */
    Map<String, String> names(Collection<String> meetingIds) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : meetingIds) {
            names.computeIfAbsent(id, m -> meeting(m).map(s -> s.body() + ", " + s.ordinal()).orElse(m));
        }
        return names;
    }

    Optional<AgendaView> agenda(String meetingId) {
        try {
            return queries.query(FindAgenda.current(meetingId), ResponseTypes.optionalInstanceOf(AgendaView.class))
                    .join();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    /**
     * The read models follow the events within moments: waits (up to {@link #READ_MODEL_PATIENCE}, looking every
     * 100 ms) until they show what {@code shown} looks for; false when they did not in time.
     */
    boolean awaitUntil(BooleanSupplier shown) {
        Instant until = Instant.now().plus(READ_MODEL_PATIENCE);
        while (!shown.getAsBoolean()) {
            if (!Instant.now().isBefore(until)) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
