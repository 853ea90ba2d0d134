package org.agendaledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.NotPermitted;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.silence.SilenceCommands.BreakSilence;
import org.agendaledger.command.silence.SilenceCommands.CommentOnProposal;
import org.agendaledger.command.silence.SilenceCommands.ExtendSilenceDeadline;
import org.agendaledger.command.silence.SilenceCommands.RecirculateRevisedText;
import org.agendaledger.command.silence.SilenceCommands.StartSilenceProcedure;
import org.agendaledger.command.silence.SilenceCommands.WithdrawSilenceProcedure;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.meeting.MeetingSummary;
import org.agendaledger.query.silence.ProcedureStatus;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMeetingProcedures;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindSilenceProcedure;
import org.agendaledger.query.silence.SilenceProcedureView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The silence procedures: a meeting's procedures with the secretariat's forms (start, record a letter, extend,
 * withdraw, re-circulate), and one procedure's page where an addressee breaks silence or comments, as themselves,
 * after a confirmation step, and the proof of each notice sent about it. Commands go through {@link PageCommands}.
 */
@Controller
class ProcedurePages {

    private static final Logger log = LoggerFactory.getLogger(ProcedurePages.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm",
            Locale.ENGLISH);

    private final QueryGateway queries;
    private final PageCommands dispatch;
    private final MeetingReads reads;
    private final ProcedureChanges changes;

    ProcedurePages(QueryGateway queries, PageCommands dispatch, MeetingReads reads, ProcedureChanges changes) {
        this.queries = queries;
        this.dispatch = dispatch;
        this.reads = reads;
        this.changes = changes;
    }

    // ---- reading ----

    @GetMapping("/meetings/{meetingId}/procedures")
    String procedures(@PathVariable String meetingId, Model model, HttpServletResponse response) {
        Optional<MeetingSummary> meeting = reads.meeting(meetingId);
        if (meeting.isEmpty()) {
            return NotFound.page(model, response, "There is no meeting '%s'.".formatted(meetingId));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProcedureForm());
        }
        model.addAttribute("meeting", meeting.get());
        model.addAttribute("procedures", queries.query(FindMeetingProcedures.current(meetingId),
                ResponseTypes.multipleInstancesOf(SilenceProcedureView.class)).join());
        model.addAttribute("format", new Formats());
        model.addAttribute("subjects", SubjectKind.values());
        model.addAttribute("channels", List.of(Channel.LETTER, Channel.EMAIL, Channel.NOTE_VERBALE));
        return "procedures";
    }

    @GetMapping("/procedures/{procedureId}")
    String procedure(@PathVariable String procedureId, Model model, HttpServletResponse response) {
        Optional<SilenceProcedureView> procedure = procedure(procedureId);
        if (procedure.isEmpty()) {
            return NotFound.page(model, response, "There is no silence procedure '%s'.".formatted(procedureId));
        }
        SilenceProcedureView view = procedure.get();
        model.addAttribute("procedure", view);
        model.addAttribute("format", new Formats());
        model.addAttribute("mayReact", mayReact(view));
        model.addAttribute("noticed", noticed(view));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProcedureForm());
        }
        AgendaView pinned = changes.agendaAsOfStart(view).orElse(null);
        if (view.subject().kind() != SubjectKind.MEETING_PLAN) {
            model.addAttribute("agenda", pinned);
        }
        model.addAttribute("changes", changes.of(view, pinned));
        return "procedure";
    }

    /**
     * The addressees whose notices the viewer may see: a Bureau member only their own (and not the secretariat's
     * copies), as the API answers them; the secretariat and the auditor everyone's.
     */
    private static List<SilenceProcedureView.Addressee> noticed(SilenceProcedureView view) {
        Viewer viewer = Viewer.current().orElse(null);
        if (viewer != null && viewer.bureauMember()) {
            return view.addressees().stream().filter(a -> a.memberId().equals(viewer.memberId())).toList();
        }
        return view.addressees();
    }

    /** Only an addressee of an open procedure, and only as themselves. */
    private static boolean mayReact(SilenceProcedureView view) {
        Viewer viewer = Viewer.current().orElse(null);
        return viewer != null && viewer.bureauMember() && viewer.memberId() != null
                && view.status() == ProcedureStatus.OPEN
                && view.addressees().stream().anyMatch(a -> a.memberId().equals(viewer.memberId()));
    }

    // ---- a Bureau member reacts, after confirming ----

    @PostMapping("/procedures/{procedureId}/reaction")
    String react(@PathVariable String procedureId, @ModelAttribute("form") ProcedureForm form,
                 @RequestParam(defaultValue = "") String confirmed,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<SilenceProcedureView> procedure = procedure(procedureId);
        if (procedure.isEmpty()) {
            return NotFound.page(model, response, "There is no silence procedure '%s'.".formatted(procedureId));
        }
        form.setAction("react");
        form.setTarget(procedureId);
        String kind = form.getKind();
        if (!List.of("OBJECTION", "AMENDMENT", "COMMENT").contains(kind) || form.getText().isBlank()) {
            return procedureRefused(procedureId, form, model, response, HttpStatus.BAD_REQUEST, null,
                    "Choose objection, amendment or comment, and write its text.");
        }
        try {
            ProcedureForm.bounded(form.getText(), "Text", InputRules.TEXT, true);
        } catch (ProcedureForm.Invalid invalid) {
            return procedureRefused(procedureId, form, model, response, HttpStatus.BAD_REQUEST, null,
                    invalid.getMessage());
        }
        if (!"yes".equals(confirmed)) {
            model.addAttribute("procedure", procedure.get());
            model.addAttribute("form", form);
            model.addAttribute("format", new Formats());
            model.addAttribute("breaks", !"COMMENT".equals(kind));
            return "procedure-confirm";
        }
        // as whom, and by which channel, is the procedure's to judge: the member is the one signed in
        String member = blankToNull(form.getMemberId());
        Object command = "COMMENT".equals(kind)
                ? new CommentOnProposal(procedureId, member, form.getText().trim(), null, null)
                : new BreakSilence(procedureId, member, BreachKind.valueOf(kind), form.getText().trim(), null, null);
        return send(() -> dispatch.send(command),
                (status, code, reason) -> procedureRefused(procedureId, form, model, response, status, code, reason),
                redirect, "COMMENT".equals(kind) ? "Your comment was recorded." : "You broke silence.",
                "redirect:/procedures/" + procedureId);
    }

    // ---- the secretariat ----

    @PostMapping("/meetings/{meetingId}/procedures")
    String start(@PathVariable String meetingId, @ModelAttribute("form") ProcedureForm form, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        form.setAction("start");
        form.setTarget("");
        Optional<MeetingSummary> meeting = reads.meeting(meetingId);
        if (meeting.isEmpty()) {
            return NotFound.page(model, response, "There is no meeting '%s'.".formatted(meetingId));
        }
        String zone = meeting.get().timeZone();
        String id = Ids.orNew(null, "sp");
        return meetingSend(meetingId, form, model, response, redirect, "Silence procedure started.", () -> {
            SubjectKind subject = SubjectKind.valueOf(ProcedureForm.required(form.getSubject(), "the subject"));
            Instant deadline = form.localDeadline().atZone(ZoneId.of(zone)).toInstant();
            String text = ProcedureForm.bounded(form.getText(), "Text", InputRules.TEXT, true);
            dispatch.send(new StartSilenceProcedure(id, meetingId, subject, text.isEmpty() ? null : text, deadline,
                    zone));
        });
    }

    @PostMapping("/procedures/{procedureId}/letters")
    String letter(@PathVariable String procedureId, @ModelAttribute("form") ProcedureForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return secretariat(procedureId, "letter", form, model, response, redirect, "Reaction recorded.", view -> {
            String member = blankToNull(form.getMemberId());
            if (member != null && !Ids.valid(member)) {
                throw new ProcedureForm.Invalid("Member: " + Ids.MESSAGE);
            }
            String text = ProcedureForm.bounded(ProcedureForm.required(form.getText(), "the text received"), "Text",
                    InputRules.TEXT, true);
            String reference = blankToNull(ProcedureForm.bounded(form.getReference(), "Reference",
                    InputRules.REFERENCE, false));
            // the member, the channel and the reference a letter needs are the procedure's rule
            String channelGiven = blankToNull(form.getChannel());
            Channel channel = channelGiven == null ? null : Channel.valueOf(channelGiven);
            String kind = ProcedureForm.required(form.getKind(), "the kind of reaction");
            if ("COMMENT".equals(kind)) {
                dispatch.send(new CommentOnProposal(procedureId, member, text, channel, reference));
            } else {
                dispatch.send(new BreakSilence(procedureId, member, BreachKind.valueOf(kind), text, channel,
                        reference));
            }
        });
    }

    @PostMapping("/procedures/{procedureId}/extension")
    String extend(@PathVariable String procedureId, @ModelAttribute("form") ProcedureForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return secretariat(procedureId, "extend", form, model, response, redirect, "Deadline extended.", view -> {
            String reason = ProcedureForm.bounded(ProcedureForm.required(form.getReason(),
                    "the reason for the extension"), "Reason", InputRules.REASON, true);
            Instant deadline = form.localDeadline().atZone(ZoneId.of(view.deadline().timeZone())).toInstant();
            dispatch.send(new ExtendSilenceDeadline(procedureId, deadline, reason));
        });
    }

    @PostMapping("/procedures/{procedureId}/withdrawal")
    String withdraw(@PathVariable String procedureId, @ModelAttribute("form") ProcedureForm form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return secretariat(procedureId, "withdraw", form, model, response, redirect, "Procedure withdrawn.",
                view -> dispatch.send(new WithdrawSilenceProcedure(procedureId, ProcedureForm.bounded(
                        ProcedureForm.required(form.getReason(), "the reason for withdrawing"), "Reason",
                        InputRules.REASON, true))));
    }

    @PostMapping("/procedures/{procedureId}/recirculation")
    String recirculate(@PathVariable String procedureId, @ModelAttribute("form") ProcedureForm form, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        String revisedId = Ids.orNew(null, "sp");
        return secretariat(procedureId, "recirculate", form, model, response, redirect,
                "Revised text re-circulated.", view -> {
                    Instant deadline = form.localDeadline().atZone(ZoneId.of(view.deadline().timeZone()))
                            .toInstant();
                    String text = ProcedureForm.bounded(form.getText(), "Text", InputRules.TEXT, true);
                    dispatch.send(new RecirculateRevisedText(revisedId, procedureId, text.isEmpty() ? null : text,
                            deadline, view.deadline().timeZone()));
                });
    }

    private interface Action {
        void run(SilenceProcedureView view);
    }

    /** A command of the secretariat on a procedure. */
    private String secretariat(String procedureId, String action, ProcedureForm form, Model model,
                               HttpServletResponse response, RedirectAttributes redirect, String notice,
                               Action command) {
        form.setAction(action);
        form.setTarget(procedureId);
        Optional<SilenceProcedureView> procedure = procedure(procedureId);
        if (procedure.isEmpty()) {
            return NotFound.page(model, response, "There is no silence procedure '%s'.".formatted(procedureId));
        }
        return meetingSend(procedure.get().meetingId(), form, model, response, redirect, notice,
                () -> command.run(procedure.get()));
    }

    private String meetingSend(String meetingId, ProcedureForm form, Model model, HttpServletResponse response,
                               RedirectAttributes redirect, String notice, Runnable command) {
        try {
            command.run();
        } catch (ProcedureForm.Invalid | IllegalArgumentException invalid) {
            return meetingRefused(meetingId, form, model, response, HttpStatus.BAD_REQUEST, null,
                    invalid instanceof ProcedureForm.Invalid ? invalid.getMessage()
                            : "Please choose one of the options offered.");
        } catch (InvalidFields invalid) {
            return meetingRefused(meetingId, form, model, response, HttpStatus.BAD_REQUEST, null,
                    invalid.getMessage());
        } catch (NotPermitted denied) {
            throw new AccessDeniedException(denied.getMessage());
        } catch (RuleViolation violation) {
            return meetingRefused(meetingId, form, model, response, HttpStatus.CONFLICT, violation.code(),
                    violation.getMessage());
        } catch (RuntimeException e) {
            log.warn("A silence-procedure command failed", e);
            return meetingRefused(meetingId, form, model, response, HttpStatus.INTERNAL_SERVER_ERROR, null,
                    "The command could not be carried out: " + e.getMessage());
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/meetings/" + meetingId + "/procedures";
    }

    private interface Refusal {
        String show(HttpStatus status, String code, String reason);
    }

    private String send(Runnable command, Refusal refused, RedirectAttributes redirect,
                        String notice, String target) {
        try {
            command.run();
        } catch (InvalidFields invalid) {
            return refused.show(HttpStatus.BAD_REQUEST, null, invalid.getMessage());
        } catch (NotPermitted denied) {
            throw new AccessDeniedException(denied.getMessage());
        } catch (RuleViolation violation) {
            return refused.show(HttpStatus.CONFLICT, violation.code(), violation.getMessage());
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (RuntimeException e) {
            log.warn("A silence-procedure command failed", e);
            return refused.show(HttpStatus.INTERNAL_SERVER_ERROR, null,
                    "The command could not be carried out: " + e.getMessage());
        }
        redirect.addFlashAttribute("notice", notice);
        return target;
    }

    private String meetingRefused(String meetingId, ProcedureForm form, Model model, HttpServletResponse response,
                                  HttpStatus status, String code, String reason) {
        model.addAttribute("form", form);
        model.addAttribute("refusal", reason);
        model.addAttribute("refusalCode", code);
        String view = procedures(meetingId, model, response);
        response.setStatus(status.value());
        return view;
    }

    private String procedureRefused(String procedureId, ProcedureForm form, Model model,
                                    HttpServletResponse response, HttpStatus status, String code, String reason) {
        model.addAttribute("form", form);
        model.addAttribute("refusal", reason);
        model.addAttribute("refusalCode", code);
        String view = procedure(procedureId, model, response);
        if (status != null) {
            response.setStatus(status.value());
        }
        return view;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private Optional<SilenceProcedureView> procedure(String procedureId) {
        try {
            return queries.query(new FindSilenceProcedure(procedureId, null),
                    ResponseTypes.optionalInstanceOf(SilenceProcedureView.class)).join();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    /** Formatting helpers for the procedure templates. */
    public static final class Formats extends InboxPage.Formats {

        public String utc(Instant instant) {
            return instant == null ? "" : WHEN.format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
        }

        public String in(Instant instant, String zone) {
            return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.of(zone)));
        }
    }
}
