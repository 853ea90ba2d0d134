package org.agendaledger.query.organization;

import java.util.List;
import org.agendaledger.query.agenda.AgendaView;

/**
 * The annex "Proposed organization of work": the plenary slots in order, each with its agenda items in order and
 * "(continued)" where an item runs on from an earlier slot.
 */
public record OrganizationOfWork(String meetingId, String timeZone, List<AgendaView.Slot> slots) {
}
