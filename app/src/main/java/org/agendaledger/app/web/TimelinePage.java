package org.agendaledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import org.agendaledger.app.audit.IntegrityCheck;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.decision.Decision;
import org.agendaledger.query.decision.DecisionQueries.FindDecisions;
import org.agendaledger.query.audit.AuditEvent;
import org.agendaledger.query.audit.AuditPage;
import org.agendaledger.query.audit.AuditQueries;
import org.agendaledger.query.audit.AuditQueries.FindAuditEvents;
import org.agendaledger.query.meeting.MeetingQueries.FindMeeting;
import org.agendaledger.query.meeting.MeetingSummary;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMeetingProcedures;
import org.agendaledger.query.silence.SilenceProcedureView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages (open to everyone signed in, as the audit API is): a meeting's timeline of every recorded
 * event with filters, the meeting as it stood at an instant, and the integrity check of the whole store.
 */
@Controller
class TimelinePage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm:ss", Locale.ENGLISH);

    private final QueryGateway queries;
    private final ObjectProvider<IntegrityCheck> integrity;

    TimelinePage(QueryGateway queries, ObjectProvider<IntegrityCheck> integrity) {
        this.queries = queries;
        this.integrity = integrity;
    }

    @GetMapping("/meetings/{meetingId}/timeline")
    String timeline(@PathVariable String meetingId, @RequestParam(defaultValue = "") String type,
                    @RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String from,
                    @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String asOf,
                    Model model, HttpServletResponse response) {
        Optional<MeetingSummary> meeting = meeting(meetingId, null);
        if (meeting.isEmpty()) {
            return NotFound.meeting(model, response, meetingId);
        }
        ZoneId zone = ZoneId.of(meeting.get().timeZone());
        model.addAttribute("meeting", meeting.get());
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("asOf", asOf);
        model.addAttribute("when", new When(zone));
        AuditPage all = events(new FindAuditEvents(meetingId, null, null, null, null, 0,
                AuditQueries.MAX_PAGE_SIZE));
        model.addAttribute("types", new TreeSet<>(all.events().stream().map(AuditEvent::payloadType).toList()));
        model.addAttribute("actors", new TreeSet<>(all.events().stream().map(AuditEvent::actor)
                .filter(a -> a != null).toList()));
        Instant fromInstant = day(from, zone, false, model, "from");
        Instant toInstant = day(to, zone, true, model, "to");
        AuditPage page = events(new FindAuditEvents(meetingId, blankToNull(type), blankToNull(actor), fromInstant,
                toInstant, 0, AuditQueries.MAX_PAGE_SIZE));
        model.addAttribute("events", page.events());
        model.addAttribute("total", page.total());
        if (!asOf.isBlank()) {
            try {
                Instant instant = LocalDateTime.parse(asOf.trim()).atZone(zone).toInstant();
                model.addAttribute("asOfInstant", instant);
                model.addAttribute("pastMeeting", meeting(meetingId, instant).orElse(null));
                model.addAttribute("pastAgenda", query(new FindAgenda(meetingId, instant), AgendaView.class));
                model.addAttribute("pastProcedures", queries.query(new FindMeetingProcedures(meetingId, instant),
                        ResponseTypes.multipleInstancesOf(SilenceProcedureView.class)).join());
                model.addAttribute("pastDecisions", queries.query(new FindDecisions(meetingId, instant),
                        ResponseTypes.multipleInstancesOf(Decision.class)).join());
            } catch (DateTimeParseException e) {
                model.addAttribute("asOfError", "Give the moment as a date and time, e.g. 2020-04-30T12:00.");
            }
        }
        return "timeline";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        IntegrityCheck check = integrity.getIfAvailable();
        model.addAttribute("result", check == null ? null : check.verify());
        return "verify";
    }

    private Instant day(String text, ZoneId zone, boolean end, Model model, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            return end ? date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1)
                    : date.atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            model.addAttribute("filterError", "Write dates as YYYY-MM-DD.");
            return null;
        }
    }

    private AuditPage events(FindAuditEvents query) {
        return queries.query(query, ResponseTypes.instanceOf(AuditPage.class)).join();
    }

    private <T> T query(Object query, Class<T> type) {
        try {
            return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join().orElse(null);
        } catch (CompletionException e) {
            return null;
        }
    }

    private Optional<MeetingSummary> meeting(String meetingId, Instant asOf) {
        try {
            return queries.query(new FindMeeting(meetingId, asOf),
                    ResponseTypes.optionalInstanceOf(MeetingSummary.class)).join();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Instants written in the meeting's zone and in UTC. */
    public record When(ZoneId zone) {
        public String local(Instant instant) {
            return instant == null ? "" : WHEN.format(instant.atZone(zone));
        }

        public String utc(Instant instant) {
            return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.of("UTC"))) + " UTC";
        }
    }

}
