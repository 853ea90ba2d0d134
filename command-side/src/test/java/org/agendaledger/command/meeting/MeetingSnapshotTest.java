package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.ReportAdopted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * A meeting written as a snapshot and read back is the same meeting: every field of the aggregate and of its members
 * comes back, the agenda draft and its slot assignments still answer to the meeting they belong to, and the form is
 * the same whether the serializer records types (the application's general serializer, which Axon uses for
 * snapshots) or not.
 */
class MeetingSnapshotTest {

    static Stream<Arguments> histories() {
        List<Object> assigned = then(draftHistory(), new SlotAssigned(MEETING_ID, "slot-1", "item-1", null, 0),
                new SlotAssigned(MEETING_ID, "slot-2", "item-2", null, 0),
                new SlotAssigned(MEETING_ID, "slot-2", "item-3", null, 1));
        List<Object> underSilence = then(assigned, circulated(AGENDA_PROCEDURE, draftAgendaSubject()));
        List<Object> imported = List.of(meetingScheduled(), agendaImported(1));
        List<Arguments> all = new ArrayList<>();
        for (Serializer serializer : List.of(plain(), typed())) {
            String form = serializer == PLAIN ? "plain" : "typed";
            all.add(Arguments.of(Named.of("scheduled, " + form, scheduledHistory()), serializer));
            all.add(Arguments.of(Named.of("slots assigned, agenda under silence, " + form, underSilence),
                    serializer));
            all.add(Arguments.of(Named.of("imported with its parts, " + form, imported), serializer));
            all.add(Arguments.of(Named.of("issued, " + form, issuedHistory()), serializer));
            all.add(Arguments.of(Named.of("closed, " + form, closedHistory()), serializer));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void aMeetingReadBackFromItsSnapshotIsTheSameMeeting(List<Object> history, Serializer serializer) {
        Meeting meeting = sourcedFrom(history);

        SerializedObject<String> snapshot = serializer.serialize(meeting, String.class);
        Meeting restored = serializer.deserialize(snapshot);

        assertThat(serializer.serialize(restored, String.class).getData()).isEqualTo(snapshot.getData());
        assertThat(snapshot.getType().getRevision()).isEqualTo(Meeting.SNAPSHOT_REVISION);
        assertThat(snapshot.getData()).contains(MEETING_ID, BUREAU_ID, VENUE);
        assertThat(restored).usingRecursiveComparison()
                .ignoringFields("agenda.meeting", "agenda.assignments.meeting", "agenda.assignments.agenda")
                .isEqualTo(meeting);
        assertOwnedBy(restored);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void theSnapshotKeepsWhatTheRulesNeed(List<Object> history, Serializer serializer) {
        String snapshot = serializer.serialize(sourcedFrom(history), String.class).getData();

        if (history.stream().anyMatch(SlotAssigned.class::isInstance)) {
            assertThat(snapshot).contains("slot-1", "slot-2", "item-3", AGENDA_PROCEDURE);
        }
        if (history.stream().anyMatch(ReportAdopted.class::isInstance)) {
            assertThat(snapshot).contains(MeetingStage.CLOSED.name());
        }
    }

    /** The meeting as the repository rebuilds it from its events. */
    private static Meeting sourcedFrom(List<Object> history) {
        AggregateModel<Meeting> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Meeting.class);
        EventSourcedAggregate<Meeting> aggregate = EventSourcedAggregate.initialize(new Meeting(), model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            events.add(new GenericDomainEventMessage<>("Meeting", MEETING_ID, i, history.get(i)));
        }
        aggregate.initializeState(DomainEventStream.of(events));
        return aggregate.getAggregateRoot();
    }

    /** The members of the restored meeting answer to it, not to the meeting the snapshot was taken of. */
    private static void assertOwnedBy(Meeting restored) {
        Object draft = field(restored, "agenda");
        AgendaDraft.OwningMeeting owner = (AgendaDraft.OwningMeeting) field(draft, "meeting");
        assertThat(owner.meetingId()).isEqualTo(MEETING_ID);
        assertThat(field(owner, "this$0")).isSameAs(restored);
        Object assignments = field(draft, "assignments");
        assertThat(field(assignments, "meeting")).isSameAs(owner);
        assertThat(field(assignments, "agenda")).isNotNull();
    }

    private static Object field(Object target, String name) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static final Serializer PLAIN = Jackson3Serializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .converter(new ChainingConverter(MeetingSnapshotTest.class.getClassLoader()))
            .build();

    private static Serializer plain() {
        return PLAIN;
    }

    /** Built as the application builds its general serializer: with types, limited to known packages. */
    private static Serializer typed() {
        return Jackson3Serializer.builder()
                .revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter(MeetingSnapshotTest.class.getClassLoader()))
                .defaultTyping()
                .jsonMapperBuilderCustomizer(builder -> builder
                        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                                .allowIfSubType("org.axonframework.")
                                .allowIfSubType("org.agendaledger.")
                                .allowIfSubType("java.util.")
                                .allowIfSubType("java.time.")
                                .allowIfSubType("java.lang.")
                                .build()))
                .build();
    }
}
