package org.agendaledger.query.agenda;

import java.time.Instant;

/** The queries the agenda read model answers. */
public final class AgendaQueries {

    private AgendaQueries() {
    }

    /**
     * The agenda of a meeting, with its organization of work and status: as it stands now, or, with {@code asOf},
     * as it stood at that instant (business time).
     */
    public record FindAgenda(String meetingId, Instant asOf) {

        public static FindAgenda current(String meetingId) {
            return new FindAgenda(meetingId, null);
        }
    }
}
