package org.agendaledger.query.decision;

import java.util.List;
import org.agendaledger.events.meeting.SilenceSubject;

/**
 * What the trail remembers of a silence procedure from its start: the meeting, the exact subject circulated and the
 * members it was circulated to, in order.
 */
record Circulation(String procedureId, String meetingId, SilenceSubject subject, List<String> addressees) {

    Circulation {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
    }
}
