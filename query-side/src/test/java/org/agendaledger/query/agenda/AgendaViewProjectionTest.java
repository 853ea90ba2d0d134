package org.agendaledger.query.agenda;

import static org.agendaledger.query.RecordedEvents.secretariat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.query.RecordedEvents;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.live.ChangeSignal;
import org.agendaledger.query.live.LiveUpdates;
import org.agendaledger.query.testing.RacingJdbc;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import tools.jackson.databind.json.JsonMapper;

/** The agenda read model on the real migration (H2), fed event by event as its processor would. */
class AgendaViewProjectionTest {

    private static final String MEETING = "wg-2031";

    private final EmbeddedDatabase database = (EmbeddedDatabase) RecordedEvents
            .database("V100__meeting_and_agenda_views.sql");
    private final RacingJdbc jdbc = new RacingJdbc(database, "agenda_view", MEETING);
    private final AgendaViewProjection projection = new AgendaViewProjection(jdbc, JsonMapper.builder().build(),
            null, SimpleQueryUpdateEmitter.builder().build(), new LiveUpdates(ChangeSignal.NONE));
    private final RecordedEvents store = new RecordedEvents();

    @AfterEach
    void close() {
        database.shutdown();
    }

    @Test
    void theOrganizationOfWorkIsTheAgendasSlotsWithTheirItemsInOrder() {
        handle(scheduled());
        handle(new AgendaProposed(MEETING, List.of(item("i1", "Organizational matters")), 1, "h1"));
        handle(new AgendaItemAdded(MEETING, "i2", ItemKind.SUBSTANTIVE, "Joint investigations", 1, 2, "h2"));
        handle(new SlotAssigned(MEETING, "s2", "i2", null, 0));
        handle(new SlotAssigned(MEETING, "s1", "i1", null, 0));

        OrganizationOfWork organization = projection.handle(FindAgenda.current(MEETING)).map(OrganizationOfWork::of)
                .orElseThrow();

        assertThat(organization.timeZone()).isEqualTo("Europe/Vienna");
        assertThat(organization.slots()).extracting(AgendaView.Slot::slotId).containsExactly("s1", "s2");
        assertThat(organization.slots()).isEqualTo(projection.handle(FindAgenda.current(MEETING)).orElseThrow()
                .slots());
        assertThat(organization.slots().get(1).assignments()).extracting(AgendaView.Assignment::reference)
                .containsExactly("2");
        assertThat(projection.handle(FindAgenda.current("no-such-meeting")).map(OrganizationOfWork::of)).isEmpty();
    }

    @Test
    void anEventHandledTwiceChangesTheAgendaOnce() {
        DomainEventMessage<?> scheduled = store.record("Meeting", MEETING, scheduled(), secretariat("2031-01-01"));
        DomainEventMessage<?> proposed = store.record("Meeting", MEETING,
                new AgendaProposed(MEETING, List.of(item("i1", "Organizational matters")), 1, "h1"),
                secretariat("2031-01-02"));
        for (DomainEventMessage<?> message : List.of(scheduled, proposed, scheduled, proposed)) {
            projection.on((MeetingEvent) message.getPayload(), message.getSequenceNumber(), ReplayStatus.REGULAR);
        }

        assertThat(projection.handle(FindAgenda.current(MEETING)).orElseThrow().items()).hasSize(1);
    }

    @Test
    void aFoldThatAnotherHandlerOvertookIsRefusedInsteadOfOverwritingIt() {
        handle(scheduled());
        handle(new AgendaProposed(MEETING, List.of(item("i1", "Organizational matters")), 1, "h1"));
        String before = jdbc.queryForObject("SELECT document FROM agenda_view WHERE meeting_id = ?", String.class,
                MEETING);

        // another delivery of the meeting's events stores its fold between this handler's read and its write
        jdbc.overtakeNextWrite();
        assertThatThrownBy(() -> handle(new AgendaItemAdded(MEETING, "i2", ItemKind.SUBSTANTIVE, "Joint "
                + "investigations", 1, 2, "h2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("moved past sequence 1 while event 2 was applied");

        assertThat(jdbc.queryForObject("SELECT last_sequence FROM agenda_view WHERE meeting_id = ?", Long.class,
                MEETING)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT document FROM agenda_view WHERE meeting_id = ?", String.class,
                MEETING)).as("the overtaking fold is kept, not overwritten").isEqualTo(before);
    }

    private void handle(MeetingEvent event) {
        DomainEventMessage<?> message = store.record("Meeting", MEETING, event, secretariat("2031-01-01"));
        projection.on(event, message.getSequenceNumber(), ReplayStatus.REGULAR);
    }

    private static MeetingScheduled scheduled() {
        return new MeetingScheduled(MEETING, "bureau", "Working Group on Trafficking in Persons", "eleventh meeting",
                "Vienna", LocalDate.parse("2031-09-10"), LocalDate.parse("2031-09-11"), "Europe/Vienna",
                List.of(new PlenarySlot("s1", LocalDate.parse("2031-09-10"), LocalTime.of(10, 0), LocalTime.of(13, 0)),
                        new PlenarySlot("s2", LocalDate.parse("2031-09-10"), LocalTime.of(15, 0), LocalTime.of(18, 0))),
                List.of("English"), "CTOC/COP/WG.4/2031/1", 1, "plan-hash");
    }

    private static AgendaItemContent item(String id, String title) {
        return new AgendaItemContent(id, ItemKind.ORGANIZATIONAL, title, List.of(), List.of(), List.of());
    }
}
