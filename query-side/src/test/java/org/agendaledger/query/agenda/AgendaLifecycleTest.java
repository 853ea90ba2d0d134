package org.agendaledger.query.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.query.lifecycle.MeetingLifecycle;
import org.agendaledger.query.lifecycle.MeetingStatus;
import org.agendaledger.query.meeting.MeetingEvents;
import org.junit.jupiter.api.Test;

/** The agenda read model shows the meeting's status and approvals as the one lifecycle fold gives them. */
class AgendaLifecycleTest {

    @Test
    void theAgendaShowsTheLifecycleTheMeetingsEventsFoldToAfterEveryEvent() {
        AgendaState agenda = AgendaEvolution.started(MeetingEvents.scheduled());
        MeetingLifecycle lifecycle = MeetingLifecycle.SCHEDULED;
        for (MeetingEvent event : MeetingEvents.life().subList(1, MeetingEvents.life().size())) {
            AgendaEvolution.apply(agenda, event);
            lifecycle = lifecycle.after(event);
            assertThat(new MeetingLifecycle(agenda.status, agenda.planConfirmed, agenda.topicsApproved))
                    .as(event.getClass().getSimpleName()).isEqualTo(lifecycle);
        }
        assertThat(agenda.status).isEqualTo(MeetingStatus.CLOSED);
    }
}
