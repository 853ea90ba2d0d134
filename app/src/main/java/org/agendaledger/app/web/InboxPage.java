package org.agendaledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.agendaledger.query.calendar.CalendarTokens;
import org.agendaledger.query.silence.Inbox;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindInbox;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A Bureau member's inbox: the open silence procedures circulated to them, deadlines in the meeting's zone; and
 * their calendar link, the personal address their calendar client subscribes to for these deadlines: obtained
 * (or replaced, which stops the old one) and shown once, or revoked.
 */
@Controller
class InboxPage {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm",
            Locale.ENGLISH);

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final QueryGateway queries;
    private final MeetingReads reads;
    private final CalendarTokens calendarTokens;

    InboxPage(QueryGateway queries, MeetingReads reads, CalendarTokens calendarTokens) {
        this.queries = queries;
        this.reads = reads;
        this.calendarTokens = calendarTokens;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        Viewer viewer = Viewer.current().orElseThrow();
        Inbox inbox = queries.query(new FindInbox(viewer.memberId()), ResponseTypes.instanceOf(Inbox.class)).join();
        model.addAttribute("inbox", inbox);
        model.addAttribute("meetings", reads.names(inbox.items().stream().map(Inbox.Item::meetingId).toList()));
        model.addAttribute("format", new Formats());
        model.addAttribute("calendarIssued", calendarTokens.issuedAt(viewer.memberId()).map(ISSUED::format)
                .orElse(null));
        return "inbox";
    }

    /** A new calendar link, shown on this answer only (it is kept nowhere but as a hash); the old one stops. */
    @PostMapping("/inbox/calendar-link")
    String calendarLink(Model model, HttpServletResponse response) {
        Viewer viewer = Viewer.current().orElseThrow();
        CalendarTokens.Issued issued = calendarTokens.issue(viewer.memberId(),
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("calendarLink", issued.subscription().toString());
        return inbox(model);
    }

    @PostMapping("/inbox/calendar-link/revoke")
    String revokeCalendarLink(RedirectAttributes redirect) {
        Viewer viewer = Viewer.current().orElseThrow();
        redirect.addFlashAttribute("notice", calendarTokens.revoke(viewer.memberId())
                ? "Your calendar link was revoked: your calendar no longer receives your deadlines."
                : "You had no calendar link.");
        return "redirect:/inbox";
    }

    /** Formatting helpers for the inbox template. */
    public static class Formats {

        public String deadline(OffsetDateTime local) {
            return local == null ? "" : DEADLINE.format(local);
        }

        public String offset(OffsetDateTime local) {
            return local == null ? "" : "UTC" + (local.getOffset().getTotalSeconds() == 0 ? "" : local.getOffset());
        }

        public String timeLeft(Duration left) {
            if (left == null || left.isZero() || left.isNegative()) {
                return "deadline passed";
            }
            long days = left.toDays();
            long hours = left.toHoursPart();
            long minutes = left.toMinutesPart();
            if (days > 0) {
                return "%d day%s %d h".formatted(days, days == 1 ? "" : "s", hours);
            }
            return hours > 0 ? "%d h %d min".formatted(hours, minutes) : "%d min".formatted(Math.max(1, minutes));
        }
    }
}
