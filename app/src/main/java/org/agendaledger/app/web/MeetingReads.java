package org.agendaledger.app.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.meeting.MeetingQueries.FindMeeting;
import org.agendaledger.query.meeting.MeetingSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What the pages read about a meeting as it stands now (empty when it is unknown or cannot be read).
 */
@Component
class MeetingReads {

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
}
