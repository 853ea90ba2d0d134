package org.agendaledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.agendaledger.command.meeting.AgendaIssue;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.meeting.MeetingQueries.FindMeetings;
import org.agendaledger.query.meeting.MeetingSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings: the list, one meeting with where it stands, and (for the secretariat) the form that schedules a
 * meeting. Reads go through the query gateway, the command through {@link PageCommands} (the API's dispatch),
 * so the events carry the signed-in user as the API's would.
 */
@Controller
class MeetingPages {

    private static final Logger log = LoggerFactory.getLogger(MeetingPages.class);

    private final QueryGateway queries;
    private final PageCommands dispatch;
    private final MeetingReads reads;

    MeetingPages(QueryGateway queries, PageCommands dispatch, MeetingReads reads) {
        this.queries = queries;
        this.dispatch = dispatch;
        this.reads = reads;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/meetings";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/meetings")
    String meetings(Model model) {
        model.addAttribute("meetings", queries.query(new FindMeetings(),
                ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join());
        return "meetings";
    }

    @GetMapping("/meetings/{meetingId}")
    String meeting(@PathVariable String meetingId, Model model, HttpServletResponse response) {
        Optional<MeetingSummary> meeting = reads.meeting(meetingId);
        if (meeting.isEmpty()) {
            return NotFound.meeting(model, response, meetingId);
        }
        model.addAttribute("meeting", meeting.get());
        model.addAttribute("steps", LifecycleStep.of(meeting.get()));
        model.addAttribute("bureauName", reads.bureauName(meeting.get().bureauId()));
        model.addAttribute("agenda", queries.query(new FindAgenda(meetingId, null),
                ResponseTypes.optionalInstanceOf(AgendaView.class)).join().orElse(null));
        model.addAttribute("distributions", AgendaIssue.DISTRIBUTIONS);
        model.addAttribute("failedForm", "");
        model.addAttribute("input", Map.of());
        return "meeting";
    }

    @GetMapping("/meetings/new")
    String scheduleForm(Model model) {
        model.addAttribute("form", new ScheduleForm());
        model.addAttribute("errors", Map.of());
        model.addAttribute("bureaus", reads.bureaus());
        return "schedule";
    }

    @PostMapping("/meetings")
    String schedule(@ModelAttribute("form") ScheduleForm form, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        ScheduleMeeting command;
        try {
            command = form.validated();
            dispatch.send(command);
        } catch (ScheduleForm.Invalid invalid) {
            return refused(form, model, response, HttpStatus.BAD_REQUEST, invalid.errors(), null,
                    "Please correct the fields marked below.");
        } catch (InvalidFields invalid) {
            return refused(form, model, response, HttpStatus.BAD_REQUEST, form.errorsOf(invalid), null,
                    "Please correct the fields marked below.");
        } catch (RuleViolation violation) {
            return refused(form, model, response, HttpStatus.CONFLICT, Map.of(), violation.code(),
                    violation.getMessage());
        } catch (RuntimeException e) {
            if (createdTwice(e)) {
                return refused(form, model, response, HttpStatus.CONFLICT, Map.of("meetingId", "This id is taken."),
                        "ALREADY_EXISTS", "A meeting (or another record) with the id '%s' already exists."
                                .formatted(form.getMeetingId().trim()));
            }
            log.warn("Scheduling a meeting failed", e);
            return refused(form, model, response, HttpStatus.INTERNAL_SERVER_ERROR, Map.of(), null,
                    "The meeting could not be scheduled: " + e.getMessage());
        }
        String meetingId = command.meetingId();
        redirect.addFlashAttribute("notice", "Meeting '%s' scheduled.".formatted(meetingId));
        return reads.meeting(meetingId).isPresent() ? "redirect:/meetings/" + meetingId : "redirect:/meetings";
    }

    private String refused(ScheduleForm form, Model model, HttpServletResponse response, HttpStatus status,
                           Map<String, String> errors, String code, String reason) {
        form.fillSlotRows();
        response.setStatus(status.value());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", reason);
        model.addAttribute("refusalCode", code);
        model.addAttribute("bureaus", reads.bureaus());
        return "schedule";
    }

    /** Whether a command that creates a record was refused because its id is taken. */
    static boolean createdTwice(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
