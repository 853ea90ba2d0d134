package org.agendaledger.query.agenda;

/** The queries the agenda read model answers. */
public final class AgendaQueries {

    private AgendaQueries() {
    }

    /** The current agenda of a meeting, with its organization of work and status. */
    public record FindAgenda(String meetingId) {
    }
}
