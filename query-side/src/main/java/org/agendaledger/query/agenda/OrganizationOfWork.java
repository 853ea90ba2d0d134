package org.agendaledger.query.agenda;

import java.util.List;

/**
 * The annex "Proposed organization of work": the plenary slots in order, each with its agenda items in order and
 * "(continued)" where an item runs on from an earlier slot. It is a view of the agenda, not a read model of its own.
 */
public record OrganizationOfWork(String meetingId, String timeZone, List<AgendaView.Slot> slots) {

    public static OrganizationOfWork of(AgendaView agenda) {
        return new OrganizationOfWork(agenda.meetingId(), agenda.timeZone(), agenda.slots());
    }
}
