package org.agendaledger.app.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.SubjectCirculatedUnderSilence;
import org.agendaledger.events.silence.SilenceProcedureEvent;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.agenda.AgendaViewProjection;
import org.agendaledger.query.decision.Decision;
import org.agendaledger.query.decision.DecisionMapping;
import org.agendaledger.query.history.MeetingHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code audit replay <file.jsonl> --as-of <instant> [--meeting <id>]}: the agenda and the decisions of each meeting
 * in an export as they stood at an instant of business time, rebuilt on the auditor's own machine by the same code
 * that builds the application's read models; under each decision by silence procedure, whether each addressee was
 * told of the circulation and when. The export is verified first (hash chain, checkpoints, head) and
 * the result printed.
 */
final class OfflineReplay implements AuditSubcommand {

    /** Only the application's own event records are ever instantiated from a file. */
    private static final String EVENTS_PACKAGE = "org.agendaledger.events.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String arguments() {
        return "<file.jsonl> --as-of <instant> [--meeting <id>]";
    }

    @Override
    public String summary() {
        return "print the agenda and the decisions of each meeting as they stood at an instant, from an export";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.size() != 3 && arguments.size() != 5 || !"--as-of".equals(arguments.get(1))
                || arguments.size() == 5 && !"--meeting".equals(arguments.get(3))) {
            return AuditCommandLine.usage(out, "audit replay takes a file, --as-of <instant> and optionally "
                    + "--meeting <id>.");
        }
        Instant asOf;
        try {
            asOf = java.time.OffsetDateTime.parse(arguments.get(2)).toInstant();
        } catch (DateTimeParseException e) {
            return AuditCommandLine.usage(out, "'%s' is not an ISO instant such as 2020-09-10T12:00:00+02:00."
                    .formatted(arguments.get(2)));
        }
        String onlyMeeting = arguments.size() == 5 ? arguments.get(4) : null;
        Path file = Path.of(arguments.get(0));

        List<StoredEvent> stored = new ArrayList<>();
        IntegrityReport integrity;
        try {
            integrity = ExportVerification.verify(file, null, stored::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            out.printf("Cannot read %s: %s%n", file,
                    e instanceof NoSuchFileException ? "there is no such file" : e.getMessage());
            return AuditCommandLine.USAGE;
        }
        int problems = integrity.brokenLinks().size() + integrity.checkpoints().problems().size();
        out.printf("Export %s: %s (%d events, %d streams, %d checkpoints).%n", file,
                integrity.ok() ? "hash chain verified" : "HASH CHAIN BROKEN in " + problems
                        + " places — run 'audit verify' for details; what follows rests on altered data",
                integrity.events(), integrity.streams(), integrity.checkpoints().checked());
        out.printf("As of %s (business time).%n", asOf);

        List<DomainEventMessage<?>> events;
        try {
            events = stored.stream().<DomainEventMessage<?>>map(OfflineReplay::message).toList();
        } catch (IllegalArgumentException e) {
            out.println("Cannot replay the export: " + e.getMessage());
            return AuditCommandLine.USAGE;
        }
        Map<String, List<DomainEventMessage<?>>> meetings = byMeeting(events, asOf);
        if (onlyMeeting != null) {
            meetings.keySet().retainAll(List.of(onlyMeeting));
        }
        if (meetings.isEmpty()) {
            out.println(onlyMeeting == null ? "No meeting existed at that instant."
                    : "Meeting '%s' did not exist at that instant.".formatted(onlyMeeting));
        }
        meetings.forEach((meetingId, history) -> print(meetingId, history, out));
        return integrity.ok() ? AuditCommandLine.OK : AuditCommandLine.BROKEN;
    }

    /** Each meeting's own events and its procedures' events, whose business time is at or before the instant. */
    private static Map<String, List<DomainEventMessage<?>>> byMeeting(List<DomainEventMessage<?>> events,
                                                                      Instant asOf) {
        Map<String, String> meetingOfProcedure = new LinkedHashMap<>();
        events.forEach(e -> {
            if (e.getPayload() instanceof SubjectCirculatedUnderSilence circulated) {
                meetingOfProcedure.put(circulated.procedureId(), circulated.meetingId());
            }
        });
        Map<String, List<DomainEventMessage<?>>> meetings = new LinkedHashMap<>();
        for (DomainEventMessage<?> event : events) {
            if (MeetingHistory.businessTime(event).isAfter(asOf)) {
                continue;
            }
            String meetingId = null;
            if (event.getPayload() instanceof MeetingEvent meetingEvent) {
                meetingId = meetingEvent.meetingId();
            } else if (event.getPayload() instanceof SilenceProcedureEvent procedureEvent) {
                meetingId = meetingOfProcedure.get(procedureEvent.procedureId());
            }
            if (meetingId != null) {
                meetings.computeIfAbsent(meetingId, id -> new ArrayList<>()).add(event);
            }
        }
        meetings.values().removeIf(history -> AgendaViewProjection.replayed(history).isEmpty());
        return meetings;
    }

    private static void print(String meetingId, List<DomainEventMessage<?>> history, PrintStream out) {
        AgendaView agenda = AgendaViewProjection.replayed(history).orElseThrow();
        out.println();
        out.printf("== Meeting %s: %s, %s, %s (%s to %s)%n", meetingId, agenda.body(), agenda.ordinal(),
                agenda.venue(), agenda.startDate(), agenda.endDate());
        out.printf("Status: %s; agenda version %d, %s%n", agenda.status(), agenda.version(),
                agenda.contentHash() == null ? "no agenda yet" : agenda.contentHash());
        if (agenda.issued() != null) {
            out.printf("Issued as %s on %s (Distr.: %s; Original: %s)%n", agenda.issued().symbol(),
                    agenda.issued().dateOfIssue(), agenda.issued().distribution(), agenda.issued().originalLanguage());
        }
        if (agenda.adopted() != null) {
            out.printf("Adopted by the meeting %s at %s%n", agenda.adopted().asIssued() ? "as issued"
                    : "as orally amended", agenda.adopted().adoptedAt());
        }
        if (agenda.reportAdoptedAt() != null) {
            out.printf("Report adopted at %s; the meeting is closed%n", agenda.reportAdoptedAt());
        }
        if (!agenda.items().isEmpty()) {
            out.println("Agenda:");
            for (AgendaView.Item item : agenda.items()) {
                out.printf("  %s. %s%n", item.number(), item.title());
                item.subItems().forEach(s -> out.printf("     %s %s%n", s.letter(), s.title()));
            }
        }
        List<Decision> decisions = DecisionMapping.trail(history);
        out.println("Decisions:");
        if (decisions.isEmpty()) {
            out.println("  none yet");
        }
        for (Decision decision : decisions) {
            out.printf("  %s  %s — %s (by %s%s)%n", decision.businessTime(), decision.kind(),
                    decision.description(), decision.actor(),
                    decision.procedureId() == null ? "" : ", procedure " + decision.procedureId());
            for (Decision.Notified notified : decision.notified()) {
                out.printf("      %s: %s%n", notified.memberId(), told(notified));
            }
        }
    }

    /** Whether an addressee was told of the circulation, as the trail lists it. */
    private static String told(Decision.Notified notified) {
        if (notified.outcome() == null) {
            return "no notice of the circulation recorded";
        }
        return switch (notified.outcome()) {
            case ACCEPTED -> "notified of the circulation at " + notified.acceptedAt();
            case NO_ADDRESS -> "not notified: no address";
            case HELD_IN_OUTBOX -> "held in the outbox (no mail server)";
            case REFUSED -> "refused by the mail server";
        };
    }

    private static DomainEventMessage<?> message(StoredEvent event) {
        if (!event.payloadType().startsWith(EVENTS_PACKAGE)) {
            throw new IllegalArgumentException("event type '%s' is not one of Agenda Ledger's events"
                    .formatted(event.payloadType()));
        }
        Object payload;
        try {
            payload = JSON.treeToValue(event.payload(), Class.forName(event.payloadType()));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown event type '%s'".formatted(event.payloadType()));
        }
        Map<String, Object> metaData = new LinkedHashMap<>();
        if (event.metaData() != null) {
            for (Map.Entry<String, JsonNode> entry : event.metaData().properties()) {
                metaData.put(entry.getKey(), entry.getValue().isString() ? entry.getValue().stringValue()
                        : entry.getValue().toString());
            }
        }
        Instant recorded = event.timestamp() == null ? Instant.EPOCH : Instant.parse(event.timestamp());
        return new GenericDomainEventMessage<>(event.aggregateType(), event.aggregateId(), event.sequenceNumber(),
                new org.axonframework.messaging.GenericMessage<>(event.eventId() == null
                        ? java.util.UUID.randomUUID().toString() : event.eventId(), payload,
                        MetaData.from(metaData)),
                () -> recorded);
    }
}
