package org.agendaledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.agendaledger.command.importing.AgendaTextParser;
import org.agendaledger.command.importing.ParsedAgenda;
import org.agendaledger.command.meeting.MeetingCommands.ImportAgenda;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.query.agenda.AgendaExport;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.meeting.MeetingSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The secretariat enters a whole agenda in one step: it pastes the text of an existing document, reviews what was
 * read from it (the agenda as JSON, what the issue will say, and every line that could not be placed), corrects it,
 * and imports it as one new version of the draft — through the same command and rules as the API.
 */
@Controller
@RequestMapping("/meetings/{meetingId}/agenda/import")
class AgendaImportPage {

    private final PageCommands dispatch;
    private final MeetingReads reads;
    private final JsonMapper json;
    private final AgendaTextParser parser = new AgendaTextParser();

    AgendaImportPage(PageCommands dispatch, MeetingReads reads, JsonMapper json) {
        this.dispatch = dispatch;
        this.reads = reads;
        this.json = json;
    }

    /** A refused import: the sentence, the code of the rule, and the refused fields by their path in the JSON. */
    record Refusal(String reason, String code, Map<String, String> fields) {
    }

    @GetMapping
    String page(@PathVariable String meetingId, Model model, HttpServletResponse response) {
        Optional<MeetingSummary> meeting = reads.meeting(meetingId);
        if (meeting.isEmpty()) {
            return NotFound.meeting(model, response, meetingId);
        }
        String current = reads.agenda(meetingId).filter(a -> !a.items().isEmpty()).map(this::export).orElse("");
        return show(meeting.get(), "", current, null, null, model);
    }

    /** Reads the text into a proposal; nothing is stored. */
    @PostMapping("/read")
    String read(@PathVariable String meetingId, @RequestParam(defaultValue = "") String text, Model model,
                HttpServletResponse response) {
        Optional<MeetingSummary> meeting = reads.meeting(meetingId);
        if (meeting.isEmpty()) {
            return NotFound.meeting(model, response, meetingId);
        }
        if (text.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(meeting.get(), text, "", null,
                    new Refusal("Paste the text of the document to read it.", null, Map.of()), model);
        }
        ParsedAgenda parsed = parser.parse(text);
        return show(meeting.get(), text, pretty(parsed.document()), parsed, null, model);
    }

    @PostMapping
    String importAgenda(@PathVariable String meetingId, @RequestParam(defaultValue = "") String document,
                        @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        Optional<MeetingSummary> meeting = reads.meeting(meetingId);
        if (meeting.isEmpty()) {
            return NotFound.meeting(model, response, meetingId);
        }
        AgendaDocument parsed;
        try {
            parsed = json.readerFor(AgendaDocument.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(document);
        } catch (JacksonException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(meeting.get(), text, document, null, new Refusal("The JSON cannot be read: "
                    + e.getOriginalMessage(), null, Map.of()), model);
        }
        try {
            dispatch.send(new ImportAgenda(meetingId, parsed));
        } catch (InvalidFields invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(meeting.get(), text, document, null,
                    new Refusal("Nothing was imported: correct the fields below.", invalid.code(),
                            new LinkedHashMap<>(invalid.fields())),
                    model);
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(meeting.get(), text, document, null,
                    new Refusal(violation.getMessage(), violation.code(), Map.of()), model);
        }
        return "redirect:/meetings/" + meetingId + "/agenda";
    }

    private String show(MeetingSummary meeting, String text, String document, ParsedAgenda parsed, Refusal refusal,
                        Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("text", text);
        model.addAttribute("document", document);
        model.addAttribute("parsed", parsed);
        model.addAttribute("unplaced", parsed == null ? List.of() : parsed.unplaced());
        model.addAttribute("importRefusal", refusal);
        return "agenda-import";
    }

    private String export(AgendaView view) {
        return pretty(AgendaExport.of(view));
    }

    private String pretty(Object value) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(Objects.requireNonNull(value));
    }
}
