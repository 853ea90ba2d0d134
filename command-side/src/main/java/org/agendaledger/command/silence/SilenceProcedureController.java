package org.agendaledger.command.silence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.agendaledger.command.api.Accepted;
import org.agendaledger.command.api.Actor;
import org.agendaledger.command.api.BadInput;
import org.agendaledger.command.api.CommandDispatch;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.api.LedgerId;
import org.agendaledger.command.api.MultiLine;
import org.agendaledger.command.api.OneLine;
import org.agendaledger.command.shared.RuleViolation;
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
import org.springframework.security.access.AccessDeniedException;
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

    /** Who is reacting and how the reaction reached the secretariat. */
    private record Reacting(String memberId, Channel channel, String reference) {
    }

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
        Instant deadline = instant(request.deadline(), request.timeZone());
        String id = Ids.orNew(request.procedureId(), "sp");
        return Accepted.of(id, dispatch.send(new StartSilenceProcedure(id, request.meetingId(), request.subject(),
                request.text(), deadline, request.timeZone())));
    }

    @PostMapping("/{procedureId}/recirculation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Re-circulate a revised text after silence was broken, as a new linked procedure")
    Accepted recirculate(@PathVariable String procedureId, @Valid @RequestBody RecirculateRequest request) {
        Instant deadline = instant(request.deadline(), request.timeZone());
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
        Reacting reacting = reacting(request.memberId(), request.channel(), request.reference());
        return reacted(procedureId, new BreakSilence(procedureId, reacting.memberId(), request.kind(), request.text(),
                reacting.channel(), reacting.reference()));
    }

    @PostMapping("/{procedureId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make an editorial comment, which does not break silence")
    Accepted comment(@PathVariable String procedureId, @Valid @RequestBody CommentRequest request) {
        Reacting reacting = reacting(request.memberId(), request.channel(), request.reference());
        return reacted(procedureId, new CommentOnProposal(procedureId, reacting.memberId(), request.text(),
                reacting.channel(), reacting.reference()));
    }

    @PostMapping("/{procedureId}/extension")
    @Operation(summary = "Extend the deadline (only later, only before it passes), with a reason")
    Accepted extend(@PathVariable String procedureId, @Valid @RequestBody ExtendRequest request) {
        Instant deadline = instant(request.deadline(), request.timeZone());
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

    /**
     * A Bureau member who is not an addressee may not react to the procedure at all (403, as on its page); the
     * secretariat recording a letter from someone who is not is told so by the rule (409 NOT_AN_ADDRESSEE).
     */
    private Accepted reacted(String procedureId, Object reaction) {
        try {
            return Accepted.of(procedureId, dispatch.send(reaction));
        } catch (RuleViolation violation) {
            if ("NOT_AN_ADDRESSEE".equals(violation.code()) && Actor.current().map(Actor::isBureauMember)
                    .orElse(false)) {
                throw new AccessDeniedException("Only the addressees of this silence procedure react to it: "
                        + violation.getMessage());
            }
            throw violation;
        }
    }

    private static Reacting reacting(String memberId, Channel channel, String reference) {
        Actor actor = Actor.current().orElseThrow();
        if (actor.isBureauMember()) {
            if (memberId != null && !memberId.equals(actor.memberId())) {
                throw new AccessDeniedException("A Bureau member can only react to a proposal as themselves.");
            }
            // a member reacts online, as themselves: how a letter came, and its reference, are the secretariat's
            new BadInput.Collector()
                    .check(channel == null || channel == Channel.ONLINE, "channel",
                            "A Bureau member reacts online; leave the channel out.")
                    .check(reference == null, "reference",
                            "Only the secretariat records the reference of a letter or message; leave it out.")
                    .throwIfAny();
            return new Reacting(actor.memberId(), Channel.ONLINE, null);
        }
        new BadInput.Collector()
                .check(memberId != null && !memberId.isBlank(), "memberId",
                        "name the member whose reaction you are recording")
                .check(channel != null && channel != Channel.ONLINE, "channel",
                        "must say how the reaction was received: LETTER, EMAIL or NOTE_VERBALE")
                .check(reference != null && !reference.isBlank(), "reference",
                        "must identify the letter or message, e.g. \"letter of 28 April 2020\"")
                .throwIfAny();
        return new Reacting(memberId, channel, reference);
    }

    private static Instant instant(LocalDateTime local, String timeZone) {
        if (!InputRules.validTimeZone(timeZone)) {
            throw new BadInput(Map.of("timeZone", InputRules.TIME_ZONE_MESSAGE));
        }
        return local.atZone(ZoneId.of(timeZone)).toInstant();
    }
}
