package org.agendaledger.query.decision;

import java.util.Optional;

/**
 * What the mapping from event to decision may look back at: the stored tables for the projection, the events
 * replayed so far for a trail "as of" an instant.
 */
interface Precedents {

    /** The start of a silence procedure, which alone names its meeting and subject. */
    Optional<Circulation> circulation(String procedureId);

    /** The latest decision of this kind of the meeting. */
    Optional<Decision> latest(String meetingId, DecisionKind kind);
}
