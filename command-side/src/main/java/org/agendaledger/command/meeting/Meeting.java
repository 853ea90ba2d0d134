package org.agendaledger.command.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.agendaledger.command.meeting.MeetingCommands.AdoptAgenda;
import org.agendaledger.command.meeting.MeetingCommands.AdoptReport;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveAgendaVersion;
import org.agendaledger.command.shared.SilenceOutcomes.ApproveSubstantiveTopics;
import org.agendaledger.command.shared.SilenceOutcomes.ConfirmMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.IssueProvisionalAgenda;
import org.agendaledger.command.meeting.MeetingCommands.OpenMeeting;
import org.agendaledger.command.meeting.MeetingCommands.ProposeSubstantiveTopics;
import org.agendaledger.command.shared.SilenceOutcomes.ReleaseFromSilence;
import org.agendaledger.command.meeting.MeetingCommands.ReviseMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.shared.BusinessTime;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.meeting.SubstantiveTopicsProposed;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonMerge;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One meeting of an intergovernmental body, from planning to the adoption of its report: its plan, substantive
 * topics, the silence procedures running on them and its stage. The agenda and its organization of work are drafted
 * in the {@link AgendaDraft}, a member of this aggregate on the same event stream.
 *
 * <p>A meeting's stream grows with every edit of its agenda, so it is loaded from a snapshot of its state every
 * {@code agenda-ledger.snapshots.meeting-every} events: its fields as JSON, at the {@link Revision} below. A change of
 * the fields raises the revision, and a snapshot of another revision is passed over (the stream is replayed whole).
 */
@Aggregate(filterEventsByType = true, snapshotTriggerDefinition = Meeting.SNAPSHOT_TRIGGER,
        snapshotFilter = Meeting.SNAPSHOT_FILTER)
@Revision(Meeting.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Meeting {

    /** The name of the bean that decides when a meeting is snapshotted. */
    public static final String SNAPSHOT_TRIGGER = "meetingSnapshotTrigger";
    /** The name of the bean that passes over a snapshot of another revision. */
    public static final String SNAPSHOT_FILTER = "meetingSnapshotFilter";
    /** The shape of a meeting's snapshot: raised with every change of the fields of the aggregate and its members. */
    public static final String SNAPSHOT_REVISION = "1";

    @AggregateIdentifier
    private String meetingId;
    private String bureauId;
    private PlanVersion plan;
    private SubstantiveTopics topics = SubstantiveTopics.NONE;
    @JsonMerge
    private final SilencePins underSilence = new SilencePins();
    private String agendaApprovedBy;
    private MeetingStage stage = MeetingStage.PREPARATION;

    @AggregateMember
    @JsonMerge
    private final AgendaDraft agenda = new AgendaDraft(new DraftsOwner());

    protected Meeting() {
        // required by Axon to rebuild the aggregate from its events
    }

    // ---------------------------------------------------------------- plan

    @CommandHandler
    public Meeting(ScheduleMeeting command) {
        MeetingPlan newPlan = PlanVersion.proposedBy(command);
        apply(new MeetingScheduled(command.meetingId(), command.bureauId(), newPlan.body(), newPlan.ordinal(),
                newPlan.venue(), newPlan.startDate(), newPlan.endDate(), newPlan.timeZone(), newPlan.slots(),
                newPlan.languages(), newPlan.agendaSymbol(), 1, newPlan.contentHash()));
    }

    @CommandHandler
    void handle(ReviseMeetingPlan command) {
        stage.requireOpenForChange();
        underSilence.requireFree(SubjectKind.MEETING_PLAN, "PLAN_UNDER_SILENCE",
                "The meeting plan is under silence procedure %s; withdraw it before revising the plan.");
        stage.requireNotIssued("The provisional agenda has been issued; the meeting plan can no longer be revised.");
        MeetingPlan revised = plan.proposedRevision(command);
        agenda.requireAssignmentsOnlyIn(revised.slotIds());
        apply(new MeetingPlanRevised(meetingId, revised.venue(), revised.startDate(), revised.endDate(),
                revised.timeZone(), revised.slots(), revised.languages(), revised.agendaSymbol(), plan.version() + 1,
                revised.contentHash()));
    }

    @CommandHandler
    void handle(ConfirmMeetingPlan command) {
        stage.requireOpenForChange();
        if (command.procedureId().equals(plan.confirmedBy())) {
            return; // the outcome was already recorded
        }
        SilenceSubject current = plan.subject();
        underSilence.requireCirculatedBy(command.procedureId(), command.subject(), current);
        apply(new MeetingPlanConfirmed(meetingId, command.procedureId(), current.version(), current.contentHash(),
                command.confirmedAt()));
    }

    // ---------------------------------------------------------------- topics

    @CommandHandler
    void handle(ProposeSubstantiveTopics command) {
        stage.requireOpenForChange();
        underSilence.requireFree(SubjectKind.SUBSTANTIVE_TOPICS, "TOPICS_UNDER_SILENCE",
                "The substantive topics are under silence procedure %s; withdraw it before proposing new topics.");
        topics.requireOpenToProposals();
        apply(new SubstantiveTopicsProposed(meetingId, SubstantiveTopics.checkedProposal(command.topics()),
                topics.version() + 1, SubstantiveTopics.hash(command.topics())));
    }

    @CommandHandler
    void handle(ApproveSubstantiveTopics command) {
        stage.requireOpenForChange();
        if (command.procedureId().equals(topics.approvedBy())) {
            return;
        }
        SilenceSubject current = topics.subject();
        underSilence.requireCirculatedBy(command.procedureId(), command.subject(), current);
        apply(new SubstantiveTopicsApproved(meetingId, command.procedureId(), current.version(),
                current.contentHash(), command.approvedAt()));
    }

    // ---------------------------------------------------------------- silence procedures

    /**
     * Pins the current version of a subject for a new silence procedure and freezes it until the procedure
     * ends. Called by the circulation of a procedure, in the same unit of work that starts it.
     */
    SilenceSubject circulateUnderSilence(String procedureId, SubjectKind kind) {
        stage.requireOpenForChange();
        underSilence.requireFree(kind, "ALREADY_UNDER_SILENCE",
                "This subject is already under silence procedure %s; withdraw it or wait for its outcome.");
        SilenceSubject subject = circulable(kind);
        apply(new SubjectCirculatedUnderSilence(meetingId, procedureId, subject));
        return subject;
    }

    private SilenceSubject circulable(SubjectKind kind) {
        switch (kind) {
            case MEETING_PLAN -> plan.requireUnconfirmed();
            case SUBSTANTIVE_TOPICS -> topics.requireCirculable();
            case AGENDA -> {
                if (!agenda.proposed()) {
                    throw new UnknownReference("NO_AGENDA", "No agenda has been proposed for this meeting yet.");
                }
                stage.requireNotIssued("The provisional agenda has already been issued.");
            }
        }
        return currentSubject(kind);
    }

    @CommandHandler
    void handle(ApproveAgendaVersion command) {
        stage.requireOpenForChange();
        if (command.procedureId().equals(agendaApprovedBy)) {
            return;
        }
        SilenceSubject current = agenda.subject();
        underSilence.requireCirculatedBy(command.procedureId(), command.subject(), current);
        apply(new AgendaVersionApproved(meetingId, command.procedureId(), current.version(), current.contentHash(),
                command.approvedAt()));
    }

    @CommandHandler
    void handle(ReleaseFromSilence command) {
        stage.requireOpenForChange();
        underSilence.pinnedBy(command.procedureId()).ifPresent(kind -> apply(new SubjectReleasedFromSilence(
                meetingId, command.procedureId(), currentSubject(kind), command.outcome())));
    }

    String bureauId() {
        return bureauId;
    }

    String timeZone() {
        return plan.plan().timeZone();
    }

    // ---------------------------------------------------------------- issue and lifecycle

    @CommandHandler
    void handle(IssueProvisionalAgenda command) {
        stage.requireOpenForChange();
        if (!agenda.proposed()) {
            throw new RuleViolation("NO_AGENDA", "No agenda has been proposed for this meeting yet.");
        }
        stage.requireIssuable();
        if (!topics.approved()) {
            throw new RuleViolation("TOPICS_NOT_APPROVED",
                    "The provisional agenda cannot be issued before the Bureau has approved the substantive topics.");
        }
        underSilence.requireFree(SubjectKind.AGENDA, "AGENDA_UNDER_SILENCE",
                "The agenda is under silence procedure %s; wait for its outcome or withdraw it before issuing.");
        AgendaIssue.check(command.distribution(), command.originalLanguage(), plan.plan().languages());
        SilenceSubject issued = agenda.subject();
        apply(new ProvisionalAgendaIssued(meetingId, command.symbol(), command.dateOfIssue(), command.distribution(),
                command.originalLanguage(), issued.version(), issued.contentHash()));
    }

    @CommandHandler
    void handle(OpenMeeting command) {
        stage.requireOpenForChange();
        stage.requireOpenable();
        apply(new MeetingOpened(meetingId, BusinessTime.now()));
    }

    @CommandHandler
    void handle(AdoptAgenda command) {
        stage.requireOpenForChange();
        stage.requireAgendaAdoptable();
        List<OralAmendment> amendments = command.amendments() == null ? List.of() : command.amendments();
        SilenceSubject adopted = agenda.subject();
        apply(new AgendaAdopted(meetingId, adopted.version(), adopted.contentHash(), amendments.isEmpty(), amendments,
                BusinessTime.now()));
    }

    @CommandHandler
    void handle(AdoptReport command) {
        stage.requireOpenForChange();
        stage.requireReportAdoptable();
        var now = BusinessTime.now();
        SilenceSubject closing = agenda.subject();
        apply(new ReportAdopted(meetingId, command.reportSymbol(), now));
        apply(new MeetingClosed(meetingId, closing.version(), closing.contentHash(), now));
    }

    // ---------------------------------------------------------------- rules shared by several commands

    private SilenceSubject currentSubject(SubjectKind kind) {
        return switch (kind) {
            case MEETING_PLAN -> plan.subject();
            case SUBSTANTIVE_TOPICS -> topics.subject();
            case AGENDA -> agenda.subject();
        };
    }

    /** The meeting as its agenda draft sees it. */
    private final class DraftsOwner implements AgendaDraft.OwningMeeting {

        @Override
        public String meetingId() {
            return meetingId;
        }

        @Override
        public void requireOpenForChange() {
            stage.requireOpenForChange();
        }

        @Override
        public void requireTextUnfrozen() {
            stage.requireNotIssued(
                    "The provisional agenda has been issued; only the meeting can amend it, when it adopts its agenda.");
            underSilence.requireFree(SubjectKind.AGENDA, "AGENDA_UNDER_SILENCE",
                    "This agenda version is under silence procedure %s and is frozen; withdraw the procedure first.");
        }

        @Override
        public void requireSlot(String slotId) {
            plan.plan().requireSlot(slotId);
        }
    }

    // ---------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId();
        bureauId = event.bureauId();
        plan = PlanVersion.scheduled(event);
    }

    @EventSourcingHandler
    void on(MeetingPlanRevised event) {
        plan = plan.revised(event);
    }

    @EventSourcingHandler
    void on(MeetingPlanConfirmed event) {
        plan = plan.confirmedBy(event.procedureId());
        underSilence.release(SubjectKind.MEETING_PLAN);
    }

    @EventSourcingHandler
    void on(SubstantiveTopicsProposed event) {
        topics = topics.next(event.topics(), event.topicsVersion());
    }

    @EventSourcingHandler
    void on(SubstantiveTopicsApproved event) {
        topics = topics.approvedBy(event.procedureId());
        underSilence.release(SubjectKind.SUBSTANTIVE_TOPICS);
    }

    @EventSourcingHandler
    void on(AgendaVersionApproved event) {
        agendaApprovedBy = event.procedureId();
        underSilence.release(SubjectKind.AGENDA);
    }

    @EventSourcingHandler
    void on(SubjectCirculatedUnderSilence event) {
        underSilence.pin(event.subject().kind(), event.procedureId());
    }

    @EventSourcingHandler
    void on(SubjectReleasedFromSilence event) {
        underSilence.release(event.subject().kind());
    }

    @EventSourcingHandler
    void on(ProvisionalAgendaIssued event) {
        stage = MeetingStage.AGENDA_ISSUED;
    }

    @EventSourcingHandler
    void on(MeetingOpened event) {
        stage = MeetingStage.OPEN;
    }

    @EventSourcingHandler
    void on(AgendaAdopted event) {
        stage = MeetingStage.AGENDA_ADOPTED;
    }

    @EventSourcingHandler
    void on(MeetingClosed event) {
        stage = MeetingStage.CLOSED;
    }
}
