package org.agendaledger.events.meeting;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The secretariat proposed the substantive topics of a meeting (a new version of the list). */
@Revision("1")
public record SubstantiveTopicsProposed(String meetingId, List<Topic> topics, int topicsVersion, String contentHash)
        implements MeetingEvent {
}
