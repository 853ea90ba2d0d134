package org.agendaledger.query.decision;

import org.agendaledger.events.meeting.SilenceSubject;

/** What the trail remembers of a silence procedure from its start: the meeting and the exact subject circulated. */
record Circulation(String procedureId, String meetingId, SilenceSubject subject) {
}
