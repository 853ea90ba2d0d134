package org.agendaledger.query.decision;

import org.agendaledger.events.EventMetaData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;
import org.agendaledger.query.history.MeetingHistory;
import org.axonframework.eventhandling.EventMessage;

/**
 * Which events are decisions, and what each says. Pure: the stored trail and the trail "as of" an instant map the
 * same events through the same code.
 *
 * <p>The Bureau's approvals are read from the meeting's stream, which records them on the exact version and hash.
 * A broken or withdrawn procedure is read from the procedure's own stream instead: the meeting's
 * {@code SubjectReleasedFromSilence} is written by the process as actor {@code system} and knows neither the member
 * who broke silence nor who withdrew the procedure and why. The procedure's events do not name the meeting; its
 * first event does, which is why the mapping looks back at the {@link Circulation}.
 *
 * <p>A decision by silence procedure also shows who was told of the circulation and when. The notices are
 * recorded in the procedure's stream, often after the decision: they are kept apart ({@link CirculationNotice}) and
 * joined to the decision when the trail is read, so a notice recorded late shows on a decision already listed.
 */
public final class DecisionMapping {

    private DecisionMapping() {
    }

    /** The circulation a silence procedure's first event announces; empty for every other event. */
    static Optional<Circulation> circulation(Object payload) {
        if (payload instanceof SilenceProcedureStarted started) {
            return Optional.of(new Circulation(started.procedureId(), started.meetingId(), started.subject(),
                    started.addressees().stream().map(Addressee::memberId).toList()));
        }
        return Optional.empty();
    }

    /** What became of a notice circulating the text to an addressee; empty for every other event and notice. */
    static Optional<CirculationNotice> circulationNotice(Object payload) {
        if (payload instanceof NoticeDelivered e && e.memberId() != null
                && (e.kind() == NoticeKind.CIRCULATION || e.kind() == NoticeKind.RECIRCULATION)) {
            return Optional.of(new CirculationNotice(e.noticeId(), e.memberId(), e.outcome(),
                    e.acceptedAt() == null ? null : micros(e.acceptedAt())));
        }
        return Optional.empty();
    }

    /**
     * Each addressee of a circulation (then anyone else a circulation notice went to) and whether they were told:
     * accepted by the mail server, the earliest acceptance; otherwise the fate of their latest notice; nothing while
     * none is recorded. {@code notices} are in the order recorded; a notice recorded again for the same member
     * replaces the earlier record and counts as the latest.
     */
    static List<Decision.Notified> notified(List<String> addressees, List<CirculationNotice> notices) {
        Map<String, CirculationNotice> latest = new LinkedHashMap<>();
        for (CirculationNotice notice : notices) {
            String key = notice.noticeId() + "\u0000" + notice.memberId();
            latest.remove(key);
            latest.put(key, notice);
        }
        List<String> members = new ArrayList<>(addressees);
        latest.values().stream().map(CirculationNotice::memberId).filter(m -> !members.contains(m)).distinct()
                .forEach(members::add);
        return members.stream().map(member -> {
            List<CirculationNotice> told = latest.values().stream().filter(n -> n.memberId().equals(member))
                    .toList();
            Optional<CirculationNotice> accepted = told.stream()
                    .filter(n -> n.outcome() == NoticeOutcome.ACCEPTED)
                    .min(Comparator.comparing(CirculationNotice::acceptedAt,
                            Comparator.nullsLast(Comparator.naturalOrder())));
            CirculationNotice which = accepted.orElse(told.isEmpty() ? null : told.get(told.size() - 1));
            return which == null ? new Decision.Notified(member, null, null)
                    : new Decision.Notified(member, which.outcome(), which.acceptedAt());
        }).toList();
    }

    /** The decision an event records; empty for the events that decide nothing. */
    static Optional<Decision> decision(EventMessage<?> event, Precedents precedents) {
        return what(event.getPayload(), precedents).map(what -> new Decision(event.getIdentifier(), what.meetingId(),
                what.kind(), what.description(), what.subject(), what.version(), what.contentHash(),
                what.procedureId(), what.outcome(), what.document(), what.amendments(),
                text(event, EventMetaData.ACTOR),
                text(event, EventMetaData.ROLE),
                what.memberId() != null ? what.memberId() : text(event, EventMetaData.MEMBER_ID),
                micros(MeetingHistory.businessTime(event)), micros(event.getTimestamp()),
                text(event, EventMetaData.CORRELATION_ID), List.of()));
    }

    /** The database keeps microseconds; cut the clock's nanoseconds so the stored and the replayed trail agree. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A meeting's trail from its history: the meeting's events and its procedures' events in recording order. The
     * answer is in business order, ties in recording order, as the stored trail is read.
     */
    public static List<Decision> trail(List<? extends EventMessage<?>> history) {
        Map<String, Circulation> circulations = new HashMap<>();
        Map<String, List<CirculationNotice>> notices = new HashMap<>();
        List<Decision> trail = new ArrayList<>();
        Precedents precedents = new Precedents() {
            @Override
            public Optional<Circulation> circulation(String procedureId) {
                return Optional.ofNullable(circulations.get(procedureId));
            }

            @Override
            public Optional<Decision> latest(String meetingId, DecisionKind kind) {
                return trail.stream().filter(d -> d.meetingId().equals(meetingId) && d.kind() == kind)
                        .max(inBusinessOrder());
            }
        };
        for (EventMessage<?> event : history) {
            circulation(event.getPayload()).ifPresent(c -> circulations.putIfAbsent(c.procedureId(), c));
            decision(event, precedents).ifPresent(trail::add);
            if (event.getPayload() instanceof NoticeDelivered delivered) {
                circulationNotice(delivered).ifPresent(n -> notices
                        .computeIfAbsent(delivered.procedureId(), id -> new ArrayList<>()).add(n));
            }
        }
        trail.sort(inBusinessOrder()); // stable: equal instants keep the order of recording
        return trail.stream().map(d -> d.procedureId() == null ? d : d.withNotified(notified(
                Optional.ofNullable(circulations.get(d.procedureId())).map(Circulation::addressees)
                        .orElse(List.of()),
                notices.getOrDefault(d.procedureId(), List.of())))).toList();
    }

    static Comparator<Decision> inBusinessOrder() {
        return Comparator.comparing(Decision::businessTime).thenComparing(Decision::recordedAt);
    }

    /** The decision without the envelope: what, on which version, how, and the member when it is not the actor's. */
    private record What(String meetingId, DecisionKind kind, String description, SubjectKind subject,
                        Integer version, String contentHash, String procedureId, Outcome outcome, String document,
                        List<String> amendments, String memberId) {
    }

    private static Optional<What> what(Object payload, Precedents precedents) {
        if (payload instanceof MeetingPlanConfirmed e) {
            return Optional.of(bySilence(e.meetingId(), DecisionKind.MEETING_PLAN_CONFIRMED,
                    "The Bureau confirmed version %d of the meeting plan by silence procedure %s, unbroken at its "
                            + "deadline.",
                    SubjectKind.MEETING_PLAN, e.planVersion(), e.planHash(), e.procedureId()));
        } else if (payload instanceof SubstantiveTopicsApproved e) {
            return Optional.of(bySilence(e.meetingId(), DecisionKind.TOPICS_APPROVED,
                    "The Bureau approved version %d of the substantive topics by silence procedure %s, unbroken at "
                            + "its deadline.",
                    SubjectKind.SUBSTANTIVE_TOPICS, e.topicsVersion(), e.contentHash(),
                    e.procedureId()));
        } else if (payload instanceof AgendaVersionApproved e) {
            return Optional.of(bySilence(e.meetingId(), DecisionKind.AGENDA_VERSION_APPROVED,
                    "The Bureau approved version %d of the draft agenda by silence procedure %s, unbroken at its "
                            + "deadline.",
                    SubjectKind.AGENDA, e.agendaVersion(), e.contentHash(), e.procedureId()));
        } else if (payload instanceof SilenceBroken e) {
            Circulation c = circulated(e.procedureId(), precedents);
            String description = "Member %s broke silence on %s with %s%s (silence procedure %s): the proposal is not "
                    + "approved.";
            return Optional.of(new What(c.meetingId(), DecisionKind.SILENCE_BROKEN,
                    description.formatted(e.memberId(), subject(c.subject()), breach(e.kind()),
                            received(e.channel(), e.reference()), e.procedureId()),
                    c.subject().kind(), c.subject().version(), c.subject().contentHash(), e.procedureId(),
                    Outcome.SILENCE_BROKEN, null, List.of(), e.memberId()));
        } else if (payload instanceof SilenceProcedureWithdrawn e) {
            Circulation c = circulated(e.procedureId(), precedents);
            String reason = e.reason() == null || e.reason().isBlank() ? "." : ": " + e.reason().strip();
            return Optional.of(new What(c.meetingId(), DecisionKind.PROCEDURE_WITHDRAWN,
                    "Silence procedure %s on %s was withdrawn before its deadline%s"
                            .formatted(e.procedureId(), subject(c.subject()), reason),
                    c.subject().kind(), c.subject().version(), c.subject().contentHash(), e.procedureId(),
                    Outcome.WITHDRAWN, null, List.of(), null));
        } else if (payload instanceof ProvisionalAgendaIssued e) {
            return Optional.of(new What(e.meetingId(), DecisionKind.PROVISIONAL_AGENDA_ISSUED,
                    ("The secretariat issued the annotated provisional agenda %s, dated %s, on version %d of the "
                            + "agenda.").formatted(e.symbol(), e.dateOfIssue(), e.agendaVersion()),
                    SubjectKind.AGENDA, e.agendaVersion(), e.contentHash(), null, Outcome.ISSUED_BY_THE_SECRETARIAT,
                    e.symbol(), List.of(), null));
        } else if (payload instanceof AgendaAdopted e) {
            List<String> amendments = e.amendments() == null ? List.of()
                    : e.amendments().stream().map(OralAmendment::text).toList();
            String how = e.asIssued() ? "as issued" : "as orally amended: " + String.join("; ", amendments);
            return Optional.of(new What(e.meetingId(), DecisionKind.AGENDA_ADOPTED,
                    "The meeting adopted its agenda (version %d) %s.".formatted(e.agendaVersion(), how),
                    SubjectKind.AGENDA, e.agendaVersion(), e.contentHash(), null, Outcome.ADOPTED_BY_THE_MEETING,
                    null, amendments, null));
        } else if (payload instanceof ReportAdopted e) {
            // the report seals the agenda the meeting adopted; the event itself names no version
            Optional<Decision> agenda = precedents.latest(e.meetingId(), DecisionKind.AGENDA_ADOPTED);
            Integer version = agenda.map(Decision::version).orElse(null);
            String report = e.reportSymbol() == null ? "its report" : "its report " + e.reportSymbol();
            String sealed = version == null ? "" : ", sealing version %d of its agenda".formatted(version);
            return Optional.of(new What(e.meetingId(), DecisionKind.REPORT_ADOPTED,
                    "The meeting adopted %s and closed%s.".formatted(report, sealed), SubjectKind.AGENDA, version,
                    agenda.map(Decision::contentHash).orElse(null), null, Outcome.ADOPTED_BY_THE_MEETING,
                    e.reportSymbol(), List.of(), null));
        }
        return Optional.empty();
    }

    private static What bySilence(String meetingId, DecisionKind kind, String sentence, SubjectKind subject,
                                  int version, String hash, String procedureId) {
        return new What(meetingId, kind, sentence.formatted(version, procedureId), subject, version, hash,
                procedureId, Outcome.APPROVED, null, List.of(), null);
    }

    private static Circulation circulated(String procedureId, Precedents precedents) {
        // a procedure's start is the first event of its own stream, so it is always known before its outcome
        return precedents.circulation(procedureId).orElseThrow(() -> new IllegalStateException(
                "Silence procedure " + procedureId + " has an outcome but no recorded start"));
    }

    private static String subject(SilenceSubject subject) {
        String what = switch (subject.kind()) {
            case MEETING_PLAN -> "the meeting plan";
            case SUBSTANTIVE_TOPICS -> "the substantive topics";
            case AGENDA -> "the draft agenda";
        };
        return "version %d of %s".formatted(subject.version(), what);
    }

    private static String breach(BreachKind kind) {
        return kind == BreachKind.AMENDMENT ? "a proposed amendment" : "an objection";
    }

    private static String received(Channel channel, String reference) {
        if (channel == null || channel == Channel.ONLINE) {
            return "";
        }
        String by = switch (channel) {
            case LETTER -> " received by letter";
            case EMAIL -> " received by e-mail";
            case NOTE_VERBALE -> " received by note verbale";
            case ONLINE -> "";
        };
        return reference == null || reference.isBlank() ? by : by + " (" + reference.strip() + ")";
    }

    private static String text(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
