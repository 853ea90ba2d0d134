package org.agendaledger.query.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.junit.jupiter.api.Test;
import org.agendaledger.query.lifecycle.MeetingStatus;
import org.agendaledger.query.lifecycle.MeetingLifecycle;

class MeetingEvolutionTest {

    @Test
    void aRevisedPlanReplacesTheVenueDatesZoneAndSymbolAndIsToBeConfirmedAgain() {
        MeetingSummary confirmed = MeetingEvolution.apply(MeetingEvolution.started(MeetingEvents.scheduled()),
                MeetingEvents.planConfirmed());

        MeetingSummary revised = MeetingEvolution.apply(confirmed, MeetingEvents.revised("Geneva"));

        assertThat(revised).isEqualTo(new MeetingSummary(MeetingEvents.MEETING, "bureau",
                "Working Group on Trafficking in Persons", "eleventh meeting", "Geneva", LocalDate.parse("2031-09-17"),
                LocalDate.parse("2031-09-18"), "Europe/Vienna", "CTOC/COP/WG.4/2031/2", MeetingStatus.SCHEDULED, false,
                false));
    }

    @Test
    void aWholeLifeEndsClosedAndNothingBeforeTheSchedulingCounts() {
        List<Object> events = new java.util.ArrayList<>(MeetingEvents.life());
        events.add(0, MeetingEvents.opened()); // of a stream that had not started: ignored

        assertThat(MeetingEvolution.replay(events)).hasValueSatisfying(meeting -> {
            assertThat(meeting.lifecycle()).isEqualTo(new MeetingLifecycle(MeetingStatus.CLOSED, true, true));
            assertThat(meeting.venue()).isEqualTo("Vienna International Centre");
        });
        assertThat(MeetingEvolution.replay(List.of(MeetingEvents.opened()))).isEmpty();
    }

    @Test
    void theMeetingListShowsTheLifecycleItsEventsFoldToAfterEveryEvent() {
        // the agenda read model is held to the same fold (AgendaLifecycleTest): both show the same status
        MeetingScheduled scheduled = MeetingEvents.scheduled();
        MeetingSummary meeting = MeetingEvolution.started(scheduled);
        MeetingLifecycle lifecycle = MeetingLifecycle.SCHEDULED;
        for (MeetingEvent event : MeetingEvents.life().subList(1, MeetingEvents.life().size())) {
            meeting = MeetingEvolution.apply(meeting, event);
            lifecycle = lifecycle.after(event);
            assertThat(meeting.lifecycle()).as(event.getClass().getSimpleName()).isEqualTo(lifecycle);
        }
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
    }
}
