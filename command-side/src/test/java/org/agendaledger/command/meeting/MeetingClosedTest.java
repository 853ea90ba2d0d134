package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agendaledger.command.shared.SilenceOutcomes;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.AddDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.AddSubItem;
import org.agendaledger.command.meeting.MeetingCommands.AdoptAgenda;
import org.agendaledger.command.meeting.MeetingCommands.AdoptReport;
import org.agendaledger.command.meeting.MeetingCommands.AnnotateAgendaItem;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveAgendaVersion;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveSubstantiveTopics;
import org.agendaledger.command.meeting.MeetingCommands.AssignSlot;
import org.agendaledger.command.shared.SilenceOutcomes.ConfirmMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ImportAgenda;
import org.agendaledger.command.meeting.MeetingCommands.IssueProvisionalAgenda;
import org.agendaledger.command.meeting.MeetingCommands.OpenMeeting;
import org.agendaledger.command.meeting.MeetingCommands.ProposeAgenda;
import org.agendaledger.command.meeting.MeetingCommands.ProposeSubstantiveTopics;
import org.agendaledger.command.shared.SilenceOutcomes.ReleaseFromSilence;
import org.agendaledger.command.meeting.MeetingCommands.RemoveAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.RemoveDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.RemoveSubItem;
import org.agendaledger.command.meeting.MeetingCommands.ReorderAgendaItems;
import org.agendaledger.command.meeting.MeetingCommands.ReorderSubItems;
import org.agendaledger.command.meeting.MeetingCommands.ReviseAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ReviseMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ReviseSubItem;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.meeting.MeetingCommands.SetDocumentParts;
import org.agendaledger.command.meeting.MeetingCommands.UnassignSlot;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.Topic;
import org.agendaledger.events.style.HouseStyles;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After AdoptReport the meeting is closed: every command is refused with MEETING_CLOSED, including the outcomes
 * of silence procedures that were still running when it closed.
 */
class MeetingClosedTest {

    private static final Map<String, Object> AT_BUSINESS_TIME = Map.of("businessTime", "2020-09-11T12:00:00Z");

    /**
     * A closed meeting in which every command below would otherwise do something: the agenda was approved by
     * silence procedure before issue, item 3 sits in slot 1, and a revision of the plan was still under silence
     * procedure when the report was adopted.
     */
    private static List<Object> closedWithPendingPlanProcedure() {
        return List.of(meetingScheduled(), topicsProposed(), circulated(TOPICS_PROCEDURE, topicsSubject()),
                topicsApproved(), agendaProposed(), circulated(AGENDA_PROCEDURE, draftAgendaSubject()),
                new AgendaVersionApproved(MEETING_ID, AGENDA_PROCEDURE, 1, hashOf(DRAFT), APPROVED_AT),
                new SlotAssigned(MEETING_ID, "slot-1", "item-3", null, 0),
                provisionalAgendaIssued(1, hashOf(DRAFT)),
                circulated(PLAN_PROCEDURE, planSubject()),
                new MeetingOpened(MEETING_ID, OPENED_AT),
                new AgendaAdopted(MEETING_ID, 1, hashOf(DRAFT), true, List.of(), AGENDA_ADOPTED_AT),
                new ReportAdopted(MEETING_ID, REPORT_SYMBOL, REPORT_ADOPTED_AT),
                new MeetingClosed(MEETING_ID, 1, hashOf(DRAFT), REPORT_ADOPTED_AT));
    }

    static Stream<Named<Object>> everyCommandButScheduling() {
        return Stream.of(
                new ReviseMeetingPlan(MEETING_ID, "Geneva", START, END, TIME_ZONE, SLOTS, LANGUAGES, AGENDA_SYMBOL),
                new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, planSubject(), APPROVED_AT),
                new ProposeSubstantiveTopics(MEETING_ID, List.of(new Topic("topic-9", "Extradition"))),
                new ApproveSubstantiveTopics(MEETING_ID, TOPICS_PROCEDURE, topicsSubject(), TOPICS_APPROVED_AT),
                new ProposeAgenda(MEETING_ID, DRAFT),
                new ImportAgenda(MEETING_ID, DOCUMENT),
                new SetDocumentParts(MEETING_ID, SIMPLE_PARTS),
                new AddAgendaItem(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance", null),
                new ReviseAgendaItem(MEETING_ID, "item-3", ItemKind.OTHER_MATTERS, "Any other business"),
                new RemoveAgendaItem(MEETING_ID, "item-4"),
                new ReorderAgendaItems(MEETING_ID, List.of("item-2", "item-1", "item-3", "item-4")),
                new AddSubItem(MEETING_ID, "item-1", "item-1-c", "Election of officers", null),
                new ReviseSubItem(MEETING_ID, "item-1", "item-1-a", "Opening of the session"),
                new RemoveSubItem(MEETING_ID, "item-1", "item-1-a"),
                new ReorderSubItems(MEETING_ID, "item-1", List.of("item-1-b", "item-1-a")),
                new AnnotateAgendaItem(MEETING_ID, "item-3", null, List.of("Any other matters.")),
                new AddDocumentationEntry(MEETING_ID, "item-3", NOTE_BY_SECRETARIAT),
                new RemoveDocumentationEntry(MEETING_ID, "item-2", BACKGROUND_PAPER.symbol()),
                new ApproveAgendaVersion(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(), APPROVED_AT),
                new ReleaseFromSilence(MEETING_ID, PLAN_PROCEDURE, "WITHDRAWN"),
                new IssueProvisionalAgenda(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "General", "English"),
                new AssignSlot(MEETING_ID, "slot-2", "item-2", null, null),
                new UnassignSlot(MEETING_ID, "slot-1", "item-3", null),
                new OpenMeeting(MEETING_ID),
                new AdoptAgenda(MEETING_ID, List.of()),
                new AdoptReport(MEETING_ID, "CTOC/COP/WG.3/2020/4/Add.1"))
                .map(command -> Named.of(command.getClass().getSimpleName(), command));
    }

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(HouseStyles.builtIn());
    }

    @Test
    void everyCommandOfTheMeetingButItsCreation_isCoveredHere() {
        Set<String> covered = everyCommandButScheduling().map(Named::getName).collect(Collectors.toSet());
        Set<String> all = Stream.of(MeetingCommands.class, SilenceOutcomes.class)
                .flatMap(commands -> Arrays.stream(commands.getDeclaredClasses()))
                .filter(Class::isRecord)
                .filter(type -> type != ScheduleMeeting.class)
                .map(Class::getSimpleName)
                .collect(Collectors.toSet());

        assertThat(covered).isEqualTo(all);
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("everyCommandButScheduling")
    void givenClosedMeeting_whenSendingAnyCommand_thenItIsRefused(Object command) {
        fixture.given(closedWithPendingPlanProcedure())
                .when(command, AT_BUSINESS_TIME)
                .expectException(violation("MEETING_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void givenPlanStillUnderSilenceWhenTheMeetingClosed_whenTheProcedureConfirmsThePlan_thenItIsRefused() {
        // the plan's silence procedure ends after the report was adopted: the sealed meeting must not change
        fixture.given(closedWithPendingPlanProcedure())
                .when(new ConfirmMeetingPlan(MEETING_ID, PLAN_PROCEDURE, planSubject(), APPROVED_AT))
                .expectException(violation("MEETING_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void givenPlanStillUnderSilenceWhenTheMeetingClosed_whenTheProcedureIsWithdrawn_thenItIsRefused() {
        fixture.given(closedWithPendingPlanProcedure())
                .when(new ReleaseFromSilence(MEETING_ID, PLAN_PROCEDURE, "WITHDRAWN"))
                .expectException(violation("MEETING_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void givenTheShortClosedHistory_whenRevisingTheAgenda_thenItIsRefusedAsClosedRatherThanIssued() {
        // MEETING_CLOSED takes precedence over the other rules that would also refuse the command
        fixture.given(closedHistory())
                .when(new AddAgendaItem(MEETING_ID, "item-5", ItemKind.SUBSTANTIVE, "Technical assistance", null))
                .expectException(violation("MEETING_CLOSED"))
                .expectNoEvents();
    }
}
