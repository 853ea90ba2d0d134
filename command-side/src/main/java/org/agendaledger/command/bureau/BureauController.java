package org.agendaledger.command.bureau;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.agendaledger.command.api.Accepted;
import org.agendaledger.command.api.CommandDispatch;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.api.LedgerId;
import org.agendaledger.command.api.OneLine;
import java.util.List;
import org.agendaledger.command.bureau.BureauCommands.AppointBureauMember;
import org.agendaledger.command.bureau.BureauCommands.ChangeMemberContact;
import org.agendaledger.command.bureau.BureauCommands.EstablishBureau;
import org.agendaledger.command.bureau.BureauCommands.RetireBureauMember;
import org.agendaledger.command.bureau.BureauCommands.SetSecretariatAddress;
import org.agendaledger.command.shared.ContactRules;
import org.agendaledger.events.bureau.MemberContact;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
                                @OneLine String displayName,
                                @Valid @Schema(description = "Where the member is told of silence procedures; "
                                        + "without it the member is listed as not notified") ContactRequest contact) {
    }

    @Schema(description = "Where a Bureau member is told: the addresses notices go to and those copied, the "
            + "language of the messages, the member's time zone, and whether one daily digest replaces single "
            + "messages")
    record ContactRequest(@NotNull @Size(min = 1, max = ContactRules.ADDRESSES, message = InputRules.TOO_MANY)
                          List<@NotNull @Size(max = ContactRules.ADDRESS_LENGTH, message = InputRules.TOO_LONG)
                               @Pattern(regexp = ContactRules.ADDRESS_FORM, message = ContactRules.ADDRESS_MESSAGE)
                               String> to,
                          @Size(max = ContactRules.ADDRESSES, message = InputRules.TOO_MANY)
                          List<@NotNull @Size(max = ContactRules.ADDRESS_LENGTH, message = InputRules.TOO_LONG)
                               @Pattern(regexp = ContactRules.ADDRESS_FORM, message = ContactRules.ADDRESS_MESSAGE)
                               String> cc,
                          @Pattern(regexp = "^[a-z]{2}$", message = ContactRules.LANGUAGE_MESSAGE)
                          @Schema(example = "fr", description = "ISO 639-1 code; messages are in English where "
                                  + "there are none in this language") String language,
                          @Size(max = InputRules.TIME_ZONE, message = InputRules.TOO_LONG)
                          @Schema(example = "America/Bogota", description = "IANA time zone; deadlines are also "
                                  + "given in it") String timeZone,
                          @Schema(description = "one daily digest instead of single messages") Boolean digest) {

        MemberContact contact() {
            return new MemberContact(to, cc, language, timeZone, Boolean.TRUE.equals(digest));
        }
    }

    record SecretariatAddressRequest(@NotBlank @Size(max = ContactRules.ADDRESS_LENGTH, message = InputRules.TOO_LONG)
                                     @Pattern(regexp = ContactRules.ADDRESS_FORM,
                                              message = ContactRules.ADDRESS_MESSAGE)
                                     @Schema(example = "secretariat@unodc.example.org") String address) {
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
        MemberContact contact = request.contact() == null ? null : request.contact().contact();
        return Accepted.of(id, dispatch.send(new AppointBureauMember(bureauId, id, request.displayName(), contact)));
    }

    @PutMapping("/{bureauId}/members/{memberId}/contact")
    @Operation(summary = "Replace a member's contact: addresses, language, time zone, digest; procedures "
            + "circulated from now on tell the member there")
    Accepted changeContact(@PathVariable String bureauId, @PathVariable String memberId,
                           @Valid @RequestBody ContactRequest request) {
        return Accepted.of(memberId, dispatch.send(new ChangeMemberContact(bureauId, memberId, request.contact())));
    }

    @PutMapping("/{bureauId}/secretariat-address")
    @Operation(summary = "Set the secretariat's address: copied on every outcome, where members' replies go")
    Accepted setSecretariatAddress(@PathVariable String bureauId,
                                   @Valid @RequestBody SecretariatAddressRequest request) {
        return Accepted.of(bureauId, dispatch.send(new SetSecretariatAddress(bureauId, request.address())));
    }

    @DeleteMapping("/{bureauId}/members/{memberId}")
    @Operation(summary = "Retire a member of the Bureau")
    Accepted retire(@PathVariable String bureauId, @PathVariable String memberId) {
        return Accepted.of(memberId, dispatch.send(new RetireBureauMember(bureauId, memberId)));
    }
}
