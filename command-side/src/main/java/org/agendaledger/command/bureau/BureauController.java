package org.agendaledger.command.bureau;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.agendaledger.command.api.Accepted;
import org.agendaledger.command.api.CommandDispatch;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.api.LedgerId;
import org.agendaledger.command.api.OneLine;
import org.agendaledger.command.bureau.BureauCommands.AppointBureauMember;
import org.agendaledger.command.bureau.BureauCommands.EstablishBureau;
import org.agendaledger.command.bureau.BureauCommands.RetireBureauMember;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/bureaus")
@Tag(name = "Bureau", description = "Membership of the (extended) Bureau")
class BureauController {

    // the request records keep their hand layout: each component under its constraints
    // @formatter:off
    record EstablishBureauRequest(@LedgerId String bureauId,
                                  @NotBlank @Size(max = InputRules.NAME, message = InputRules.TOO_LONG) @OneLine
                                  String name) {
    }

    record AppointMemberRequest(@LedgerId String memberId,
                                @NotBlank @Size(max = InputRules.DISPLAY_NAME, message = InputRules.TOO_LONG)
                                @OneLine String displayName) {
    }
    // @formatter:on

    private final CommandDispatch dispatch;

    BureauController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Establish a Bureau")
    Accepted establish(@Valid @RequestBody EstablishBureauRequest request) {
        String id = Ids.orNew(request.bureauId(), "bureau");
        return Accepted.of(id, dispatch.send(new EstablishBureau(id, request.name())));
    }

    @PostMapping("/{bureauId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appoint a member of the Bureau")
    Accepted appoint(@PathVariable String bureauId, @Valid @RequestBody AppointMemberRequest request) {
        String id = Ids.orNew(request.memberId(), "member");
        return Accepted.of(id, dispatch.send(new AppointBureauMember(bureauId, id, request.displayName())));
    }

    @DeleteMapping("/{bureauId}/members/{memberId}")
    @Operation(summary = "Retire a member of the Bureau")
    Accepted retire(@PathVariable String bureauId, @PathVariable String memberId) {
        return Accepted.of(memberId, dispatch.send(new RetireBureauMember(bureauId, memberId)));
    }
}
