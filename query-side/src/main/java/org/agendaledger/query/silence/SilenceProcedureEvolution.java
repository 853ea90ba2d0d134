package org.agendaledger.query.silence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.FurtherObjectionRecorded;
import org.agendaledger.events.silence.LateObjectionRecorded;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.RevisedTextRecirculated;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceCommentRecorded;
import org.agendaledger.events.silence.SilenceDeadlineExtended;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureEvent;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;

/**
 * How each event of a procedure's stream changes its read model. Pure: the stored projection and the replay "as
 * of" an instant fold the same events through the same code.
 */
final class SilenceProcedureEvolution {

    private SilenceProcedureEvolution() {
    }

    /** The state a procedure's stream starts from: every addressee silent. */
    static SilenceProcedureState started(SilenceProcedureStarted e) {
        SilenceProcedureState state = new SilenceProcedureState();
        state.procedureId = e.procedureId();
        state.meetingId = e.meetingId();
        state.bureauId = e.bureauId();
        state.subject = e.subject();
        state.text = e.text();
        state.startedAt = e.startedAt();
        state.deadline = e.deadline();
        state.timeZone = e.timeZone();
        state.recirculationOf = e.recirculationOf();
        state.secretariatAddress = e.secretariatAddress();
        state.addressees = new ArrayList<>(e.addressees().stream().map(a -> {
            SilenceProcedureState.Addressee addressee = new SilenceProcedureState.Addressee();
            addressee.memberId = a.memberId();
            addressee.displayName = a.displayName();
            addressee.contact = a.contact();
            return addressee;
        }).toList());
        return state;
    }

    /** Applies one later event of the stream to the state. */
    static void apply(SilenceProcedureState s, SilenceProcedureEvent event) {
        // SilenceProcedureStarted starts the state (see started); the other events change it
        if (event instanceof SilenceBroken e) {
            s.status = ProcedureStatus.BROKEN;
            s.brokenBy = e.memberId();
            s.brokenAt = e.receivedAt();
            s.breachKind = e.kind();
            react(s, e.memberId(), kind(e.kind()), e.text(), e.receivedAt(), e.channel(), e.reference(), false);
        } else if (event instanceof FurtherObjectionRecorded e) {
            react(s, e.memberId(), kind(e.kind()), e.text(), e.receivedAt(), e.channel(), e.reference(), false);
        } else if (event instanceof LateObjectionRecorded e) {
            // kept for the record; the outcome stays whatever it was
            react(s, e.memberId(), kind(e.kind()), e.text(), e.receivedAt(), e.channel(), e.reference(), true);
        } else if (event instanceof SilenceCommentRecorded e) {
            react(s, e.memberId(), ReactionKind.COMMENT, e.text(), e.receivedAt(), e.channel(), e.reference(), false);
        } else if (event instanceof SilenceDeadlineExtended e) {
            s.extensions.add(new SilenceProcedureView.Extension(e.previousDeadline(), e.newDeadline(), e.reason()));
            s.deadline = e.newDeadline();
        } else if (event instanceof SilenceProcedureWithdrawn e) {
            s.status = ProcedureStatus.WITHDRAWN;
            s.withdrawal = new SilenceProcedureView.Withdrawal(e.reason(), e.withdrawnAt());
        } else if (event instanceof SilenceProcedureApproved e) {
            s.status = ProcedureStatus.APPROVED;
            s.approvedAt = e.approvedAt();
        } else if (event instanceof RevisedTextRecirculated e) {
            s.recirculatedAs = e.newProcedureId();
        } else if (event instanceof NoticeDelivered e) {
            // proof of notice only: whenever it arrives, even after the end, status and outcome stay as they are
            notice(s, e);
        }
    }

    /**
     * Records what became of a notice to one recipient. A notice recorded again for the same recipient replaces
     * the earlier record where it stood: it is the same message, its later fate counts.
     */
    private static void notice(SilenceProcedureState s, NoticeDelivered e) {
        SilenceProcedureView.Notice notice = new SilenceProcedureView.Notice(e.noticeId(), e.memberId(), e.kind(),
                e.subject(), e.to(), e.cc(), e.queuedAt(), e.acceptedAt(), e.outcome(), e.messageId(),
                e.serverReply(), e.attempts(), e.digestOf());
        for (int i = 0; i < s.notices.size(); i++) {
            if (s.notices.get(i).sameAs(notice)) {
                s.notices.set(i, notice);
                return;
            }
        }
        s.notices.add(notice);
    }

    /**
     * Folds a mixed history (a meeting's events and its procedures' events, in recording order) into the
     * procedures it started, in the order they started. Events of other aggregates are ignored.
     */
    static List<SilenceProcedureState> replay(List<?> events) {
        Map<String, SilenceProcedureState> procedures = new LinkedHashMap<>();
        for (Object event : events) {
            if (event instanceof SilenceProcedureStarted started) {
                procedures.put(started.procedureId(), started(started));
            } else if (event instanceof SilenceProcedureEvent e && procedures.containsKey(e.procedureId())) {
                apply(procedures.get(e.procedureId()), e);
            }
        }
        return new ArrayList<>(procedures.values());
    }

    /** The strongest reaction of an addressee decides their state (see {@link AddresseeState}). */
    static AddresseeState stateOf(List<SilenceProcedureView.Reaction> reactions) {
        if (reactions.stream().anyMatch(r -> !r.late() && r.kind() == ReactionKind.OBJECTION)) {
            return AddresseeState.OBJECTED;
        }
        if (reactions.stream().anyMatch(r -> !r.late() && r.kind() == ReactionKind.AMENDMENT)) {
            return AddresseeState.PROPOSED_AMENDMENT;
        }
        if (reactions.stream().anyMatch(SilenceProcedureView.Reaction::late)) {
            return AddresseeState.LATE;
        }
        return reactions.isEmpty() ? AddresseeState.SILENT : AddresseeState.COMMENTED;
    }

    private static void react(SilenceProcedureState s, String memberId, ReactionKind kind, String text,
                              Instant receivedAt, Channel channel, String reference, boolean late) {
        SilenceProcedureState.Addressee addressee = s.addressee(memberId);
        addressee.reactions.add(new SilenceProcedureView.Reaction(kind, text, receivedAt, channel, reference, late));
        addressee.state = stateOf(addressee.reactions);
    }

    private static ReactionKind kind(BreachKind kind) {
        return kind == BreachKind.AMENDMENT ? ReactionKind.AMENDMENT : ReactionKind.OBJECTION;
    }
}
