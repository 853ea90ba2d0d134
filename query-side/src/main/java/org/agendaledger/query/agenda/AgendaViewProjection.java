package org.agendaledger.query.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemAnnotated;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AgendaItemRemoved;
import org.agendaledger.events.meeting.AgendaItemRevised;
import org.agendaledger.events.meeting.AgendaItemsReordered;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.DocumentationEntryAdded;
import org.agendaledger.events.meeting.DocumentationEntryRemoved;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SlotAssigned;
import org.agendaledger.events.meeting.SlotUnassigned;
import org.agendaledger.events.meeting.SubItemAdded;
import org.agendaledger.events.meeting.SubItemRemoved;
import org.agendaledger.events.meeting.SubItemRevised;
import org.agendaledger.events.meeting.SubItemsReordered;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubjectReleasedFromSilence;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.meeting.SubstantiveTopicsProposed;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.meeting.MeetingStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The agenda of each meeting: items, sub-items, annotations, documentation, slots, assignments and status. */
@Component
@ProcessingGroup(AgendaViewProjection.PROCESSING_GROUP)
class AgendaViewProjection {

    static final String PROCESSING_GROUP = "agenda-view";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AgendaViewProjection(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(MeetingScheduled e, @SequenceNumber long sequence) {
        if (load(e.meetingId()).isPresent()) {
            return;
        }
        AgendaState state = new AgendaState();
        state.meetingId = e.meetingId();
        state.body = e.body();
        state.ordinal = e.ordinal();
        state.venue = e.venue();
        state.startDate = e.startDate();
        state.endDate = e.endDate();
        state.timeZone = e.timeZone();
        state.languages = new ArrayList<>(e.languages());
        state.agendaSymbol = e.agendaSymbol();
        state.replaceSlots(e.slots());
        jdbc.update("INSERT INTO agenda_view (meeting_id, document, last_sequence) VALUES (?, ?, ?)",
                e.meetingId(), json.writeValueAsString(state), sequence);
    }

    @EventHandler
    void on(MeetingPlanRevised e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.venue = e.venue();
            s.startDate = e.startDate();
            s.endDate = e.endDate();
            s.timeZone = e.timeZone();
            s.languages = new ArrayList<>(e.languages());
            s.agendaSymbol = e.agendaSymbol();
            s.planConfirmed = false;
            s.replaceSlots(e.slots());
        });
    }

    @EventHandler
    void on(MeetingPlanConfirmed e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> s.planConfirmed = true);
    }

    @EventHandler
    void on(SubstantiveTopicsProposed e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.topics = new ArrayList<>(e.topics());
            s.topicsVersion = e.topicsVersion();
        });
    }

    @EventHandler
    void on(SubstantiveTopicsApproved e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> s.topicsApproved = true);
    }

    @EventHandler
    void on(AgendaProposed e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.items = new ArrayList<>(e.items().stream().map(AgendaViewProjection::item).toList());
            s.status = MeetingStatus.AGENDA_DRAFTED;
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(AgendaItemAdded e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            AgendaState.Item item = new AgendaState.Item();
            item.itemId = e.itemId();
            item.kind = e.kind();
            item.title = e.title();
            s.items.add(e.position(), item);
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(AgendaItemRevised e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            AgendaState.Item item = s.item(e.itemId());
            item.kind = e.kind();
            item.title = e.title();
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(AgendaItemRemoved e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.items.remove(s.item(e.itemId()));
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(AgendaItemsReordered e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.items = new ArrayList<>(e.itemIds().stream().map(s::item).toList());
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(SubItemAdded e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            AgendaState.SubItem sub = new AgendaState.SubItem();
            sub.subItemId = e.subItemId();
            sub.title = e.title();
            s.item(e.itemId()).subItems.add(e.position(), sub);
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(SubItemRevised e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.item(e.itemId()).subItem(e.subItemId()).ifPresent(sub -> sub.title = e.title());
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(SubItemRemoved e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.item(e.itemId()).subItems.removeIf(sub -> sub.subItemId.equals(e.subItemId()));
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(SubItemsReordered e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            AgendaState.Item item = s.item(e.itemId());
            item.subItems = new ArrayList<>(e.subItemIds().stream()
                    .map(id -> item.subItem(id).orElseThrow()).toList());
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(AgendaItemAnnotated e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            AgendaState.Item item = s.item(e.itemId());
            if (e.subItemId() == null) {
                item.annotation = new ArrayList<>(e.paragraphs());
            } else {
                item.subItem(e.subItemId()).ifPresent(sub -> sub.annotation = new ArrayList<>(e.paragraphs()));
            }
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(DocumentationEntryAdded e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.item(e.itemId()).documentation.add(e.entry());
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(DocumentationEntryRemoved e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.item(e.itemId()).documentation.removeIf(d -> d.symbol().equals(e.symbol()));
            s.version(e.agendaVersion(), e.contentHash());
        });
    }

    @EventHandler
    void on(SubjectCirculatedUnderSilence e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            if (e.subject().kind() == SubjectKind.AGENDA) {
                s.agendaUnderSilence = e.procedureId();
            }
        });
    }

    @EventHandler
    void on(SubjectReleasedFromSilence e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            if (e.subject().kind() == SubjectKind.AGENDA) {
                s.agendaUnderSilence = null;
            }
        });
    }

    @EventHandler
    void on(AgendaVersionApproved e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.approvedVersion = e.agendaVersion();
            s.approvedByProcedure = e.procedureId();
            s.agendaUnderSilence = null;
        });
    }

    @EventHandler
    void on(ProvisionalAgendaIssued e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            AgendaState.Issue issue = new AgendaState.Issue();
            issue.symbol = e.symbol();
            issue.dateOfIssue = e.dateOfIssue();
            issue.distribution = e.distribution();
            issue.originalLanguage = e.originalLanguage();
            issue.version = e.agendaVersion();
            issue.contentHash = e.contentHash();
            s.issued = issue;
            s.status = MeetingStatus.AGENDA_ISSUED;
        });
    }

    @EventHandler
    void on(SlotAssigned e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            AgendaState.Assignment assignment = new AgendaState.Assignment();
            assignment.itemId = e.itemId();
            assignment.subItemId = e.subItemId();
            s.slot(e.slotId()).assignments.add(e.position(), assignment);
        });
    }

    @EventHandler
    void on(SlotUnassigned e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence,
                s -> s.slot(e.slotId()).assignments.removeIf(a -> a.is(e.itemId(), e.subItemId())));
    }

    @EventHandler
    void on(MeetingOpened e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.openedAt = e.openedAt();
            s.status = MeetingStatus.OPEN;
        });
    }

    @EventHandler
    void on(AgendaAdopted e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            AgendaState.Adoption adoption = new AgendaState.Adoption();
            adoption.version = e.agendaVersion();
            adoption.contentHash = e.contentHash();
            adoption.asIssued = e.asIssued();
            adoption.amendments = new ArrayList<>(e.amendments());
            adoption.adoptedAt = e.adoptedAt();
            s.adopted = adoption;
            s.status = MeetingStatus.AGENDA_ADOPTED;
        });
    }

    @EventHandler
    void on(ReportAdopted e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.reportSymbol = e.reportSymbol();
            s.reportAdoptedAt = e.adoptedAt();
        });
    }

    @EventHandler
    void on(MeetingClosed e, @SequenceNumber long sequence) {
        change(e.meetingId(), sequence, s -> {
            s.closedAt = e.closedAt();
            s.status = MeetingStatus.CLOSED;
        });
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM agenda_view");
    }

    @QueryHandler
    Optional<AgendaView> handle(FindAgenda query) {
        return load(query.meetingId()).map(stored -> AgendaView.of(stored.state()));
    }

    private record Stored(AgendaState state, long lastSequence) {
    }

    private Optional<Stored> load(String meetingId) {
        List<Stored> rows = jdbc.query("SELECT document, last_sequence FROM agenda_view WHERE meeting_id = ?",
                (rs, n) -> new Stored(json.readValue(rs.getString("document"), AgendaState.class),
                        rs.getLong("last_sequence")), meetingId);
        return rows.stream().findFirst();
    }

    /** Applies a change once: an event at or below the last applied sequence was seen before and is skipped. */
    private void change(String meetingId, long sequence, Consumer<AgendaState> change) {
        Stored stored = load(meetingId).orElseThrow(
                () -> new IllegalStateException("Agenda view of meeting " + meetingId + " is missing"));
        if (sequence <= stored.lastSequence()) {
            return;
        }
        change.accept(stored.state());
        jdbc.update("UPDATE agenda_view SET document = ?, last_sequence = ? WHERE meeting_id = ?",
                json.writeValueAsString(stored.state()), sequence, meetingId);
    }

    private static AgendaState.Item item(AgendaItemContent content) {
        AgendaState.Item item = new AgendaState.Item();
        item.itemId = content.itemId();
        item.kind = content.kind();
        item.title = content.title();
        item.annotation = new ArrayList<>(content.annotation());
        item.documentation = new ArrayList<>(content.documentation());
        item.subItems = new ArrayList<>(content.subItems().stream().map(c -> {
            AgendaState.SubItem sub = new AgendaState.SubItem();
            sub.subItemId = c.subItemId();
            sub.title = c.title();
            sub.annotation = new ArrayList<>(c.annotation());
            return sub;
        }).toList());
        return item;
    }
}
