package org.agendaledger.command.silence;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agendaledger.command.silence.SilenceCommands.ApproveViaSilenceProcedure;
import org.agendaledger.command.silence.SilenceCommands.BreakSilence;
import org.agendaledger.command.silence.SilenceCommands.CommentOnProposal;
import org.agendaledger.command.silence.SilenceCommands.ExtendSilenceDeadline;
import org.agendaledger.command.silence.SilenceCommands.WithdrawSilenceProcedure;
import org.agendaledger.command.shared.BusinessTime;
import org.agendaledger.command.shared.NotPermitted;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.SpokenDuration;
import org.agendaledger.command.shared.StatedTimeZone;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.EventMetaData;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.FurtherObjectionRecorded;
import org.agendaledger.events.silence.LateObjectionRecorded;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.Reaction;
import org.agendaledger.events.silence.RevisedTextRecirculated;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceCommentRecorded;
import org.agendaledger.events.silence.SilenceDeadlineExtended;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One silence procedure: a pinned text circulated to the Bureau members frozen at circulation, deemed approved
 * at its deadline unless one of them breaks silence before it.
 */
@Aggregate(filterEventsByType = true)
class SilenceProcedure {

    enum Status {
        OPEN, APPROVED, BROKEN, WITHDRAWN
    }

    /** What a revised text needs to know about the procedure it follows up. */
    record Circulation(String meetingId, SilenceSubject subject) {
    }

    private static final DateTimeFormatter STATED = DateTimeFormatter.ofPattern("HH:mm, d MMMM yyyy", Locale.ENGLISH);
    /** A deadline set to the second is stated to the second, so that the sentence names the exact deadline. */
    private static final DateTimeFormatter STATED_TO_THE_SECOND = DateTimeFormatter.ofPattern("HH:mm:ss, d MMMM yyyy",
            Locale.ENGLISH);

    @AggregateIdentifier
    private String procedureId;
    private String meetingId;
    private SilenceSubject subject;
    private Instant deadline;
    private String timeZone;
    private final Map<String, Addressee> addressees = new LinkedHashMap<>();
    private final List<Reaction> comments = new ArrayList<>();
    private final Set<String> notices = new HashSet<>();
    private Status status;
    private String recirculatedAs;

    protected SilenceProcedure() {
        // required by Axon to rebuild the aggregate from its events
    }

    SilenceProcedure(String procedureId, String meetingId, String bureauId, SilenceSubject subject, String text,
                     Instant startedAt, Instant deadline, String timeZone, List<Addressee> addressees,
                     String recirculationOf, String secretariatAddress) {
        apply(new SilenceProcedureStarted(procedureId, meetingId, bureauId, subject, text, startedAt, deadline,
                timeZone, List.copyOf(addressees), recirculationOf, secretariatAddress));
    }

    /** The rules of circulation that do not depend on the subject (DOMAIN invariant 1). */
    static void requireValidCirculation(Instant startedAt, Instant deadline, String timeZone, Duration minimumPeriod,
                                        List<Addressee> addressees) {
        StatedTimeZone.require(timeZone);
        if (addressees.isEmpty()) {
            throw new RuleViolation("BUREAU_HAS_NO_MEMBERS",
                    "The Bureau has no members, so there is nobody to circulate the proposal to.");
        }
        if (!deadline.isAfter(startedAt)) {
            throw new RuleViolation("DEADLINE_NOT_AFTER_START",
                    "The deadline (%s) must be after the start of the procedure."
                            .formatted(stated(deadline, timeZone)));
        }
        if (Duration.between(startedAt, deadline).compareTo(minimumPeriod) < 0) {
            throw new RuleViolation("DEADLINE_TOO_SOON",
                    "The deadline (%s) leaves less than the minimum period of %s for the members to react."
                            .formatted(stated(deadline, timeZone), SpokenDuration.of(minimumPeriod)));
        }
    }

    @CommandHandler
    void handle(BreakSilence command, @MetaDataValue(EventMetaData.ROLE) String role,
                @MetaDataValue(EventMetaData.MEMBER_ID) String actingMember) {
        Reacting reacting = Reacting.judged(role, actingMember, command.memberId(), command.channel(),
                command.reference());
        Addressee member = requireAddressee(reacting);
        if (status == Status.WITHDRAWN) {
            throw new RuleViolation("PROCEDURE_WITHDRAWN", "This silence procedure was withdrawn.");
        }
        Instant receivedAt = BusinessTime.now();
        // once approved, nothing can undo the approval: whatever arrives now is late for the record
        if (!receivedAt.isBefore(deadline) || status == Status.APPROVED) {
            apply(new LateObjectionRecorded(procedureId, member.memberId(), command.kind(), command.text(), receivedAt,
                    reacting.channel(), reacting.reference(), deadline));
        } else if (status == Status.OPEN) {
            apply(new SilenceBroken(procedureId, member.memberId(), command.kind(), command.text(), receivedAt,
                    reacting.channel(), reacting.reference()));
        } else {
            apply(new FurtherObjectionRecorded(procedureId, member.memberId(), command.kind(), command.text(),
                    receivedAt, reacting.channel(), reacting.reference()));
        }
    }

    @CommandHandler
    void handle(CommentOnProposal command, @MetaDataValue(EventMetaData.ROLE) String role,
                @MetaDataValue(EventMetaData.MEMBER_ID) String actingMember) {
        Reacting reacting = Reacting.judged(role, actingMember, command.memberId(), command.channel(),
                command.reference());
        Addressee member = requireAddressee(reacting);
        requireOpen();
        Instant receivedAt = BusinessTime.now();
        if (!receivedAt.isBefore(deadline)) {
            throw new RuleViolation("DEADLINE_PASSED",
                    "The deadline (%s) has passed; comments are no longer received.".formatted(stated()));
        }
        apply(new SilenceCommentRecorded(procedureId, member.memberId(), command.text(), receivedAt,
                reacting.channel(), reacting.reference()));
    }

    @CommandHandler
    void handle(ExtendSilenceDeadline command) {
        requireOpen();
        requireBeforeDeadline("extended");
        if (!command.newDeadline().isAfter(deadline)) {
            throw new RuleViolation("DEADLINE_NOT_LATER",
                    "A deadline can only be moved later: the new deadline (%s) is not after the current one (%s)."
                            .formatted(stated(command.newDeadline(), timeZone), stated()));
        }
        apply(new SilenceDeadlineExtended(procedureId, deadline, command.newDeadline(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawSilenceProcedure command) {
        requireOpen();
        requireBeforeDeadline("withdrawn");
        apply(new SilenceProcedureWithdrawn(procedureId, command.reason(), BusinessTime.now()));
    }

    @CommandHandler
    void handle(ApproveViaSilenceProcedure command) {
        switch (status) {
            case APPROVED -> {
                return; // approving an approved procedure changes nothing
            }
            case BROKEN -> throw new RuleViolation("SILENCE_BROKEN",
                    "Silence was broken, so this procedure cannot be approved.");
            case WITHDRAWN -> throw new RuleViolation("PROCEDURE_WITHDRAWN",
                    "This silence procedure was withdrawn, so it cannot be approved.");
            case OPEN -> {
                // the recording clock, not business time: nobody can approve a procedure early by back-dating
                if (BusinessTime.recordingTime().isBefore(deadline)) {
                    throw new RuleViolation("DEADLINE_NOT_REACHED",
                            "The deadline (%s) has not passed yet; silence can still be broken.".formatted(stated()));
                }
                apply(new SilenceProcedureApproved(procedureId, meetingId, subject, deadline, deadline,
                        List.copyOf(addressees.values()), List.copyOf(comments)));
            }
        }
    }

    /** Checks that a revised text may follow up this procedure. */
    Circulation revisable() {
        if (status != Status.BROKEN) {
            throw new RuleViolation("NOT_BROKEN",
                    "Only a procedure whose silence was broken can be followed by a revised text.");
        }
        if (recirculatedAs != null) {
            throw new RuleViolation("ALREADY_RECIRCULATED",
                    "A revised text was already circulated as procedure %s.".formatted(recirculatedAs));
        }
        return new Circulation(meetingId, subject);
    }

    void recordRecirculation(String newProcedureId, SilenceSubject revised) {
        if (revised.contentHash().equals(subject.contentHash())) {
            throw new RuleViolation("TEXT_NOT_REVISED",
                    "The text is identical to the one on which silence was broken; revise it before re-circulating.");
        }
        apply(new RevisedTextRecirculated(procedureId, newProcedureId));
    }

    /** A member who is not an addressee may not react at all; the secretariat recording their letter is told why. */
    private Addressee requireAddressee(Reacting reacting) {
        Addressee addressee = addressees.get(reacting.memberId());
        if (addressee == null) {
            String notAddressed = "'%s' was not a member of the Bureau when this proposal was circulated."
                    .formatted(reacting.memberId());
            if (reacting.byTheMember()) {
                throw new NotPermitted("NOT_AN_ADDRESSEE",
                        "Only the addressees of this silence procedure react to it: " + notAddressed);
            }
            throw new RuleViolation("NOT_AN_ADDRESSEE", notAddressed);
        }
        return addressee;
    }

    private void requireOpen() {
        switch (status) {
            case OPEN -> {
            }
            case APPROVED -> throw new RuleViolation("PROCEDURE_APPROVED", "This procedure has already been approved.");
            case BROKEN ->
                throw new RuleViolation("SILENCE_BROKEN", "Silence has already been broken on this procedure.");
            case WITHDRAWN -> throw new RuleViolation("PROCEDURE_WITHDRAWN", "This silence procedure was withdrawn.");
        }
    }

    private void requireBeforeDeadline(String what) {
        if (!BusinessTime.now().isBefore(deadline)) {
            throw new RuleViolation("DEADLINE_PASSED",
                    "The deadline (%s) has passed; the procedure can no longer be %s.".formatted(stated(), what));
        }
    }

    private String stated() {
        return stated(deadline, timeZone);
    }

    private static String stated(Instant instant, String zone) {
        ZoneId zoneId = ZoneId.of(zone);
        java.time.ZonedDateTime local = instant.atZone(zoneId);
        return (local.getSecond() == 0 ? STATED : STATED_TO_THE_SECOND).format(local) + " " + zoneId.getId();
    }

    @CommandHandler
    void handle(SilenceCommands.RecordNoticeDelivery command) {
        NoticeDelivered notice = command.notice();
        if (notice == null || !procedureId.equals(notice.procedureId()) || notice.noticeId() == null
                || notice.kind() == null || notice.outcome() == null) {
            throw new RuleViolation("INVALID_NOTICE", "A notice is recorded for its own procedure, with its id, "
                    + "kind and outcome.");
        }
        if (notice.memberId() != null && !addressees.containsKey(notice.memberId())) {
            throw new UnknownReference("UNKNOWN_MEMBER",
                    "'%s' is not an addressee of this procedure.".formatted(notice.memberId()));
        }
        if (notices.contains(notice.noticeId())) {
            return; // recorded already: a retry after the first record landed
        }
        apply(notice);
    }

    @EventSourcingHandler
    void on(NoticeDelivered event) {
        notices.add(event.noticeId());
    }

    @EventSourcingHandler
    void on(SilenceProcedureStarted event) {
        procedureId = event.procedureId();
        meetingId = event.meetingId();
        subject = event.subject();
        deadline = event.deadline();
        timeZone = event.timeZone();
        event.addressees().forEach(a -> addressees.put(a.memberId(), a));
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(SilenceBroken event) {
        status = Status.BROKEN;
    }

    @EventSourcingHandler
    void on(SilenceCommentRecorded event) {
        comments.add(new Reaction(event.memberId(), event.text(), event.receivedAt(), event.channel(),
                event.reference()));
    }

    @EventSourcingHandler
    void on(SilenceDeadlineExtended event) {
        deadline = event.newDeadline();
    }

    @EventSourcingHandler
    void on(SilenceProcedureWithdrawn event) {
        status = Status.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(SilenceProcedureApproved event) {
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(RevisedTextRecirculated event) {
        recirculatedAs = event.newProcedureId();
    }
}
