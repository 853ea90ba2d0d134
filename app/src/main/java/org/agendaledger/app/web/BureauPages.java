package org.agendaledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.bureau.BureauCommands.AppointBureauMember;
import org.agendaledger.command.bureau.BureauCommands.ChangeMemberContact;
import org.agendaledger.command.bureau.BureauCommands.EstablishBureau;
import org.agendaledger.command.bureau.BureauCommands.RetireBureauMember;
import org.agendaledger.command.bureau.BureauCommands.SetSecretariatAddress;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.query.bureau.BureauView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Bureaus: the list with their current members, one Bureau with its members current and retired, and (for the
 * secretariat) the forms that establish a Bureau, appoint a member (with where the member is told), change a
 * member's contact, set the secretariat's address and retire a member after a confirmation step. Every
 * command goes through {@link PageCommands} and the page redirects; a refused or invalid form renders the page
 * again with its reason next to it and the input kept.
 */
@Controller
@RequestMapping("/bureaus")
class BureauPages {

    private static final Logger log = LoggerFactory.getLogger(BureauPages.class);

    private final PageCommands dispatch;
    private final MeetingReads reads;

    BureauPages(PageCommands dispatch, MeetingReads reads) {
        this.dispatch = dispatch;
        this.reads = reads;
    }

    /** A form the page itself rejects: the message of each field by the name of its input. */
    private static final class Invalid extends RuntimeException {
        private final Map<String, String> errors;

        Invalid(Map<String, String> errors) {
            super("Invalid form: " + errors);
            this.errors = Map.copyOf(errors);
        }
    }

    /** What a form sends once it is accepted. */
    private interface Command {
        Object build();
    }

    // ------------------------------------------------------------------------------------------- pages

    @GetMapping
    String bureaus(Model model) {
        return list(null, Map.of(), model);
    }

    @GetMapping("/{bureauId}")
    String bureau(@PathVariable String bureauId, Model model, HttpServletResponse response) {
        return detail(bureauId, null, Map.of(), model, response);
    }

    private String list(AgendaPages.Refusal refusal, Map<String, String> errors, Model model) {
        model.addAttribute("bureaus", reads.bureaus());
        return withRefusal("bureaus", refusal, errors, model);
    }

    private String detail(String bureauId, AgendaPages.Refusal refusal, Map<String, String> errors, Model model,
                          HttpServletResponse response) {
        Optional<BureauView> bureau = reads.bureau(bureauId);
        if (bureau.isEmpty()) {
            return NotFound.page(model, response, "There is no Bureau '%s'.".formatted(bureauId));
        }
        model.addAttribute("bureau", bureau.get());
        model.addAttribute("when", new TimelinePage.When(ZoneOffset.UTC));
        return withRefusal("bureau", refusal, errors, model);
    }

    private static String withRefusal(String view, AgendaPages.Refusal refusal, Map<String, String> errors,
                                      Model model) {
        model.addAttribute("refusal", refusal);
        model.addAttribute("failedForm", refusal == null ? "" : refusal.form());
        model.addAttribute("input", refusal == null ? Map.of() : refusal.input());
        model.addAttribute("errors", errors);
        return view;
    }

    // ------------------------------------------------------------------------------------------- commands

    @PostMapping
    String establish(@RequestParam Map<String, String> input, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        String id = Ids.orNew(text(input, "bureauId"), "bureau");
        return send("establish", input, model, response, redirect, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            String given = text(input, "bureauId");
            check(given.isEmpty() || Ids.valid(given), errors, "bureauId",
                    Ids.MESSAGE + " Or leave it empty for a generated id.");
            String name = text(input, "name");
            check(!name.isEmpty(), errors, "name", "Name the Bureau.");
            InputRules.oneLine(name, InputRules.NAME).ifPresent(message -> errors.putIfAbsent("name", message));
            valid(errors);
            return new EstablishBureau(id, name);
        }, "Bureau '%s' established.".formatted(id), "/bureaus/" + id,
                refusal -> list(refusal.refusal, refusal.errors, model));
    }

    @PostMapping("/{bureauId}/members")
    String appoint(@PathVariable String bureauId, @RequestParam Map<String, String> input, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        if (reads.bureau(bureauId).isEmpty()) {
            return detail(bureauId, null, Map.of(), model, response);
        }
        String memberId = text(input, "memberId");
        String displayName = text(input, "displayName");
        return send("appoint", input, model, response, redirect, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            check(!memberId.isEmpty(), errors, "memberId", "Give the member's id, e.g. vp-grulac.");
            check(memberId.isEmpty() || Ids.valid(memberId), errors, "memberId", Ids.MESSAGE);
            check(!displayName.isEmpty(), errors, "displayName", "Give the name the member is shown by.");
            InputRules.oneLine(displayName, InputRules.DISPLAY_NAME)
                    .ifPresent(message -> errors.putIfAbsent("displayName", message));
            valid(errors);
            return new AppointBureauMember(bureauId, memberId, displayName, contact(input, false));
        }, "%s appointed.".formatted(displayName), "/bureaus/" + bureauId,
                refusal -> detail(bureauId, refusal.refusal, refusal.errors, model, response));
    }

    @PostMapping("/{bureauId}/members/{memberId}/contact")
    String changeContact(@PathVariable String bureauId, @PathVariable String memberId,
                         @RequestParam Map<String, String> input, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        Optional<BureauView> bureau = reads.bureau(bureauId);
        if (bureau.isEmpty()) {
            return detail(bureauId, null, Map.of(), model, response);
        }
        String name = bureau.get().currentMembers().stream().filter(m -> m.memberId().equals(memberId))
                .map(BureauView.Member::displayName).findFirst().orElse(memberId);
        return send("contact-" + memberId, input, model, response, redirect,
                () -> new ChangeMemberContact(bureauId, memberId, contact(input, true)),
                "%s's contact changed.".formatted(name), "/bureaus/" + bureauId,
                refusal -> detail(bureauId, refusal.refusal, refusal.errors, model, response));
    }

    @PostMapping("/{bureauId}/secretariat-address")
    String setSecretariatAddress(@PathVariable String bureauId, @RequestParam Map<String, String> input,
                                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (reads.bureau(bureauId).isEmpty()) {
            return detail(bureauId, null, Map.of(), model, response);
        }
        return send("secretariat", input, model, response, redirect,
                () -> new SetSecretariatAddress(bureauId, text(input, "address")),
                "The secretariat's address is set.", "/bureaus/" + bureauId,
                refusal -> detail(bureauId, refusal.refusal, refusal.errors, model, response));
    }

    /**
     * The contact a form states: addresses one per line or separated by commas; none at all is no contact when the
     * form may leave it out (appointing), and a contact without an address (refused by the rules) when it may not.
     */
    private static MemberContact contact(Map<String, String> input, boolean required) {
        List<String> to = addresses(text(input, "to"));
        List<String> cc = addresses(text(input, "cc"));
        String language = text(input, "language");
        String zone = text(input, "timeZone");
        if (!required && to.isEmpty() && cc.isEmpty() && language.isEmpty() && zone.isEmpty()) {
            return null;
        }
        return new MemberContact(to, cc, language.isEmpty() ? null : language, zone.isEmpty() ? null : zone,
                "on".equals(input.get("digest")) || "true".equals(input.get("digest")));
    }

    private static List<String> addresses(String text) {
        return Arrays.stream(text.split("[,;\\s]+")).filter(a -> !a.isEmpty()).toList();
    }

    /** Without {@code confirmed=yes}, the confirmation page; with it, the member is retired. */
    @PostMapping("/{bureauId}/members/{memberId}/retire")
    String retire(@PathVariable String bureauId, @PathVariable String memberId,
                  @RequestParam(defaultValue = "") String confirmed, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Optional<BureauView> bureau = reads.bureau(bureauId);
        if (bureau.isEmpty()) {
            return detail(bureauId, null, Map.of(), model, response);
        }
        String name = bureau.get().currentMembers().stream().filter(m -> m.memberId().equals(memberId))
                .map(BureauView.Member::displayName).findFirst().orElse(memberId);
        if (!"yes".equals(confirmed)) {
            model.addAttribute("bureau", bureau.get());
            model.addAttribute("memberId", memberId);
            model.addAttribute("displayName", name);
            return "bureau-retire";
        }
        return send("retire-" + memberId, Map.of(), model, response, redirect,
                () -> new RetireBureauMember(bureauId, memberId), "%s retired.".formatted(name),
                "/bureaus/" + bureauId, refusal -> detail(bureauId, refusal.refusal, refusal.errors, model, response));
    }

    // ------------------------------------------------------------------------------------------- sending

    private record Refused(AgendaPages.Refusal refusal, Map<String, String> errors) {
    }

    private interface RefusedPage {
        String render(Refused refused);
    }

    private String send(String form, Map<String, String> input, Model model, HttpServletResponse response,
                        RedirectAttributes redirect, Command command, String notice, String path,
                        RefusedPage refusedPage) {
        Map<String, String> kept = new LinkedHashMap<>(input);
        kept.remove("_csrf");
        try {
            dispatch.send(command.build());
        } catch (Invalid invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return refusedPage.render(new Refused(new AgendaPages.Refusal(form, null,
                    "Please correct the fields marked below.", kept), invalid.errors));
        } catch (InvalidFields invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return refusedPage.render(new Refused(new AgendaPages.Refusal(form, null,
                    "Please correct the fields marked below.", kept), inputNames(invalid.fields())));
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return refusedPage.render(new Refused(new AgendaPages.Refusal(form, violation.code(),
                    violation.getMessage(), kept), Map.of()));
        } catch (RuntimeException e) {
            if (MeetingPages.createdTwice(e)) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return refusedPage.render(new Refused(new AgendaPages.Refusal(form, "ALREADY_EXISTS",
                        "A Bureau (or another record) with the id '%s' already exists."
                                .formatted(text(input, "bureauId")),
                        kept),
                        Map.of("bureauId", "This id is taken.")));
            }
            log.warn("A command from the Bureau pages failed", e);
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            return refusedPage.render(new Refused(new AgendaPages.Refusal(form, null,
                    "The command failed: " + e.getMessage(), kept), Map.of()));
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + path;
    }

    // ------------------------------------------------------------------------------------------- input

    private static String text(Map<String, String> input, String field) {
        return Objects.requireNonNullElse(input.get(field), "").trim();
    }

    private static void check(boolean valid, Map<String, String> errors, String field, String message) {
        if (!valid) {
            errors.putIfAbsent(field, message);
        }
    }

    /** A rule's field ({@code contact.to[1]}) as the form names its input ({@code to}); the first sentence counts. */
    private static Map<String, String> inputNames(Map<String, String> fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach((field, sentence) -> errors.putIfAbsent(
                field.replaceFirst("^contact\\.", "").replaceFirst("\\[\\d+]$", ""), sentence));
        return errors;
    }

    private static void valid(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }
}
