package org.agendaledger.query.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agendaledger.events.meeting.SilenceSubject;

/** What awaits a Bureau member: the open procedures circulated to them, soonest deadline first. */
public record Inbox(String memberId, List<Item> items) {

    /**
     * One open procedure: its meeting and subject, the deadline in UTC and in the meeting's time zone, the time
     * left, and where the member stands on it with what they sent so far.
     */
    public record Item(String procedureId, String meetingId, SilenceSubject subject, String text, Instant startedAt,
                       SilenceProcedureView.Deadline deadline, Duration timeLeft, AddresseeState state,
                       List<SilenceProcedureView.Reaction> reactions) {
    }

    /**
     * The item of {@code memberId} in a procedure, the deadline shown in {@code meetingTimeZone} (the stated zone
     * of the procedure while the meeting's own is not known yet).
     */
    static Item item(SilenceProcedureState state, String memberId, String meetingTimeZone, Instant now) {
        SilenceProcedureState.Addressee addressee = state.addressee(memberId);
        String zone = meetingTimeZone != null ? meetingTimeZone : state.timeZone;
        return new Item(state.procedureId, state.meetingId, state.subject, state.text, state.startedAt,
                SilenceProcedureView.Deadline.of(state.deadline, zone), SilenceProcedureView.timeLeft(state, now),
                addressee.state, List.copyOf(addressee.reactions));
    }
}
