package org.agendaledger.app.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.agendaledger.query.silence.Inbox;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindInbox;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A Bureau member's inbox: the open silence procedures circulated to them, deadlines in the meeting's zone. */
@Controller
class InboxPage {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm",
            Locale.ENGLISH);

    private final QueryGateway queries;
    private final MeetingReads reads;

    InboxPage(QueryGateway queries, MeetingReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        Viewer viewer = Viewer.current().orElseThrow();
        Inbox inbox = queries.query(new FindInbox(viewer.memberId()), ResponseTypes.instanceOf(Inbox.class)).join();
        model.addAttribute("inbox", inbox);
        model.addAttribute("meetings", reads.names(inbox.items().stream().map(Inbox.Item::meetingId).toList()));
        model.addAttribute("format", new Formats());
        return "inbox";
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
