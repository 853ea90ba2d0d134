package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.meeting.MeetingCommands.AdoptAgenda;
import org.agendaledger.command.meeting.MeetingCommands.AdoptReport;
import org.agendaledger.command.meeting.MeetingCommands.IssueProvisionalAgenda;
import org.agendaledger.command.meeting.MeetingCommands.OpenMeeting;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IssueProvisionalAgenda, OpenMeeting, AdoptAgenda and AdoptReport: the meeting's way from its draft agenda to its
 * closure, with the business time of the facts taken from the command's metadata or, failing that, the clock.
 */
class MeetingLifecycleTest {

    private static final Instant BUSINESS_TIME = Instant.parse("2020-09-10T08:00:00Z");
    private static final Map<String, Object> AT_BUSINESS_TIME = Map.of("businessTime", "2020-09-10T08:00:00Z");
    private static final Instant CLOCK = Instant.parse("2031-01-02T03:04:05Z");

    private static final AgendaItemContent ITEM_5 = item("item-5", ItemKind.SUBSTANTIVE, "Technical assistance");
    private static final String HASH_V2 = hashOf(ITEM_1, ITEM_2, ITEM_3, ITEM_4, ITEM_5);
    private static final AgendaItemAdded ITEM_5_ADDED = new AgendaItemAdded(MEETING_ID, "item-5",
            ItemKind.SUBSTANTIVE, "Technical assistance", 4, 2, HASH_V2);

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static IssueProvisionalAgenda issue() {
        return new IssueProvisionalAgenda(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "General", "English");
    }

    // ---------------------------------------------------------------- IssueProvisionalAgenda

    @Test
    void givenApprovedTopicsAndDraftAgenda_whenIssuing_thenTheCurrentVersionIsIssuedWithItsHash() {
        fixture.given(readyToIssueHistory())
                .when(issue())
                .expectEvents(new ProvisionalAgendaIssued(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "General",
                        "English", 1, hashOf(DRAFT)));
    }

    @Test
    void givenADistributionAndLanguageTheCommandStates_whenIssuing_thenTheIssueCarriesThoseAndNothingAssumed() {
        fixture.given(readyToIssueHistory())
                .when(new IssueProvisionalAgenda(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "Limited", "French"))
                .expectEvents(new ProvisionalAgendaIssued(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "Limited",
                        "French", 1, hashOf(DRAFT)));
    }

    @Test
    void givenAnUnknownDistribution_whenIssuing_thenItIsRefused() {
        fixture.given(readyToIssueHistory())
                .when(new IssueProvisionalAgenda(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "Public", "English"))
                .expectException(violation("UNKNOWN_DISTRIBUTION"))
                .expectNoEvents();
    }

    @Test
    void givenOneOfTheMeetingsLanguagesOnly_whenIssuing_thenTheIssueSaysSo() {
        fixture.given(readyToIssueHistory())
                .when(new IssueProvisionalAgenda(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "General", "English only"))
                .expectEvents(new ProvisionalAgendaIssued(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "General",
                        "English only", 1, hashOf(DRAFT)));
    }

    @Test
    void givenALanguageTheMeetingDoesNotUseOnly_whenIssuing_thenItIsRefused() {
        fixture.given(readyToIssueHistory())
                .when(new IssueProvisionalAgenda(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "General", "Russian only"))
                .expectException(violation("NOT_A_LANGUAGE_OF_THE_MEETING"))
                .expectNoEvents();
    }

    @Test
    void givenALanguageTheMeetingDoesNotUse_whenIssuing_thenItIsRefused() {
        fixture.given(readyToIssueHistory())
                .when(new IssueProvisionalAgenda(MEETING_ID, ISSUED_SYMBOL, DATE_OF_ISSUE, "General", "Russian"))
                .expectException(violation("NOT_A_LANGUAGE_OF_THE_MEETING"))
                .expectNoEvents();
    }

    @Test
    void givenEditedDraftAgenda_whenIssuing_thenTheIssueCarriesTheEditedVersion() {
        fixture.given(then(readyToIssueHistory(), ITEM_5_ADDED))
                .when(issue())
                .expectEvents(provisionalAgendaIssued(2, HASH_V2));
    }

    @Test
    void givenAgendaVersionApprovedUnderSilence_whenIssuing_thenItIsIssued() {
        fixture.given(then(readyToIssueHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject()),
                new AgendaVersionApproved(MEETING_ID, AGENDA_PROCEDURE, 1, hashOf(DRAFT), APPROVED_AT)))
                .when(issue())
                .expectEvents(provisionalAgendaIssued(1, hashOf(DRAFT)));
    }

    @Test
    void givenApprovedTopicsButNoAgenda_whenIssuing_thenItIsRefused() {
        fixture.given(then(scheduledHistory(), topicsProposed(), circulated(TOPICS_PROCEDURE, topicsSubject()),
                topicsApproved()))
                .when(issue())
                .expectException(violation("NO_AGENDA"))
                .expectNoEvents();
    }

    @Test
    void givenIssuedAgenda_whenIssuingAgain_thenItIsRefused() {
        fixture.given(issuedHistory())
                .when(issue())
                .expectException(violation("AGENDA_ALREADY_ISSUED"))
                .expectNoEvents();
    }

    @Test
    void givenNoTopicsProposed_whenIssuing_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(issue())
                .expectException(violation("TOPICS_NOT_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void givenTopicsProposedButNotApproved_whenIssuing_thenItIsRefused() {
        fixture.given(then(draftHistory(), topicsProposed()))
                .when(issue())
                .expectException(violation("TOPICS_NOT_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void givenTopicsStillUnderSilence_whenIssuing_thenItIsRefused() {
        fixture.given(then(draftHistory(), topicsProposed(), circulated(TOPICS_PROCEDURE, topicsSubject())))
                .when(issue())
                .expectException(violation("TOPICS_NOT_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void givenTopicsReleasedWithoutApproval_whenIssuing_thenItIsRefused() {
        fixture.given(then(draftHistory(), topicsProposed(), circulated(TOPICS_PROCEDURE, topicsSubject()),
                new SubjectReleasedFromSilence(MEETING_ID, TOPICS_PROCEDURE, topicsSubject(),
                        "SILENCE_BROKEN")))
                .when(issue())
                .expectException(violation("TOPICS_NOT_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaUnderSilence_whenIssuing_thenItIsRefused() {
        fixture.given(then(readyToIssueHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject())))
                .when(issue())
                .expectException(violation("AGENDA_UNDER_SILENCE"))
                .expectNoEvents();
    }

    @Test
    void givenAgendaReleasedFromSilence_whenIssuing_thenItIsIssued() {
        fixture.given(then(readyToIssueHistory(), circulated(AGENDA_PROCEDURE, draftAgendaSubject()),
                new SubjectReleasedFromSilence(MEETING_ID, AGENDA_PROCEDURE, draftAgendaSubject(),
                        "WITHDRAWN")))
                .when(issue())
                .expectEvents(provisionalAgendaIssued(1, hashOf(DRAFT)));
    }

    // ---------------------------------------------------------------- OpenMeeting

    @Test
    void givenIssuedAgenda_whenOpeningWithABusinessTime_thenTheMeetingOpensAtThatTime() {
        fixture.given(issuedHistory())
                .when(new OpenMeeting(MEETING_ID), AT_BUSINESS_TIME)
                .expectEvents(new MeetingOpened(MEETING_ID, BUSINESS_TIME));
    }

    @Test
    void givenIssuedAgenda_whenOpeningWithoutABusinessTime_thenTheMeetingOpensAtTheFixtureClock() {
        fixture.given(issuedHistory());
        Instant now = fixture.currentTime();

        fixture.when(new OpenMeeting(MEETING_ID))
                .expectEvents(new MeetingOpened(MEETING_ID, now));
    }

    @Test
    void givenIssuedAgendaAndASetClock_whenOpeningWithoutABusinessTime_thenTheMeetingOpensAtThatClock() {
        fixture.givenCurrentTime(CLOCK)
                .andGiven(issuedHistory())
                .when(new OpenMeeting(MEETING_ID))
                .expectEvents(new MeetingOpened(MEETING_ID, CLOCK));
    }

    @Test
    void givenDraftAgendaNotIssued_whenOpening_thenItIsRefused() {
        fixture.given(readyToIssueHistory())
                .when(new OpenMeeting(MEETING_ID), AT_BUSINESS_TIME)
                .expectException(violation("AGENDA_NOT_ISSUED"))
                .expectNoEvents();
    }

    @Test
    void givenOpenMeeting_whenOpeningAgain_thenItIsRefused() {
        fixture.given(openedHistory())
                .when(new OpenMeeting(MEETING_ID), AT_BUSINESS_TIME)
                .expectException(violation("ALREADY_OPEN"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- AdoptAgenda

    @Test
    void givenOpenMeeting_whenAdoptingTheAgendaWithoutAmendments_thenItIsAdoptedAsIssued() {
        fixture.given(openedHistory())
                .when(new AdoptAgenda(MEETING_ID, List.of()), AT_BUSINESS_TIME)
                .expectEvents(new AgendaAdopted(MEETING_ID, 1, hashOf(DRAFT), true, List.of(), BUSINESS_TIME));
    }

    @Test
    void givenOpenMeeting_whenAdoptingTheAgendaWithNoAmendmentList_thenItIsAdoptedAsIssued() {
        fixture.given(openedHistory())
                .when(new AdoptAgenda(MEETING_ID, null), AT_BUSINESS_TIME)
                .expectEvents(new AgendaAdopted(MEETING_ID, 1, hashOf(DRAFT), true, List.of(), BUSINESS_TIME));
    }

    @Test
    void givenOpenMeeting_whenAdoptingTheAgendaAsOrallyAmended_thenTheAmendmentsAreRecorded() {
        List<OralAmendment> amendments = List.of(
                new OralAmendment("Item 3 will be taken up before item 2."),
                new OralAmendment("Sub-item 1 (b) will include the election of the Rapporteur."));

        fixture.given(openedHistory())
                .when(new AdoptAgenda(MEETING_ID, amendments), AT_BUSINESS_TIME)
                .expectEvents(new AgendaAdopted(MEETING_ID, 1, hashOf(DRAFT), false, amendments, BUSINESS_TIME));
    }

    @Test
    void givenAgendaIssuedAtVersionTwo_whenAdopting_thenTheAdoptionCarriesVersionTwo() {
        List<Object> history = then(readyToIssueHistory(), ITEM_5_ADDED, provisionalAgendaIssued(2, HASH_V2),
                new MeetingOpened(MEETING_ID, OPENED_AT));

        fixture.given(history)
                .when(new AdoptAgenda(MEETING_ID, List.of()), AT_BUSINESS_TIME)
                .expectEvents(new AgendaAdopted(MEETING_ID, 2, HASH_V2, true, List.of(), BUSINESS_TIME));
    }

    @Test
    void givenOpenMeeting_whenAdoptingTheAgendaWithoutABusinessTime_thenItIsAdoptedAtTheFixtureClock() {
        fixture.givenCurrentTime(CLOCK)
                .andGiven(openedHistory())
                .when(new AdoptAgenda(MEETING_ID, List.of()))
                .expectEvents(new AgendaAdopted(MEETING_ID, 1, hashOf(DRAFT), true, List.of(), CLOCK));
    }

    @Test
    void givenIssuedAgendaButMeetingNotOpen_whenAdoptingTheAgenda_thenItIsRefused() {
        fixture.given(issuedHistory())
                .when(new AdoptAgenda(MEETING_ID, List.of()), AT_BUSINESS_TIME)
                .expectException(violation("MEETING_NOT_OPEN"))
                .expectNoEvents();
    }

    @Test
    void givenDraftAgenda_whenAdoptingTheAgenda_thenItIsRefused() {
        fixture.given(draftHistory())
                .when(new AdoptAgenda(MEETING_ID, List.of()), AT_BUSINESS_TIME)
                .expectException(violation("MEETING_NOT_OPEN"))
                .expectNoEvents();
    }

    @Test
    void givenAdoptedAgenda_whenAdoptingItAgain_thenItIsRefused() {
        fixture.given(agendaAdoptedHistory())
                .when(new AdoptAgenda(MEETING_ID, List.of()), AT_BUSINESS_TIME)
                .expectException(violation("AGENDA_ALREADY_ADOPTED"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- AdoptReport

    @Test
    void givenAdoptedAgenda_whenAdoptingTheReport_thenTheReportIsAdoptedAndTheMeetingClosesAtTheSameTime() {
        fixture.given(agendaAdoptedHistory())
                .when(new AdoptReport(MEETING_ID, REPORT_SYMBOL), AT_BUSINESS_TIME)
                .expectEvents(new ReportAdopted(MEETING_ID, REPORT_SYMBOL, BUSINESS_TIME),
                        new MeetingClosed(MEETING_ID, 1, hashOf(DRAFT), BUSINESS_TIME));
    }

    @Test
    void givenAgendaIssuedAtVersionTwo_whenAdoptingTheReport_thenTheAgendaIsSealedAtVersionTwo() {
        List<Object> history = then(readyToIssueHistory(), ITEM_5_ADDED, provisionalAgendaIssued(2, HASH_V2),
                new MeetingOpened(MEETING_ID, OPENED_AT),
                new AgendaAdopted(MEETING_ID, 2, HASH_V2, true, List.of(), AGENDA_ADOPTED_AT));

        fixture.given(history)
                .when(new AdoptReport(MEETING_ID, REPORT_SYMBOL), AT_BUSINESS_TIME)
                .expectEvents(new ReportAdopted(MEETING_ID, REPORT_SYMBOL, BUSINESS_TIME),
                        new MeetingClosed(MEETING_ID, 2, HASH_V2, BUSINESS_TIME));
    }

    @Test
    void givenAdoptedAgenda_whenAdoptingTheReportWithoutABusinessTime_thenTheFixtureClockIsUsed() {
        fixture.given(agendaAdoptedHistory());
        Instant now = fixture.currentTime();

        fixture.when(new AdoptReport(MEETING_ID, REPORT_SYMBOL))
                .expectEvents(new ReportAdopted(MEETING_ID, REPORT_SYMBOL, now),
                        new MeetingClosed(MEETING_ID, 1, hashOf(DRAFT), now));
    }

    @Test
    void givenOpenMeetingWithoutAdoptedAgenda_whenAdoptingTheReport_thenItIsRefused() {
        fixture.given(openedHistory())
                .when(new AdoptReport(MEETING_ID, REPORT_SYMBOL), AT_BUSINESS_TIME)
                .expectException(violation("AGENDA_NOT_ADOPTED"))
                .expectNoEvents();
    }

    @Test
    void givenIssuedAgenda_whenAdoptingTheReport_thenItIsRefused() {
        fixture.given(issuedHistory())
                .when(new AdoptReport(MEETING_ID, REPORT_SYMBOL), AT_BUSINESS_TIME)
                .expectException(violation("AGENDA_NOT_ADOPTED"))
                .expectNoEvents();
    }
}
