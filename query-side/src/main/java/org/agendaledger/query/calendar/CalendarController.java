package org.agendaledger.query.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import org.agendaledger.query.meeting.MeetingQueries.FindMeeting;
import org.agendaledger.query.meeting.MeetingSummary;
import org.agendaledger.query.silence.Inbox;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindInbox;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The calendars a calendar client reads ({@code text/calendar}, iCalendar): a meeting's plenary slots with their
 * agenda items, for anyone signed in; and a Bureau member's open silence-procedure deadlines, which their calendar
 * client subscribes to with the member's personal token (it cannot sign in), or which the member reads signed in.
 */
@RestController
@Tag(name = "Calendars", description = "iCalendar files: a meeting's plenary slots, a Bureau member's open deadlines")
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    /** How often a subscribed client should fetch the deadlines again: a new procedure may have a short period. */
    private static final Duration REFRESH = Duration.ofHours(1);
    private static final String MEMBER_AUTHORITY_PREFIX = "MEMBER:";

    private final QueryGateway queries;
    private final CalendarTokens tokens;

    CalendarController(QueryGateway queries, CalendarTokens tokens) {
        this.queries = queries;
        this.tokens = tokens;
    }

    @ReadsFrom(ReadModel.AGENDA_VIEW)
    @GetMapping("/api/meetings/{meetingId}/calendar.ics")
    @Operation(summary = "The meeting's plenary slots as a calendar: one event per slot of the organization of work",
            description = "An iCalendar file (METHOD:PUBLISH): each slot at its times in the meeting's time zone "
                    + "(TZID with its VTIMEZONE), its agenda items in the summary and, with their titles, in the "
                    + "description, the venue, a link to the meeting's page. A slot's UID is derived from the "
                    + "meeting and the slot, so importing the file again updates the events instead of adding new "
                    + "ones.")
    @ApiResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = "text/calendar"))
    @ApiResponse(responseCode = "404", description = "An unknown meeting")
    ResponseEntity<byte[]> meeting(@PathVariable String meetingId) {
        AgendaView agenda = queries.query(FindAgenda.current(meetingId),
                ResponseTypes.optionalInstanceOf(AgendaView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no meeting '%s'.".formatted(meetingId)));
        return calendar(MeetingCalendar.ics(agenda, address("/meetings/" + meetingId), Instant.now()),
                meetingId + ".ics", CacheControl.noCache());
    }

    @ReadsFrom({ReadModel.SILENCE_PROCEDURES, ReadModel.MEETING_VIEW})
    @GetMapping("/api/me/deadlines.ics")
    @Operation(summary = "A Bureau member's open silence-procedure deadlines as a calendar to subscribe to",
            description = "One event per open procedure addressed to the member, at its deadline in the meeting's "
                    + "time zone: \"Silence procedure ends: …\", the text under silence, how to break silence and "
                    + "a link to the procedure, reminders a day and an hour before; its UID is the procedure's, so "
                    + "an extended deadline moves the event. A calendar client passes the member's personal token "
                    + "(POST /api/me/calendar-token) and needs no other sign-in; without a token, a Bureau member "
                    + "signed in reads their own. A token that was never issued, was replaced or was revoked: 404.")
    @ApiResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = "text/calendar"))
    @ApiResponse(responseCode = "404", description = "A token that is not (or no longer) a member's")
    ResponseEntity<byte[]> deadlines(@Parameter(description = "the member's personal calendar token")
    @RequestParam(required = false) String token,
                                     Authentication reader) {
        String memberId = token != null ? tokens.memberOf(token).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No calendar has this address: its link was replaced or revoked. A Bureau "
                        + "member gets a new link on their inbox page."))
                : ownMember(reader);
        Inbox inbox = queries.query(new FindInbox(memberId), ResponseTypes.instanceOf(Inbox.class)).join();
        Instant now = Instant.now();
        IcsFile file = new IcsFile("Silence procedures open for " + memberId).refreshedEvery(REFRESH);
        Map<String, String> meetings = new HashMap<>();
        for (Inbox.Item item : inbox.items()) {
            String meeting = meetings.computeIfAbsent(item.meetingId(), this::meetingName);
            file.add(DeadlineCalendar.event(file, item.procedureId(),
                    DeadlineCalendar.subject(item.subject().kind(), item.subject().version(), meeting), item.text(),
                    item.deadline().instant(), ZoneId.of(item.deadline().timeZone()),
                    address("/procedures/" + item.procedureId()), now));
        }
        // its address holds the member's token: no cache keeps it
        return calendar(file.bytes(), "deadlines.ics", CacheControl.noStore());
    }

    private static ResponseEntity<byte[]> calendar(byte[] ics, String fileName, CacheControl cache) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .body(ics);
    }

    private String meetingName(String meetingId) {
        Optional<MeetingSummary> meeting = queries.query(new FindMeeting(meetingId, null),
                ResponseTypes.optionalInstanceOf(MeetingSummary.class)).join();
        return meeting.map(m -> m.body() + ", " + m.ordinal()).orElse(null);
    }

    /** A page of the application, at the address the reader reached it by. */
    static URI address(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUri();
    }

    /** The member a signed-in reader acts for; only a Bureau member has deadlines of their own. */
    static String ownMember(Authentication reader) {
        return Optional.ofNullable(reader).stream().flatMap(r -> r.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith(MEMBER_AUTHORITY_PREFIX))
                .map(a -> a.substring(MEMBER_AUTHORITY_PREFIX.length())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only a Bureau member has deadlines of their own."));
    }
}
