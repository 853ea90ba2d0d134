package org.agendaledger.query.silence;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.live.LiveUpdates;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.SilenceProcedureEvent;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.query.live.Followers;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindInbox;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMeetingProcedures;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMemberRecord;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindSilenceProcedure;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every silence procedure with its addressees' states, kept in {@code silence_procedure_view} (one JSON document
 * per procedure with the last sequence number of its stream that it applied), plus the time zone of each
 * meeting for the inboxes. Each change is sent to the subscribers of its meeting's procedures, and the new inbox of
 * each addressee to those who follow that inbox, except during a replay: rebuilding the read model tells nobody
 * anything new.
 */
@Component
@ProcessingGroup(SilenceProcedureProjection.PROCESSING_GROUP)
class SilenceProcedureProjection {

    static final String PROCESSING_GROUP = ReadModel.SILENCE_PROCEDURES;
    /** A procedure changed: {@link LiveUpdates} pushes it, and its addressees' inboxes, on every node. */
    static final String TOPIC = "procedure";
    /** A proof of notice changes the procedure's page, never an inbox: the inbox does not show notices. */
    static final String NOTICE_TOPIC = "procedure-notice";

    /** Open procedures first, then closed ones; newest first within each. */
    static final Comparator<SilenceProcedureView> ORDER = Comparator
            .comparing((SilenceProcedureView p) -> p.status() != ProcedureStatus.OPEN)
            .thenComparing(SilenceProcedureView::startedAt, Comparator.reverseOrder())
            .thenComparing(SilenceProcedureView::procedureId);

    /** A member's record: the latest circulated first. */
    static final Comparator<MemberRecord.Entry> NEWEST_FIRST = Comparator
            .comparing(MemberRecord.Entry::startedAt, Comparator.reverseOrder())
            .thenComparing(MemberRecord.Entry::procedureId);

    private final SilenceProcedureRows rows;
    private final ProceduresAsOf asOf;
    private final QueryUpdateEmitter updates;
    private final Clock clock;

    private final LiveUpdates live;

    @Autowired
    SilenceProcedureProjection(SilenceProcedureRows rows, ProceduresAsOf asOf, QueryUpdateEmitter updates,
                               ObjectProvider<Clock> clock, LiveUpdates live) {
        this(rows, asOf, updates, clock.getIfAvailable(Clock::systemUTC), live);
    }

    SilenceProcedureProjection(SilenceProcedureRows rows, ProceduresAsOf asOf, QueryUpdateEmitter updates,
                               Clock clock, LiveUpdates live) {
        this.rows = rows;
        this.asOf = asOf;
        this.updates = updates;
        this.clock = clock;
        this.live = live;
        live.publishWith(TOPIC, this::publish);
        live.publishWith(NOTICE_TOPIC, this::publishProcedure);
    }

    @EventHandler
    void on(SilenceProcedureEvent event, @SequenceNumber long sequence, ReplayStatus replay) {
        SilenceProcedureState state;
        if (event instanceof SilenceProcedureStarted started) {
            if (rows.load(started.procedureId()).isPresent()) {
                return; // seen before: a redelivery
            }
            state = SilenceProcedureEvolution.started(started);
            rows.insert(state, sequence);
        } else {
            SilenceProcedureRows.Stored stored = rows.load(event.procedureId()).orElseThrow(
                    () -> new IllegalStateException("Silence procedure view " + event.procedureId() + " is missing"));
            if (sequence <= stored.lastSequence()) {
                return; // seen before: a redelivery or a replay over existing rows
            }
            state = stored.state();
            SilenceProcedureEvolution.apply(state, event);
            rows.update(state, stored.lastSequence(), sequence);
        }
        if (!replay.isReplay()) {
            live.changed(event instanceof NoticeDelivered ? NOTICE_TOPIC : TOPIC, state.procedureId);
        }
    }

    /** Sends the procedure as it now stands to those who follow its meeting's procedures, and tells the inboxes. */
    private void publish(String procedureId) {
        rows.load(procedureId).ifPresent(stored -> {
            emitProcedure(stored.state());
            tellInboxes(stored.state());
        });
    }

    private void publishProcedure(String procedureId) {
        rows.load(procedureId).ifPresent(stored -> emitProcedure(stored.state()));
    }

    private void emitProcedure(SilenceProcedureState state) {
        SilenceProcedureView view = SilenceProcedureView.of(state, clock.instant());
        updates.emit(FindMeetingProcedures.class,
                query -> query.asOf() == null && query.meetingId().equals(view.meetingId()), view);
    }

    /**
     * The inbox, as it now stands, of each addressee whose inbox someone follows: the procedure entered it, changed
     * in it or left it.
     */
    private void tellInboxes(SilenceProcedureState state) {
        Set<String> followed = Followers.of(updates, FindInbox.class).stream().map(FindInbox::memberId)
                .collect(Collectors.toSet());
        for (SilenceProcedureState.Addressee addressee : state.addressees) {
            if (followed.contains(addressee.memberId)) {
                Inbox inbox = handle(new FindInbox(addressee.memberId));
                updates.emit(FindInbox.class, query -> query.memberId().equals(inbox.memberId()), inbox);
            }
        }
    }

    @EventHandler
    void on(MeetingScheduled event, @SequenceNumber long sequence) {
        rows.meetingTimeZone(event.meetingId(), event.timeZone(), sequence);
    }

    @EventHandler
    void on(MeetingPlanRevised event, @SequenceNumber long sequence) {
        rows.meetingTimeZone(event.meetingId(), event.timeZone(), sequence);
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }

    @QueryHandler
    List<SilenceProcedureView> handle(FindMeetingProcedures query) {
        if (query.asOf() != null) {
            return views(asOf.ofMeeting(query.meetingId(), query.asOf()), query.asOf());
        }
        return views(rows.ofMeeting(query.meetingId()), clock.instant());
    }

    @QueryHandler
    Optional<SilenceProcedureView> handle(FindSilenceProcedure query) {
        if (query.asOf() != null) {
            return asOf.procedure(query.procedureId(), query.asOf())
                    .map(state -> SilenceProcedureView.of(state, query.asOf()));
        }
        return rows.load(query.procedureId()).map(stored -> SilenceProcedureView.of(stored.state(), clock.instant()));
    }

    @QueryHandler
    Inbox handle(FindInbox query) {
        Instant now = clock.instant();
        return new Inbox(query.memberId(), rows.openFor(query.memberId()).stream()
                .map(open -> Inbox.item(open.state(), query.memberId(), open.meetingTimeZone(), now))
                .toList());
    }

    @QueryHandler
    MemberRecord handle(FindMemberRecord query) {
        Instant now = clock.instant();
        return new MemberRecord(query.memberId(), rows.circulatedTo(query.memberId()).stream()
                .map(row -> MemberRecord.entry(row.state(), query.memberId(), row.meetingTimeZone(), now))
                .sorted(NEWEST_FIRST)
                .toList());
    }

    private static List<SilenceProcedureView> views(List<SilenceProcedureState> states, Instant now) {
        return states.stream().map(state -> SilenceProcedureView.of(state, now)).sorted(ORDER).toList();
    }
}
