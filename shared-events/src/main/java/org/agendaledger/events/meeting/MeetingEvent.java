package org.agendaledger.events.meeting;

/** Every fact recorded in the stream of one meeting: its plan, topics, agenda, organization of work and lifecycle. */
public sealed interface MeetingEvent permits
        MeetingScheduled, MeetingPlanRevised, SubstantiveTopicsProposed, AgendaProposed,
        AgendaItemAdded, AgendaItemRevised, AgendaItemRemoved, AgendaItemsReordered, SubItemAdded,
        SubItemRevised, SubItemRemoved, SubItemsReordered, AgendaItemAnnotated,
        DocumentationEntryAdded, DocumentationEntryRemoved, SubjectCirculatedUnderSilence,
        SubjectReleasedFromSilence, MeetingPlanConfirmed, SubstantiveTopicsApproved,
        AgendaVersionApproved, ProvisionalAgendaIssued, SlotAssigned, SlotUnassigned, MeetingOpened,
        AgendaAdopted, ReportAdopted, MeetingClosed, AgendaImported, DocumentPartsSet {

    /** The meeting the fact belongs to. */
    String meetingId();
}
