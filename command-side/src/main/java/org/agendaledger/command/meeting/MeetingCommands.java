package org.agendaledger.command.meeting;

import java.time.LocalDate;
import java.util.List;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.Topic;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of a meeting: its plan, topics, agenda, organization of work and lifecycle. */
public final class MeetingCommands {

    private MeetingCommands() {
    }

    /** Plan a meeting of a body, decided by the given Bureau. */
    public record ScheduleMeeting(@TargetAggregateIdentifier String meetingId, String bureauId, String body,
                                  String ordinal, String venue, LocalDate startDate, LocalDate endDate,
                                  String timeZone, List<PlenarySlot> slots, List<String> languages,
                                  String agendaSymbol) {
    }

    /** Revise the plan of a meeting before its agenda is issued; a confirmed plan must be confirmed again. */
    public record ReviseMeetingPlan(@TargetAggregateIdentifier String meetingId, String venue, LocalDate startDate,
                                    LocalDate endDate, String timeZone, List<PlenarySlot> slots,
                                    List<String> languages, String agendaSymbol) {
    }

    /** Propose the substantive topics of the meeting (a new version replaces the previous one). */
    public record ProposeSubstantiveTopics(@TargetAggregateIdentifier String meetingId, List<Topic> topics) {
    }

    /** Propose the draft agenda: its first version. */
    public record ProposeAgenda(@TargetAggregateIdentifier String meetingId, List<AgendaItemContent> items) {
    }

    /**
     * Import a whole agenda with its document parts in one step: the first version of the draft, or a new version
     * replacing the draft's text entirely (what is placed in the organization of work must still be there).
     */
    public record ImportAgenda(@TargetAggregateIdentifier String meetingId, AgendaDocument document) {
    }

    /** Set the parts of the agenda's document: masthead, title, structure, annexes, footnotes (a new version). */
    public record SetDocumentParts(@TargetAggregateIdentifier String meetingId, DocumentParts parts) {
    }

    /** Add an item to the draft agenda; position 0 is first, no position appends it. */
    public record AddAgendaItem(@TargetAggregateIdentifier String meetingId, String itemId, ItemKind kind,
                                String title, Integer position) {
    }

    /** Revise the title and kind of an item. */
    public record ReviseAgendaItem(@TargetAggregateIdentifier String meetingId, String itemId, ItemKind kind,
                                   String title) {
    }

    /** Remove an item that has no slot assignments and no documentation. */
    public record RemoveAgendaItem(@TargetAggregateIdentifier String meetingId, String itemId) {
    }

    /** Put the items in a new order, naming every item once. */
    public record ReorderAgendaItems(@TargetAggregateIdentifier String meetingId, List<String> itemIds) {
    }

    /** Add a sub-item under an item; position 0 is (a). */
    public record AddSubItem(@TargetAggregateIdentifier String meetingId, String itemId, String subItemId,
                             String title, Integer position) {
    }

    /** Revise the title of a sub-item. */
    public record ReviseSubItem(@TargetAggregateIdentifier String meetingId, String itemId, String subItemId,
                                String title) {
    }

    /** Remove a sub-item that has no slot assignments. */
    public record RemoveSubItem(@TargetAggregateIdentifier String meetingId, String itemId, String subItemId) {
    }

    /** Put the sub-items of an item in a new order. */
    public record ReorderSubItems(@TargetAggregateIdentifier String meetingId, String itemId,
                                  List<String> subItemIds) {
    }

    /** Replace the annotation paragraphs of an item, or of one of its sub-items when subItemId is set. */
    public record AnnotateAgendaItem(@TargetAggregateIdentifier String meetingId, String itemId, String subItemId,
                                     List<String> paragraphs) {
    }

    /** List a document under an item. */
    public record AddDocumentationEntry(@TargetAggregateIdentifier String meetingId, String itemId,
                                        DocumentationEntry entry) {
    }

    /** Take a document off an item's documentation list. */
    public record RemoveDocumentationEntry(@TargetAggregateIdentifier String meetingId, String itemId,
                                           String symbol) {
    }

    /**
     * Issue the annotated provisional agenda under its document symbol and date, with the distribution and the
     * original language its first page states.
     */
    public record IssueProvisionalAgenda(@TargetAggregateIdentifier String meetingId, String symbol,
                                         LocalDate dateOfIssue, String distribution, String originalLanguage) {
    }

    /** Place an item (or one of its sub-items) into a plenary slot; no position appends it. */
    public record AssignSlot(@TargetAggregateIdentifier String meetingId, String slotId, String itemId,
                             String subItemId, Integer position) {
    }

    /** Take an item (or sub-item) out of a plenary slot. */
    public record UnassignSlot(@TargetAggregateIdentifier String meetingId, String slotId, String itemId,
                               String subItemId) {
    }

    /** Open the meeting. */
    public record OpenMeeting(@TargetAggregateIdentifier String meetingId) {
    }

    /** The meeting adopts its agenda, as issued (no amendments) or as orally amended. */
    public record AdoptAgenda(@TargetAggregateIdentifier String meetingId, List<OralAmendment> amendments) {
    }

    /** The meeting adopts its report: the last act, which closes it and seals the agenda. */
    public record AdoptReport(@TargetAggregateIdentifier String meetingId, String reportSymbol) {
    }
}
