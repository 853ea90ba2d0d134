package org.agendaledger.query.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agendaledger.events.meeting.SilenceSubject;

/**
 * What a Bureau member was asked and what they did: every silence procedure ever circulated to them, newest
 * first, with their own reactions and how each procedure ended.
 */
public record MemberRecord(String memberId, List<Entry> entries) {

    /**
     * One procedure circulated to the member: its meeting, subject and version, when it started and its deadline
     * (in the meeting's time zone), where the member stands and everything they sent (each reaction with its
     * channel, reference and whether it came too late), and the outcome: still open with the time left, approved
     * by silence, broken (by whom, with their name), or withdrawn; with the links to the procedure it re-circulates
     * and the one that re-circulated it.
     */
    public record Entry(String procedureId, String meetingId, SilenceSubject subject, String text, Instant startedAt,
                        SilenceProcedureView.Deadline deadline, ProcedureStatus status, Duration timeLeft,
                        AddresseeState state, List<SilenceProcedureView.Reaction> reactions,
                        SilenceProcedureView.Outcome outcome, String brokenByName,
                        SilenceProcedureView.Withdrawal withdrawal, String recirculationOf, String recirculatedAs) {

        /** The member did nothing on this procedure (so far, while it is open). */
        public boolean stayedSilent() {
            return reactions.isEmpty();
        }

        /** It was the member's own objection or amendment that broke silence. */
        public boolean brokenByThem(String memberId) {
            return outcome != null && memberId.equals(outcome.brokenBy());
        }
    }

    /** The entry of {@code memberId} in a procedure, dated in {@code meetingTimeZone} (else the stated zone). */
    static Entry entry(SilenceProcedureState state, String memberId, String meetingTimeZone, Instant now) {
        SilenceProcedureState.Addressee addressee = state.addressee(memberId);
        SilenceProcedureView view = SilenceProcedureView.of(state, now);
        String zone = meetingTimeZone != null ? meetingTimeZone : state.timeZone;
        String brokenByName = state.brokenBy == null ? null : state.addressees.stream()
                .filter(a -> a.memberId.equals(state.brokenBy)).findFirst()
                .map(a -> a.displayName != null ? a.displayName : a.memberId).orElse(state.brokenBy);
        return new Entry(state.procedureId, state.meetingId, state.subject, state.text, state.startedAt,
                SilenceProcedureView.Deadline.of(state.deadline, zone), state.status, view.timeLeft(),
                addressee.state, List.copyOf(addressee.reactions), view.outcome(), brokenByName, state.withdrawal,
                state.recirculationOf, state.recirculatedAs);
    }
}
