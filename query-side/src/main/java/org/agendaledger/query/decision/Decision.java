package org.agendaledger.query.decision;

import java.time.Instant;
import java.util.List;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.NoticeOutcome;

/**
 * One decision of a meeting, as its trail lists it.
 *
 * @param subject     what {@code version} and {@code contentHash} are of: the plan, the topics or the agenda (for
 *                    the report, the agenda version the report sealed)
 * @param procedureId the silence procedure that decided, for the Bureau's decisions
 * @param document    the symbol of the provisional agenda issued or of the report adopted, when it has one
 * @param amendments  the oral amendments the meeting adopted its agenda with; empty otherwise
 * @param actor       who acted: the signed-in user, or {@code system} for the outcome of a deadline
 * @param memberId    the Bureau member acted for; for a broken silence, the member who broke it
 * @param businessTime when it was decided; {@code recordedAt} is when the ledger recorded it
 * @param eventId     the event that records the decision
 * @param notified    for a decision by silence procedure, each addressee and whether they were told of the
 *                    circulation; empty otherwise
 */
public record Decision(String eventId, String meetingId, DecisionKind kind, String description, SubjectKind subject,
                       Integer version, String contentHash, String procedureId, Outcome outcome, String document,
                       List<String> amendments, String actor, String role, String memberId, Instant businessTime,
                       Instant recordedAt, String correlationId, List<Notified> notified) {

    public Decision {
        notified = notified == null ? List.of() : List.copyOf(notified);
    }

    /**
     * One addressee of the procedure that decided, and what became of the notice circulating the text to them:
     * {@code ACCEPTED} by the mail server at {@code acceptedAt}, {@code REFUSED}, {@code HELD_IN_OUTBOX} (no mail
     * server), {@code NO_ADDRESS}; {@code outcome} is {@code null} while nothing is recorded yet.
     */
    public record Notified(String memberId, NoticeOutcome outcome, Instant acceptedAt) {
    }

    /** The same decision, with what is known of the notices of its circulation. */
    Decision withNotified(List<Notified> addressees) {
        return new Decision(eventId, meetingId, kind, description, subject, version, contentHash, procedureId,
                outcome, document, amendments, actor, role, memberId, businessTime, recordedAt, correlationId,
                addressees);
    }
}
