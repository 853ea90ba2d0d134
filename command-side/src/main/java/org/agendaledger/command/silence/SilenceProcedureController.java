package org.agendaledger.command.silence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import org.agendaledger.command.api.Accepted;
import org.agendaledger.command.api.CommandDispatch;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.api.LedgerId;
import org.agendaledger.command.api.MultiLine;
import org.agendaledger.command.api.OneLine;
import org.agendaledger.command.shared.StatedTimeZone;
import org.agendaledger.command.silence.SilenceCommands.ApproveViaSilenceProcedure;
import org.agendaledger.command.silence.SilenceCommands.BreakSilence;
import org.agendaledger.command.silence.SilenceCommands.CommentOnProposal;
import org.agendaledger.command.silence.SilenceCommands.ExtendSilenceDeadline;
import org.agendaledger.command.silence.SilenceCommands.RecirculateRevisedText;
import org.agendaledger.command.silence.SilenceCommands.StartSilenceProcedure;
import org.agendaledger.command.silence.SilenceCommands.WithdrawSilenceProcedure;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/silence-procedures")
@Tag(name = "Silence procedure", description = "Circulation to the Bureau, breaking silence, outcome")
class SilenceProcedureController {

    // the request records keep their hand layout: each component under its constraints
    // @formatter:off
    record StartRequest(@LedgerId String procedureId, @NotBlank @LedgerId String meetingId,
                        @NotNull SubjectKind subject,
                        @Size(max = InputRules.TEXT, message = InputRules.TOO_LONG) @MultiLine String text,
                        @NotNull LocalDateTime deadline,
                        @NotBlank @Size(max = InputRules.TIME_ZONE, message = InputRules.TOO_LONG) String timeZone) {
    }

    record RecirculateRequest(@LedgerId String procedureId,
                              @Size(max = InputRules.TEXT, message = InputRules.TOO_LONG) @MultiLine String text,
                              @NotNull LocalDateTime deadline,
                              @NotBlank @Size(max = InputRules.TIME_ZONE, message = InputRules.TOO_LONG)
                              String timeZone) {
    }

    record ObjectionRequest(@LedgerId String memberId, @NotNull BreachKind kind,
                            @NotBlank @Size(max = InputRules.TEXT, message = InputRules.TOO_LONG) @MultiLine
                            String text,
                            Channel channel,
                            @Size(max = InputRules.REFERENCE, message = InputRules.TOO_LONG) @OneLine
                            String reference) {
    }

    record CommentRequest(@LedgerId String memberId,
                          @NotBlank @Size(max = InputRules.TEXT, message = InputRules.TOO_LONG) @MultiLine String text,
                          Channel channel,
                          @Size(max = InputRules.REFERENCE, message = InputRules.TOO_LONG) @OneLine
                          String reference) {
    }

    record ExtendRequest(@NotNull LocalDateTime deadline,
                         @NotBlank @Size(max = InputRules.TIME_ZONE, message = InputRules.TOO_LONG) String timeZone,
                         @NotBlank @Size(max = InputRules.REASON, message = InputRules.TOO_LONG) @MultiLine
                         String reason) {
    }

    record WithdrawRequest(@NotBlank @Size(max = InputRules.REASON, message = InputRules.TOO_LONG) @MultiLine
                           String reason) {
    }
    // @formatter:on

    private final CommandDispatch dispatch;

    SilenceProcedureController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a silence procedure on the meeting plan, the topics or the current agenda version",
            description = "The deadline is a local date-time in the given IANA time zone, e.g. 2020-05-01T18:00 "
                    + "Europe/Vienna. The Bureau's current members become the frozen addressees.")
    Accepted start(@Valid @RequestBody StartRequest request) {
        Instant deadline = StatedTimeZone.instant(request.deadline(), request.timeZone());
        String id = Ids.orNew(request.procedureId(), "sp");
        return Accepted.of(id, dispatch.send(new StartSilenceProcedure(id, request.meetingId(), request.subject(),
                request.text(), deadline, request.timeZone())));
    }

    @PostMapping("/{procedureId}/recirculation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Re-circulate a revised text after silence was broken, as a new linked procedure")
    Accepted recirculate(@PathVariable String procedureId, @Valid @RequestBody RecirculateRequest request) {
        Instant deadline = StatedTimeZone.instant(request.deadline(), request.timeZone());
        String id = Ids.orNew(request.procedureId(), "sp");
        return Accepted.of(id, dispatch.send(new RecirculateRevisedText(id, procedureId, request.text(), deadline,
                request.timeZone())));
    }

    @PostMapping("/{procedureId}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Break silence with an objection or a proposed amendment",
            description = "A Bureau member acts only as themselves. The secretariat records a reaction received by "
                    + "letter, e-mail or note verbale, naming the member, the channel and a reference.")
    Accepted object(@PathVariable String procedureId, @Valid @RequestBody ObjectionRequest request) {
        return Accepted.of(procedureId, dispatch.send(new BreakSilence(procedureId, request.memberId(),
                request.kind(), request.text(), request.channel(), request.reference())));
    }

    @PostMapping("/{procedureId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make an editorial comment, which does not break silence")
    Accepted comment(@PathVariable String procedureId, @Valid @RequestBody CommentRequest request) {
        return Accepted.of(procedureId, dispatch.send(new CommentOnProposal(procedureId, request.memberId(),
                request.text(), request.channel(), request.reference())));
    }

    @PostMapping("/{procedureId}/extension")
    @Operation(summary = "Extend the deadline (only later, only before it passes), with a reason")
    Accepted extend(@PathVariable String procedureId, @Valid @RequestBody ExtendRequest request) {
        Instant deadline = StatedTimeZone.instant(request.deadline(), request.timeZone());
        return Accepted.of(procedureId, dispatch.send(
                new ExtendSilenceDeadline(procedureId, deadline, request.reason())));
    }

    @PostMapping("/{procedureId}/withdrawal")
    @Operation(summary = "Withdraw the procedure before its deadline")
    Accepted withdraw(@PathVariable String procedureId, @Valid @RequestBody WithdrawRequest request) {
        return Accepted.of(procedureId, dispatch.send(new WithdrawSilenceProcedure(procedureId, request.reason())));
    }

    @PostMapping("/{procedureId}/approval")
    @Operation(summary = "ApproveViaSilenceProcedure: conclude an unbroken procedure whose deadline has passed",
            description = "The persistent deadline does this by itself; calling it again is harmless (no-op), and "
                    + "before the deadline it is refused.")
    Accepted approve(@PathVariable String procedureId) {
        return Accepted.of(procedureId, dispatch.send(new ApproveViaSilenceProcedure(procedureId)));
    }
}
