package org.agendaledger.app.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.bureau.BureauQueries.FindBureau;
import org.agendaledger.query.bureau.BureauQueries.FindBureaus;
import org.agendaledger.query.bureau.BureauView;
import org.agendaledger.query.meeting.MeetingQueries.FindMeeting;
import org.agendaledger.query.meeting.MeetingSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What the pages read about a meeting and the Bureaus as they stand now (empty when unknown or not readable).
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

    /** The Bureaus by name, each with its members: the Bureaus a meeting can be scheduled for. */
    List<BureauView> bureaus() {
        try {
            return queries.query(new FindBureaus(), ResponseTypes.multipleInstancesOf(BureauView.class)).join();
        } catch (CompletionException e) {
            return List.of();
        }
    }

    Optional<BureauView> bureau(String bureauId) {
        try {
            return queries.query(new FindBureau(bureauId), ResponseTypes.optionalInstanceOf(BureauView.class))
                    .join();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    /** The Bureau's name; its id when it is not (or not yet) read. */
    String bureauName(String bureauId) {
        return bureau(bureauId).map(BureauView::name).orElse(bureauId);
    }
}
