package org.agendaledger.command.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.bureau.Bureau;
import org.agendaledger.command.bureau.BureauRoster;
import org.agendaledger.command.meeting.Meeting;
import org.agendaledger.command.meeting.MeetingPins;
import org.agendaledger.events.meeting.SubjectKind;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * A small, real Axon set-up in memory: one event store holding the streams of meetings, Bureaus and silence
 * procedures, event-sourcing repositories over it, and a command bus on which the aggregates (and, on request,
 * the circulation) handle commands. Used to seed the other aggregates' streams with events produced by their own
 * command handlers (so versions and content hashes are the real ones), and to read streams back.
 */
final class InMemoryLedger {

    final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
    final Repository<Meeting> meetings = EventSourcingRepository.builder(Meeting.class).eventStore(eventStore).build();
    final Repository<Bureau> bureaus = EventSourcingRepository.builder(Bureau.class).eventStore(eventStore).build();
    final Repository<SilenceProcedure> procedures = EventSourcingRepository.builder(SilenceProcedure.class)
            .eventStore(eventStore).build();

    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
    private final CommandGateway commands = DefaultCommandGateway.builder().commandBus(commandBus).build();

    InMemoryLedger() {
        AggregateAnnotationCommandHandler.<Meeting>builder().aggregateType(Meeting.class).repository(meetings)
                .build().subscribe(commandBus);
        AggregateAnnotationCommandHandler.<Bureau>builder().aggregateType(Bureau.class).repository(bureaus)
                .build().subscribe(commandBus);
        AggregateAnnotationCommandHandler.<SilenceProcedure>builder().aggregateType(SilenceProcedure.class)
                .repository(procedures).build().subscribe(commandBus);
    }

    /** Also handle StartSilenceProcedure and RecirculateRevisedText, with all three repositories of this ledger. */
    InMemoryLedger withCirculation(Duration minimumPeriod) {
        new AnnotationCommandHandlerAdapter<>(
                new SilenceProcedureCirculation(new MeetingPins(meetings), new BureauRoster(bureaus), procedures,
                        minimumPeriod))
                .subscribe(commandBus);
        return this;
    }

    /** Handles the commands one after the other; each must succeed. */
    void given(Object... commands) {
        for (Object command : commands) {
            send(command);
        }
    }

    <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    /** Sends a command received at the given business time (its "businessTime" metadata). */
    <R> R send(Object command, Instant businessTime) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of("businessTime", businessTime.toString())));
    }

    /** Pins a subject of a meeting for a procedure, as a circulation does, in a unit of work of its own. */
    void pin(String meetingId, String procedureId, SubjectKind kind) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> new MeetingPins(meetings).pin(meetingId, procedureId, kind));
    }

    /** The payloads stored in one aggregate's stream, in order. */
    List<Object> stream(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    /** The last payload of the given type in one aggregate's stream. */
    <E> E last(String aggregateId, Class<E> type) {
        return stream(aggregateId).stream().filter(type::isInstance).map(type::cast)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + aggregateId));
    }

    void shutDown() {
        eventStore.shutDown();
    }
}
