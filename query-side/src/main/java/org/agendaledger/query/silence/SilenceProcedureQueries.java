package org.agendaledger.query.silence;

import java.time.Instant;

/** The queries the silence-procedures read model answers. */
public final class SilenceProcedureQueries {

    private SilenceProcedureQueries() {
    }

    /**
     * The procedures of a meeting, open first then closed, newest first: as they stand now, or, with {@code asOf},
     * as they stood at that instant (business time). Without {@code asOf} it may also be subscribed to: each
     * change of one of the meeting's procedures is then sent as an update.
     */
    public record FindMeetingProcedures(String meetingId, Instant asOf) {

        public static FindMeetingProcedures current(String meetingId) {
            return new FindMeetingProcedures(meetingId, null);
        }
    }

    /** One procedure, now or as of an instant; empty when unknown or not yet started then. */
    public record FindSilenceProcedure(String procedureId, Instant asOf) {
    }

    /**
     * The open procedures addressed to a member, soonest deadline first; one whose deadline has just passed stays
     * (with no time left) until its approval is recorded. It may be subscribed to: each time a procedure addressed
     * to the member starts, changes or ends, the member's whole inbox is sent again as an update.
     */
    public record FindInbox(String memberId) {
    }

    /**
     * Every procedure ever circulated to a member (all meetings, all outcomes), newest first, with what the member
     * did on each and how it ended.
     */
    public record FindMemberRecord(String memberId) {
    }
}
