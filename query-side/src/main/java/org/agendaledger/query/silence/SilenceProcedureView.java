package org.agendaledger.query.silence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;

/**
 * One silence procedure as read: the pinned subject and text, when it started and until when it runs, where it
 * stands and how much time is left, its links to the procedure it revises or that revised it, its extensions,
 * its outcome and every addressee (frozen at circulation) with their reactions.
 */
public record SilenceProcedureView(String procedureId, String meetingId, String bureauId, SilenceSubject subject,
                                   String text, Instant startedAt, Deadline deadline, ProcedureStatus status,
                                   Duration timeLeft, String recirculationOf, String recirculatedAs,
                                   List<Extension> extensions, Withdrawal withdrawal, Outcome outcome,
                                   List<Addressee> addressees) {

    /** A deadline as an instant (UTC), with the time zone it is stated in and the local time there. */
    public record Deadline(Instant instant, String timeZone, OffsetDateTime local) {

        static Deadline of(Instant instant, String timeZone) {
            return new Deadline(instant, timeZone, instant.atZone(ZoneId.of(timeZone)).toOffsetDateTime());
        }
    }

    /** A later deadline the initiator set, and why. */
    public record Extension(Instant previousDeadline, Instant newDeadline, String reason) {
    }

    public record Withdrawal(String reason, Instant withdrawnAt) {
    }

    /**
     * How a closed procedure ended: approved by silence at its deadline ({@code approvedAt}), or broken by an
     * addressee ({@code brokenBy}, {@code brokenAt}, {@code breachKind}). A running or withdrawn procedure has none.
     */
    public record Outcome(Instant approvedAt, String brokenBy, Instant brokenAt, BreachKind breachKind) {
    }

    /** An addressee, their state and everything they sent, in the order it was received. */
    public record Addressee(String memberId, String displayName, AddresseeState state, List<Reaction> reactions) {
    }

    /** One reaction; {@code late} when it arrived at or after the deadline and so changed nothing. */
    public record Reaction(ReactionKind kind, String text, Instant receivedAt, Channel channel, String reference,
                           boolean late) {
    }

    /** The procedure as it stands at {@code now}: the clock for a current read, the instant of an "as of" read. */
    static SilenceProcedureView of(SilenceProcedureState state, Instant now) {
        Outcome outcome = switch (state.status) {
            case APPROVED -> new Outcome(state.approvedAt, null, null, null);
            case BROKEN -> new Outcome(null, state.brokenBy, state.brokenAt, state.breachKind);
            case OPEN, WITHDRAWN -> null;
        };
        List<Addressee> addressees = state.addressees.stream()
                .map(a -> new Addressee(a.memberId, a.displayName, a.state, List.copyOf(a.reactions)))
                .toList();
        return new SilenceProcedureView(state.procedureId, state.meetingId, state.bureauId, state.subject,
                state.text, state.startedAt, Deadline.of(state.deadline, state.timeZone), state.status,
                timeLeft(state, now), state.recirculationOf, state.recirculatedAs, List.copyOf(state.extensions),
                state.withdrawal, outcome, addressees);
    }

    /**
     * The time the addressees still have to break silence: until the deadline while the procedure runs, none once
     * the deadline has passed or the procedure was decided or withdrawn.
     */
    static Duration timeLeft(SilenceProcedureState state, Instant now) {
        if (state.status != ProcedureStatus.OPEN || !now.isBefore(state.deadline)) {
            return Duration.ZERO;
        }
        return Duration.between(now, state.deadline);
    }
}
