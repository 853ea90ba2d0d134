package org.agendaledger.query.meeting;

import java.util.List;
import java.util.Optional;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.query.lifecycle.MeetingLifecycle;

/**
 * How each event of a meeting's stream changes its summary. Pure: the stored projection and the replay "as of" an
 * instant fold the same events through the same code; the status comes from {@link MeetingLifecycle}.
 */
final class MeetingEvolution {

    private MeetingEvolution() {
    }

    /** The summary a meeting's stream starts from. */
    static MeetingSummary started(MeetingScheduled e) {
        MeetingLifecycle scheduled = MeetingLifecycle.SCHEDULED;
        return new MeetingSummary(e.meetingId(), e.bureauId(), e.body(), e.ordinal(), e.venue(), e.startDate(),
                e.endDate(), e.timeZone(), e.agendaSymbol(), scheduled.status(), scheduled.planConfirmed(),
                scheduled.topicsApproved());
    }

    /** The summary after one later event of the stream; equal to {@code s} when the event changes nothing in it. */
    static MeetingSummary apply(MeetingSummary s, MeetingEvent event) {
        MeetingSummary planned = s;
        if (event instanceof MeetingPlanRevised e) {
            planned = new MeetingSummary(s.meetingId(), s.bureauId(), s.body(), s.ordinal(), e.venue(),
                    e.startDate(), e.endDate(), e.timeZone(), e.agendaSymbol(), s.status(), s.planConfirmed(),
                    s.topicsApproved());
        }
        return planned.with(planned.lifecycle().after(event));
    }

    /** Folds a meeting's events (payloads, in stream order) into its summary; empty before it was scheduled. */
    static Optional<MeetingSummary> replay(List<?> events) {
        MeetingSummary summary = null;
        for (Object event : events) {
            if (event instanceof MeetingScheduled scheduled) {
                summary = started(scheduled);
            } else if (summary != null && event instanceof MeetingEvent e) {
                summary = apply(summary, e);
            }
        }
        return Optional.ofNullable(summary);
    }
}
