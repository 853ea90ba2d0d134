package org.agendaledger.query.decision;

import static org.agendaledger.query.RecordedEvents.acting;
import static org.agendaledger.query.RecordedEvents.secretariat;
import static org.agendaledger.query.RecordedEvents.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.FurtherObjectionRecorded;
import org.agendaledger.events.silence.LateObjectionRecorded;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceCommentRecorded;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;
import org.agendaledger.query.RecordedEvents;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

/** Which events are decisions and what each one says, from the pure mapping alone. */
class DecisionMappingTest {

    private static final String MEETING = "wg4-2031";
    private static final SilenceSubject PLAN = new SilenceSubject(SubjectKind.MEETING_PLAN, 2, "sha256:plan-2");
    private static final SilenceSubject TOPICS = new SilenceSubject(SubjectKind.SUBSTANTIVE_TOPICS, 1, "sha256:t-1");

    private final RecordedEvents store = new RecordedEvents();

    @Test
    void aPlanConfirmedBySilenceNamesItsProcedureVersionHashAndTheProcessThatCarriedIt() {
        DomainEventMessage<?> event = meeting(new MeetingPlanConfirmed(MEETING, "sp-plan", 2, "sha256:plan-2",
                Instant.parse("2031-03-06T17:00:00Z")), system("2031-03-06T17:00:00Z"));

        Decision decision = alone(event);

        assertThat(decision.kind()).isEqualTo(DecisionKind.MEETING_PLAN_CONFIRMED);
        assertThat(decision.description()).isEqualTo("The Bureau confirmed version 2 of the meeting plan by "
                + "silence procedure sp-plan, unbroken at its deadline.");
        assertThat(decision.meetingId()).isEqualTo(MEETING);
        assertThat(decision.subject()).isEqualTo(SubjectKind.MEETING_PLAN);
        assertThat(decision.version()).isEqualTo(2);
        assertThat(decision.contentHash()).isEqualTo("sha256:plan-2");
        assertThat(decision.procedureId()).isEqualTo("sp-plan");
        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decision.actor()).isEqualTo("system");
        assertThat(decision.role()).isEqualTo("SYSTEM");
        assertThat(decision.memberId()).isNull();
        assertThat(decision.businessTime()).isEqualTo(Instant.parse("2031-03-06T17:00:00Z"));
        assertThat(decision.recordedAt()).isEqualTo(event.getTimestamp());
        assertThat(decision.correlationId()).isEqualTo("corr-system-2031-03-06T17:00:00Z");
        assertThat(decision.eventId()).isEqualTo(event.getIdentifier());
        assertThat(decision.amendments()).isEmpty();
    }

    @Test
    void approvedTopicsAndAgendaVersionsAreTheBureausDecisionsOnTheirExactVersion() {
        Decision topics = alone(meeting(new SubstantiveTopicsApproved(MEETING, "sp-topics", 3, "sha256:t-3",
                Instant.parse("2031-05-01T16:00:00Z")), system("2031-05-01T16:00:00Z")));
        Decision agenda = alone(meeting(new AgendaVersionApproved(MEETING, "sp-agenda", 7, "sha256:a-7",
                Instant.parse("2031-05-20T16:00:00Z")), system("2031-05-20T16:00:00Z")));

        assertThat(topics.kind()).isEqualTo(DecisionKind.TOPICS_APPROVED);
        assertThat(topics.description()).contains("approved version 3 of the substantive topics")
                .contains("sp-topics");
        assertThat(topics.subject()).isEqualTo(SubjectKind.SUBSTANTIVE_TOPICS);
        assertThat(agenda.kind()).isEqualTo(DecisionKind.AGENDA_VERSION_APPROVED);
        assertThat(agenda.description()).contains("approved version 7 of the draft agenda").contains("sp-agenda");
        assertThat(List.of(agenda.version(), agenda.contentHash(), agenda.procedureId(), agenda.outcome()))
                .containsExactly(7, "sha256:a-7", "sp-agenda", Outcome.APPROVED);
    }

    @Test
    void aMemberWhoBreaksSilenceIsNamedWithTheVersionTheProcedureCirculated() {
        List<Decision> trail = DecisionMapping.trail(List.of(
                started("sp-topics", TOPICS, "2031-04-24T08:00:00Z"),
                procedure("sp-topics", new SilenceBroken("sp-topics", "member-b", BreachKind.AMENDMENT,
                        "Add 'and their protection'.", Instant.parse("2031-04-27T09:30:00Z"), Channel.ONLINE, null),
                        acting("member-b", "BUREAU_MEMBER", "member-b", "2031-04-27T09:30:00Z"))));

        Decision broken = trail.get(0);
        assertThat(trail).hasSize(1);
        assertThat(broken.kind()).isEqualTo(DecisionKind.SILENCE_BROKEN);
        assertThat(broken.meetingId()).isEqualTo(MEETING);
        assertThat(broken.description()).isEqualTo("Member member-b broke silence on version 1 of the substantive "
                + "topics with a proposed amendment (silence procedure sp-topics): the proposal is not approved.");
        assertThat(List.of(broken.subject(), broken.version(), broken.contentHash(), broken.procedureId(),
                broken.outcome())).containsExactly(SubjectKind.SUBSTANTIVE_TOPICS, 1, "sha256:t-1", "sp-topics",
                        Outcome.SILENCE_BROKEN);
        assertThat(List.of(broken.actor(), broken.role(), broken.memberId()))
                .containsExactly("member-b", "BUREAU_MEMBER", "member-b");
    }

    @Test
    void anObjectionByLetterNamesTheMemberWhoObjectedAndTheSecretariatThatRecordedIt() {
        List<Decision> trail = DecisionMapping.trail(List.of(
                started("sp-topics", TOPICS, "2031-04-24T08:00:00Z"),
                procedure("sp-topics", new SilenceBroken("sp-topics", "vp-grulac", BreachKind.OBJECTION,
                        "GRULAC cannot agree.", Instant.parse("2031-04-28T10:00:00Z"), Channel.LETTER,
                        "letter of 28 April 2031"), secretariat("2031-04-28T10:00:00Z"))));

        Decision broken = trail.get(0);
        assertThat(broken.memberId()).isEqualTo("vp-grulac");
        assertThat(broken.actor()).isEqualTo("secretariat");
        assertThat(broken.role()).isEqualTo("SECRETARIAT");
        assertThat(broken.description()).startsWith("Member vp-grulac broke silence on version 1 of the "
                + "substantive topics with an objection received by letter (letter of 28 April 2031)");
    }

    @Test
    void aWithdrawnProcedureSaysWhoWithdrewItWhyAndOnWhichVersion() {
        List<Decision> trail = DecisionMapping.trail(List.of(
                started("sp-plan", PLAN, "2031-03-01T08:00:00Z"),
                procedure("sp-plan", new SilenceProcedureWithdrawn("sp-plan", "The venue changes",
                        Instant.parse("2031-03-02T08:00:00Z")), secretariat("2031-03-02T08:00:00Z"))));

        Decision withdrawn = trail.get(0);
        assertThat(withdrawn.kind()).isEqualTo(DecisionKind.PROCEDURE_WITHDRAWN);
        assertThat(withdrawn.description()).isEqualTo("Silence procedure sp-plan on version 2 of the meeting plan "
                + "was withdrawn before its deadline: The venue changes");
        assertThat(List.of(withdrawn.version(), withdrawn.contentHash(), withdrawn.outcome(), withdrawn.actor()))
                .containsExactly(2, "sha256:plan-2", Outcome.WITHDRAWN, "secretariat");
    }

    @Test
    void anOutcomeOfAProcedureWhoseStartIsUnknownIsRefusedRatherThanDropped() {
        DomainEventMessage<?> orphan = procedure("sp-unknown", new SilenceProcedureWithdrawn("sp-unknown",
                "reason", Instant.parse("2031-03-02T08:00:00Z")), secretariat("2031-03-02T08:00:00Z"));

        assertThatThrownBy(() -> DecisionMapping.trail(List.of(orphan)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sp-unknown");
    }

    @Test
    void theIssuedProvisionalAgendaNamesItsSymbolDateAndVersion() {
        Decision issued = alone(meeting(new ProvisionalAgendaIssued(MEETING, "CTOC/COP/WG.4/2031/1",
                LocalDate.of(2031, 6, 4), "General", "English", 9, "sha256:a-9"), secretariat("2031-06-04T10:00:00Z")));

        assertThat(issued.kind()).isEqualTo(DecisionKind.PROVISIONAL_AGENDA_ISSUED);
        assertThat(issued.description()).isEqualTo("The secretariat issued the annotated provisional agenda "
                + "CTOC/COP/WG.4/2031/1, dated 2031-06-04, on version 9 of the agenda.");
        assertThat(List.of(issued.document(), issued.version(), issued.contentHash(), issued.outcome()))
                .containsExactly("CTOC/COP/WG.4/2031/1", 9, "sha256:a-9", Outcome.ISSUED_BY_THE_SECRETARIAT);
        assertThat(issued.procedureId()).isNull();
    }

    @Test
    void theAgendaAdoptedAsIssuedOrAsOrallyAmendedSaysWhichWithTheAmendments() {
        Decision asIssued = alone(meeting(new AgendaAdopted(MEETING, 9, "sha256:a-9", true, List.of(),
                Instant.parse("2031-09-10T08:05:00Z")), secretariat("2031-09-10T08:05:00Z")));
        Decision amended = alone(meeting(new AgendaAdopted(MEETING, 9, "sha256:a-9", false, List.of(
                new OralAmendment("Item 3 before item 2"), new OralAmendment("Item 4 deleted")),
                Instant.parse("2031-09-10T08:05:00Z")), secretariat("2031-09-10T08:05:00Z")));

        assertThat(asIssued.kind()).isEqualTo(DecisionKind.AGENDA_ADOPTED);
        assertThat(asIssued.description()).isEqualTo("The meeting adopted its agenda (version 9) as issued.");
        assertThat(asIssued.outcome()).isEqualTo(Outcome.ADOPTED_BY_THE_MEETING);
        assertThat(asIssued.amendments()).isEmpty();
        assertThat(amended.description()).isEqualTo("The meeting adopted its agenda (version 9) as orally "
                + "amended: Item 3 before item 2; Item 4 deleted.");
        assertThat(amended.amendments()).containsExactly("Item 3 before item 2", "Item 4 deleted");
    }

    @Test
    void theReportSealsTheVersionOfTheAgendaTheMeetingAdopted() {
        List<Decision> trail = DecisionMapping.trail(List.of(
                meeting(new AgendaAdopted(MEETING, 9, "sha256:a-9", true, List.of(),
                        Instant.parse("2031-09-10T08:05:00Z")), secretariat("2031-09-10T08:05:00Z")),
                meeting(new ReportAdopted(MEETING, "CTOC/COP/WG.4/2031/4", Instant.parse("2031-09-11T15:30:00Z")),
                        secretariat("2031-09-11T15:30:00Z")),
                meeting(new MeetingClosed(MEETING, 9, "sha256:a-9", Instant.parse("2031-09-11T15:30:00Z")),
                        secretariat("2031-09-11T15:30:00Z"))));

        assertThat(trail).extracting(Decision::kind)
                .containsExactly(DecisionKind.AGENDA_ADOPTED, DecisionKind.REPORT_ADOPTED);
        Decision report = trail.get(1);
        assertThat(report.description()).isEqualTo("The meeting adopted its report CTOC/COP/WG.4/2031/4 and "
                + "closed, sealing version 9 of its agenda.");
        assertThat(List.of(report.version(), report.contentHash(), report.document(), report.outcome()))
                .containsExactly(9, "sha256:a-9", "CTOC/COP/WG.4/2031/4", Outcome.ADOPTED_BY_THE_MEETING);
    }

    @Test
    void eventsThatDecideNothingAreNotInTheTrail() {
        List<DomainEventMessage<?>> undecided = List.of(
                started("sp-topics", TOPICS, "2031-04-24T08:00:00Z"),
                procedure("sp-topics", new SilenceCommentRecorded("sp-topics", "member-a", "Editorial",
                        Instant.parse("2031-04-25T08:00:00Z"), Channel.ONLINE, null),
                        acting("member-a", "BUREAU_MEMBER", "member-a", "2031-04-25T08:00:00Z")),
                procedure("sp-topics", new FurtherObjectionRecorded("sp-topics", "member-a", BreachKind.OBJECTION,
                        "Me too", Instant.parse("2031-04-26T08:00:00Z"), Channel.ONLINE, null),
                        acting("member-a", "BUREAU_MEMBER", "member-a", "2031-04-26T08:00:00Z")),
                procedure("sp-topics", new LateObjectionRecorded("sp-topics", "member-a", BreachKind.OBJECTION,
                        "Late", Instant.parse("2031-05-02T08:00:00Z"), Channel.ONLINE, null,
                        Instant.parse("2031-05-01T16:00:00Z")),
                        acting("member-a", "BUREAU_MEMBER", "member-a", "2031-05-02T08:00:00Z")),
                procedure("sp-topics", new SilenceProcedureApproved("sp-topics", MEETING, TOPICS,
                        Instant.parse("2031-05-01T16:00:00Z"), Instant.parse("2031-05-01T16:00:00Z"), List.of(),
                        List.of()), system("2031-05-01T16:00:00Z")),
                meeting(new SubjectReleasedFromSilence(MEETING, "sp-topics", TOPICS, "SILENCE_BROKEN"),
                        system("2031-04-26T08:00:00Z")),
                meeting(new AgendaItemAdded(MEETING, "i4", ItemKind.OTHER_MATTERS, "Other matters", 3, 2,
                        "sha256:a-2"), secretariat("2031-05-18T08:00:00Z")),
                meeting(new MeetingOpened(MEETING, Instant.parse("2031-09-10T08:00:00Z")),
                        secretariat("2031-09-10T08:00:00Z")));

        assertThat(DecisionMapping.trail(undecided)).isEmpty();
    }

    @Test
    void theTrailIsInBusinessOrderEvenWhenAFactWasRecordedLate() {
        // the letter of 27 April is entered after the topics were approved by an earlier procedure
        List<Decision> trail = DecisionMapping.trail(List.of(
                started("sp-topics", TOPICS, "2031-04-24T08:00:00Z"),
                meeting(new MeetingPlanConfirmed(MEETING, "sp-plan", 2, "sha256:plan-2",
                        Instant.parse("2031-04-28T16:00:00Z")), system("2031-04-28T16:00:00Z")),
                procedure("sp-topics", new SilenceBroken("sp-topics", "vp-grulac", BreachKind.OBJECTION, "No",
                        Instant.parse("2031-04-27T10:00:00Z"), Channel.LETTER, null),
                        secretariat("2031-04-27T10:00:00Z")),
                meeting(new ProvisionalAgendaIssued(MEETING, "S/1", LocalDate.of(2031, 6, 4), "General", "English",
                        3, "sha256:a-3"), secretariat("2031-06-04T10:00:00Z"))));

        assertThat(trail).extracting(Decision::kind).containsExactly(DecisionKind.SILENCE_BROKEN,
                DecisionKind.MEETING_PLAN_CONFIRMED, DecisionKind.PROVISIONAL_AGENDA_ISSUED);
    }

    @Test
    void aDecisionRecordedWithoutBusinessTimeCountsFromItsRecordingTime() {
        Map<String, Object> noBusinessTime = new java.util.HashMap<>(secretariat("ignored"));
        noBusinessTime.remove("businessTime");
        DomainEventMessage<?> event = meeting(new MeetingOpened(MEETING, Instant.now()), noBusinessTime);
        DomainEventMessage<?> issued = meeting(new ProvisionalAgendaIssued(MEETING, "S/1", LocalDate.of(2031, 6, 4),
                "General", "English", 3, "sha256:a-3"), noBusinessTime);

        assertThat(DecisionMapping.decision(event, nothingBefore())).isEmpty();
        assertThat(alone(issued).businessTime()).isEqualTo(issued.getTimestamp());
    }

    private Decision alone(EventMessage<?> event) {
        Optional<Decision> decision = DecisionMapping.decision(event, nothingBefore());
        assertThat(decision).as("a decision in " + event.getPayload()).isPresent();
        return decision.get();
    }

    private static Precedents nothingBefore() {
        return new Precedents() {
            @Override
            public Optional<Circulation> circulation(String procedureId) {
                return Optional.empty();
            }

            @Override
            public Optional<Decision> latest(String meetingId, DecisionKind kind) {
                return Optional.empty();
            }
        };
    }

    private DomainEventMessage<?> meeting(Object payload, Map<String, ?> metaData) {
        return store.record("Meeting", MEETING, payload, metaData);
    }

    private DomainEventMessage<?> procedure(String procedureId, Object payload, Map<String, ?> metaData) {
        return store.record("SilenceProcedure", procedureId, payload, metaData);
    }

    private DomainEventMessage<?> started(String procedureId, SilenceSubject subject, String businessTime) {
        Instant at = Instant.parse(businessTime);
        return procedure(procedureId, new SilenceProcedureStarted(procedureId, MEETING, "bureau-1", subject,
                "Circulated", at, at.plusSeconds(7 * 24 * 3600), "Europe/Vienna",
                List.of(new Addressee("member-a", "A"), new Addressee("member-b", "B")), null),
                secretariat(businessTime));
    }
}
