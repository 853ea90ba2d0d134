package org.agendaledger.command.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendaledger.command.api.Accepted;
import org.agendaledger.command.api.CommandDispatch;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.api.LedgerId;
import org.agendaledger.command.api.MultiLine;
import org.agendaledger.command.api.OneLine;
import org.agendaledger.command.meeting.MeetingCommands.AdoptAgenda;
import org.agendaledger.command.meeting.MeetingCommands.AdoptReport;
import org.agendaledger.command.meeting.MeetingCommands.AssignSlot;
import org.agendaledger.command.meeting.MeetingCommands.IssueProvisionalAgenda;
import org.agendaledger.command.meeting.MeetingCommands.OpenMeeting;
import org.agendaledger.command.meeting.MeetingCommands.ProposeSubstantiveTopics;
import org.agendaledger.command.meeting.MeetingCommands.ReviseMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.meeting.MeetingCommands.UnassignSlot;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.PlenarySlot;
import org.agendaledger.events.meeting.Topic;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "Plan, topics, organization of work and lifecycle of a meeting")
class MeetingController {

    // the request records keep their hand layout: each component under its constraints
    // @formatter:off
    record SlotRequest(@LedgerId String slotId, @NotNull LocalDate date, @NotNull LocalTime start,
                       @NotNull LocalTime end) {
    }

    record ScheduleRequest(@LedgerId String meetingId, @NotBlank @LedgerId String bureauId,
                           @NotBlank @Size(max = InputRules.NAME, message = InputRules.TOO_LONG) @OneLine String body,
                           @NotBlank @Size(max = InputRules.ORDINAL, message = InputRules.TOO_LONG) @OneLine
                           String ordinal,
                           @NotBlank @Size(max = InputRules.NAME, message = InputRules.TOO_LONG) @OneLine String venue,
                           @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                           @NotBlank @Size(max = InputRules.TIME_ZONE, message = InputRules.TOO_LONG) String timeZone,
                           @NotNull @Size(max = InputRules.SLOTS, message = InputRules.TOO_MANY) @Valid
                           List<SlotRequest> slots,
                           @NotEmpty @Size(max = InputRules.LANGUAGES, message = InputRules.TOO_MANY)
                           List<@NotBlank @Size(max = InputRules.LANGUAGE, message = InputRules.TOO_LONG) @OneLine
                                   String> languages,
                           @Size(max = InputRules.SYMBOL, message = InputRules.TOO_LONG) @OneLine String agendaSymbol) {
    }

    /** A revision changes the venue, dates, zone, slots, languages and symbol; never the body, Bureau or id. */
    record PlanRevisionRequest(@NotBlank @Size(max = InputRules.NAME, message = InputRules.TOO_LONG) @OneLine
                               String venue,
                               @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                               @NotBlank @Size(max = InputRules.TIME_ZONE, message = InputRules.TOO_LONG)
                               String timeZone,
                               @NotNull @Size(max = InputRules.SLOTS, message = InputRules.TOO_MANY) @Valid
                               List<SlotRequest> slots,
                               @NotEmpty @Size(max = InputRules.LANGUAGES, message = InputRules.TOO_MANY)
                               List<@NotBlank @Size(max = InputRules.LANGUAGE, message = InputRules.TOO_LONG)
                               @OneLine String> languages,
                               @Size(max = InputRules.SYMBOL, message = InputRules.TOO_LONG) @OneLine
                               String agendaSymbol) {
    }

    record TopicRequest(@LedgerId String topicId,
                        @NotBlank @Size(max = InputRules.TITLE, message = InputRules.TOO_LONG) @OneLine String title) {
    }

    record TopicsRequest(@NotEmpty @Size(max = InputRules.TOPICS, message = InputRules.TOO_MANY) @Valid
                         List<TopicRequest> topics) {
    }

    record IssueRequest(@NotBlank @Size(max = InputRules.SYMBOL, message = InputRules.TOO_LONG) @OneLine
                        String symbol,
                        @NotNull LocalDate dateOfIssue,
                        @Schema(description = "As printed after \"Distr.:\"", allowableValues = {"General", "Limited",
                                "Restricted"})
                        @NotBlank @Size(max = InputRules.LANGUAGE, message = InputRules.TOO_LONG) @OneLine
                        String distribution,
                        @Schema(description = "One of the meeting's languages, as printed after \"Original:\"")
                        @NotBlank @Size(max = InputRules.LANGUAGE, message = InputRules.TOO_LONG) @OneLine
                        String originalLanguage) {
    }

    record AssignmentRequest(@NotBlank @LedgerId String itemId, @LedgerId String subItemId,
                             @PositiveOrZero @Max(InputRules.POSITION) Integer position) {
    }

    record AmendmentRequest(@NotBlank @Size(max = InputRules.AMENDMENT, message = InputRules.TOO_LONG) @MultiLine
                            String text) {
    }

    record AdoptAgendaRequest(@Size(max = InputRules.AMENDMENTS, message = InputRules.TOO_MANY) @Valid
                              List<AmendmentRequest> amendments) {
    }

    record AdoptReportRequest(@Size(max = InputRules.SYMBOL, message = InputRules.TOO_LONG) @OneLine
                              String reportSymbol) {
    }
    // @formatter:on

    private final CommandDispatch dispatch;

    MeetingController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a meeting", description = "Body, ordinal, venue, dates, IANA time zone, plenary "
            + "slots (date, start, end in the meeting's time zone), languages and agenda document symbol.")
    Accepted schedule(@Valid @RequestBody ScheduleRequest request) {
        List<PlenarySlot> slots = slots(request.slots());
        String id = Ids.orNew(request.meetingId(), "meeting");
        return Accepted.of(id, dispatch.send(new ScheduleMeeting(id, request.bureauId(), request.body(),
                request.ordinal(), request.venue(), request.startDate(), request.endDate(), request.timeZone(), slots,
                request.languages(), request.agendaSymbol())));
    }

    @PutMapping("/{meetingId}/plan")
    @Operation(summary = "Revise the meeting plan (before the agenda is issued)")
    Accepted revisePlan(@PathVariable String meetingId, @Valid @RequestBody PlanRevisionRequest request) {
        List<PlenarySlot> slots = slots(request.slots());
        return Accepted.of(meetingId, dispatch.send(new ReviseMeetingPlan(meetingId, request.venue(),
                request.startDate(), request.endDate(), request.timeZone(), slots, request.languages(),
                request.agendaSymbol())));
    }

    @PostMapping("/{meetingId}/topics")
    @Operation(summary = "Propose the substantive topics of the meeting")
    Accepted proposeTopics(@PathVariable String meetingId, @Valid @RequestBody TopicsRequest request) {
        List<Topic> topics = request.topics().stream()
                .map(t -> new Topic(Ids.orNew(t.topicId(), "topic"), t.title())).toList();
        return Accepted.of(meetingId, dispatch.send(new ProposeSubstantiveTopics(meetingId, topics)));
    }

    @PostMapping("/{meetingId}/agenda/issue")
    @Operation(summary = "Issue the annotated provisional agenda", description = "Requires the substantive topics "
            + "approved by the Bureau.")
    Accepted issue(@PathVariable String meetingId, @Valid @RequestBody IssueRequest request) {
        return Accepted.of(meetingId, dispatch.send(
                new IssueProvisionalAgenda(meetingId, request.symbol(), request.dateOfIssue(), request.distribution(),
                        request.originalLanguage())));
    }

    @PostMapping("/{meetingId}/slots/{slotId}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "AssignSlot: place an agenda item or sub-item into a plenary slot")
    Accepted assign(@PathVariable String meetingId, @PathVariable String slotId,
                    @Valid @RequestBody AssignmentRequest request) {
        return Accepted.of(slotId, dispatch.send(new AssignSlot(meetingId, slotId, request.itemId(),
                request.subItemId(), request.position())));
    }

    @DeleteMapping("/{meetingId}/slots/{slotId}/assignments/{itemId}")
    @Operation(summary = "Take an agenda item (or, with subItemId, a sub-item) out of a plenary slot")
    Accepted unassign(@PathVariable String meetingId, @PathVariable String slotId, @PathVariable String itemId,
                      @RequestParam(required = false)
                      @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String subItemId) {
        return Accepted.of(slotId, dispatch.send(new UnassignSlot(meetingId, slotId, itemId, subItemId)));
    }

    @PostMapping("/{meetingId}/opening")
    @Operation(summary = "Open the meeting")
    Accepted open(@PathVariable String meetingId) {
        return Accepted.of(meetingId, dispatch.send(new OpenMeeting(meetingId)));
    }

    @PostMapping("/{meetingId}/agenda/adoption")
    @Operation(summary = "The meeting adopts its agenda", description = "As issued (no amendments) or as orally "
            + "amended (each amendment recorded).")
    Accepted adoptAgenda(@PathVariable String meetingId,
                         @Valid @RequestBody(required = false) AdoptAgendaRequest request) {
        List<OralAmendment> amendments = request == null || request.amendments() == null ? List.of()
                : request.amendments().stream().map(a -> new OralAmendment(a.text())).toList();
        return Accepted.of(meetingId, dispatch.send(new AdoptAgenda(meetingId, amendments)));
    }

    @PostMapping("/{meetingId}/report/adoption")
    @Operation(summary = "AdoptReport: the meeting adopts its report, closes, and its agenda is sealed")
    Accepted adoptReport(@PathVariable String meetingId,
                         @Valid @RequestBody(required = false) AdoptReportRequest request) {
        return Accepted.of(meetingId, dispatch.send(
                new AdoptReport(meetingId, request == null ? null : request.reportSymbol())));
    }

    /** The slots as the plan states them, each with its id or a new one; the plan's rules are the meeting's. */
    private static List<PlenarySlot> slots(List<SlotRequest> requested) {
        return requested.stream()
                .map(slot -> new PlenarySlot(Ids.orNew(slot.slotId(), "slot"), slot.date(), slot.start(), slot.end()))
                .toList();
    }
}
