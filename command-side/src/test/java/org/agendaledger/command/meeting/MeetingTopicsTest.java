package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveSubstantiveTopics;
import org.agendaledger.command.meeting.MeetingCommands.ProposeSubstantiveTopics;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.meeting.SubstantiveTopicsProposed;
import org.agendaledger.events.meeting.Topic;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ProposeSubstantiveTopics and ApproveSubstantiveTopics. */
class MeetingTopicsTest {

    private static final List<Topic> REVISED_TOPICS = List.of(
            new Topic("topic-1", "Mutual legal assistance in cases of cybercrime"),
            new Topic("topic-3", "Joint investigative teams"));

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static List<Object> topicsUnderSilence() {
        return then(scheduledHistory(), topicsProposed(), circulated(TOPICS_PROCEDURE, topicsSubject()));
    }

    // ---------------------------------------------------------------- ProposeSubstantiveTopics

    @Test
    void givenScheduledMeeting_whenProposingTopics_thenTheFirstTopicsVersionIsRecordedWithItsHash() {
        fixture.given(scheduledHistory())
                .when(new ProposeSubstantiveTopics(MEETING_ID, TOPICS))
                .expectEvents(new SubstantiveTopicsProposed(MEETING_ID, TOPICS, 1, topicsHash(TOPICS)));
    }

    @Test
    void givenProposedTopics_whenProposingNewTopics_thenTheyReplaceThemAsVersionTwo() {
        fixture.given(then(scheduledHistory(), topicsProposed()))
                .when(new ProposeSubstantiveTopics(MEETING_ID, REVISED_TOPICS))
                .expectEvents(new SubstantiveTopicsProposed(MEETING_ID, REVISED_TOPICS, 2,
                        topicsHash(REVISED_TOPICS)));
    }

    @Test
    void theTopicsHash_dependsOnTheTopicsAndTheirOrder() {
        assertThat(topicsHash(TOPICS)).matches("sha256:[0-9a-f]{64}")
                .isNotEqualTo(topicsHash(REVISED_TOPICS))
                .isNotEqualTo(topicsHash(List.of(TOPICS.get(1), TOPICS.get(0))));
    }

    @Test
    void givenScheduledMeeting_whenProposingNoTopics_thenItIsRefused() {
        fixture.given(scheduledHistory())
                .when(new ProposeSubstantiveTopics(MEETING_ID, List.of()))
                .expectException(violation("NO_TOPICS"))
                .expectNoEvents();
    }

    @Test
    void givenScheduledMeeting_whenProposingTwoTopicsWithTheSameId_thenItIsRefused() {
        List<Topic> duplicated = List.of(new Topic("topic-1", "Extradition"), new Topic("topic-1", "Transfer"));

        fixture.given(scheduledHistory())
                .when(new ProposeSubstantiveTopics(MEETING_ID, duplicated))
                .expectException(violation("DUPLICATE_ID"))
                .expectExceptionMessage(containsString("topic-1"))
                .expectNoEvents();
    }

    @Test
    void givenTopicsUnderSilence_whenProposingNewTopics_thenItIsRefused() {
        fixture.given(topicsUnderSilence())
                .when(new ProposeSubstantiveTopics(MEETING_ID, REVISED_TOPICS))
                .expectException(violation("TOPICS_UNDER_SILENCE"))
                .expectExceptionMessage(containsString(TOPICS_PROCEDURE))
                .expectNoEvents();
    }

    @Test
    void givenTopicsReleasedFromSilence_whenProposingNewTopics_thenTheyAreAccepted() {
        fixture.given(then(topicsUnderSilence(),
                new SubjectReleasedFromSilence(MEETING_ID, TOPICS_PROCEDURE, topicsSubject(),
                        "SILENCE_BROKEN")))
                .when(new ProposeSubstantiveTopics(MEETING_ID, REVISED_TOPICS))
                .expectEvents(new SubstantiveTopicsProposed(MEETING_ID, REVISED_TOPICS, 2,
                        topicsHash(REVISED_TOPICS)));
    }

    @Test
    void givenApprovedTopics_whenProposingNewTopics_thenItIsRefused() {
        fixture.given(then(topicsUnderSilence(), topicsApproved()))
                .when(new ProposeSubstantiveTopics(MEETING_ID, REVISED_TOPICS))
                .expectException(violation("TOPICS_ALREADY_APPROVED"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- ApproveSubstantiveTopics

    @Test
    void givenTopicsUnderSilence_whenItsProcedureApprovesThem_thenThePinnedVersionIsApproved() {
        fixture.given(topicsUnderSilence())
                .when(new ApproveSubstantiveTopics(MEETING_ID, TOPICS_PROCEDURE, topicsSubject(),
                        TOPICS_APPROVED_AT))
                .expectEvents(topicsApproved());
    }

    @Test
    void givenSecondTopicsVersionUnderSilence_whenApproved_thenTheApprovalCarriesVersionTwo() {
        SilenceSubject second = new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, 2, topicsHash(REVISED_TOPICS));

        fixture.given(then(scheduledHistory(), topicsProposed(),
                new SubstantiveTopicsProposed(MEETING_ID, REVISED_TOPICS, 2, topicsHash(REVISED_TOPICS)),
                circulated(TOPICS_PROCEDURE, second)))
                .when(new ApproveSubstantiveTopics(MEETING_ID, TOPICS_PROCEDURE, second, TOPICS_APPROVED_AT))
                .expectEvents(new SubstantiveTopicsApproved(MEETING_ID, TOPICS_PROCEDURE, 2,
                        topicsHash(REVISED_TOPICS), TOPICS_APPROVED_AT));
    }

    @Test
    void givenTopicsNotUnderSilence_whenApproving_thenItIsRefused() {
        fixture.given(then(scheduledHistory(), topicsProposed()))
                .when(new ApproveSubstantiveTopics(MEETING_ID, TOPICS_PROCEDURE, topicsSubject(),
                        TOPICS_APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenTopicsUnderAnotherProcedure_whenApproving_thenItIsRefused() {
        fixture.given(topicsUnderSilence())
                .when(new ApproveSubstantiveTopics(MEETING_ID, OTHER_PROCEDURE, topicsSubject(),
                        TOPICS_APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenOnlyTheAgendaUnderThatProcedure_whenApprovingTopics_thenItIsRefused() {
        // a procedure holds one kind of subject; it cannot approve another kind
        fixture.given(then(scheduledHistory(), topicsProposed(), agendaProposed(),
                circulated(AGENDA_PROCEDURE, draftAgendaSubject())))
                .when(new ApproveSubstantiveTopics(MEETING_ID, AGENDA_PROCEDURE, topicsSubject(),
                        TOPICS_APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }

    @Test
    void givenTopicsUnderSilence_whenTheApprovalPinsAnotherVersion_thenItIsRefused() {
        SilenceSubject stale = new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, 2, topicsHash(TOPICS));

        fixture.given(topicsUnderSilence())
                .when(new ApproveSubstantiveTopics(MEETING_ID, TOPICS_PROCEDURE, stale, TOPICS_APPROVED_AT))
                .expectException(violation("SUBJECT_CHANGED"))
                .expectNoEvents();
    }

    @Test
    void givenTopicsUnderSilence_whenTheApprovalPinsAnotherText_thenItIsRefused() {
        SilenceSubject otherText = new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, 1,
                topicsHash(REVISED_TOPICS));

        fixture.given(topicsUnderSilence())
                .when(new ApproveSubstantiveTopics(MEETING_ID, TOPICS_PROCEDURE, otherText, TOPICS_APPROVED_AT))
                .expectException(violation("SUBJECT_CHANGED"))
                .expectNoEvents();
    }

    @Test
    void givenTopicsApprovedByAProcedure_whenTheSameProcedureApprovesAgain_thenNothingHappens() {
        fixture.given(then(topicsUnderSilence(), topicsApproved()))
                .when(new ApproveSubstantiveTopics(MEETING_ID, TOPICS_PROCEDURE, topicsSubject(),
                        TOPICS_APPROVED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenTopicsApprovedByAProcedure_whenAnotherProcedureApproves_thenItIsRefused() {
        fixture.given(then(topicsUnderSilence(), topicsApproved()))
                .when(new ApproveSubstantiveTopics(MEETING_ID, OTHER_PROCEDURE, topicsSubject(),
                        TOPICS_APPROVED_AT))
                .expectException(violation("NOT_UNDER_THIS_PROCEDURE"))
                .expectNoEvents();
    }
}
