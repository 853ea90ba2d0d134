package org.agendaledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.AddDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.AddSubItem;
import org.agendaledger.command.meeting.MeetingCommands.AdoptAgenda;
import org.agendaledger.command.meeting.MeetingCommands.AdoptReport;
import org.agendaledger.command.meeting.MeetingCommands.AnnotateAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.AssignSlot;
import org.agendaledger.command.meeting.AgendaIssue;
import org.agendaledger.command.meeting.MeetingCommands.IssueProvisionalAgenda;
import org.agendaledger.command.meeting.MeetingCommands.OpenMeeting;
import org.agendaledger.command.meeting.MeetingCommands.ProposeAgenda;
import org.agendaledger.command.meeting.MeetingCommands.ProposeSubstantiveTopics;
import org.agendaledger.command.meeting.MeetingCommands.RemoveAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.RemoveDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.RemoveSubItem;
import org.agendaledger.command.meeting.MeetingCommands.ReorderAgendaItems;
import org.agendaledger.command.meeting.MeetingCommands.ReorderSubItems;
import org.agendaledger.command.meeting.MeetingCommands.ReviseAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ReviseSubItem;
import org.agendaledger.command.meeting.MeetingCommands.UnassignSlot;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.OralAmendment;
import org.agendaledger.events.meeting.Topic;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.decision.Decision;
import org.agendaledger.query.decision.DecisionQueries.FindDecisions;
import org.agendaledger.query.meeting.MeetingSummary;
import org.agendaledger.query.agenda.OrganizationOfWork;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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

/**
 * The secretariat's pages of one meeting: the agenda editor, the organization of work, the lifecycle actions of the
 * meeting page, and the decision trail for everyone. Every action is a small form: the command goes through
 * {@link PageCommands}, which returns once the read models have handled it, and the page redirects back; a refused
 * command renders the page again with its reason and the input kept.
 */
@Controller
@RequestMapping("/meetings/{meetingId}")
class AgendaPages {

    private static final Logger log = LoggerFactory.getLogger(AgendaPages.class);

    private final QueryGateway queries;
    private final PageCommands dispatch;
    private final MeetingReads reads;

    AgendaPages(QueryGateway queries, PageCommands dispatch, MeetingReads reads) {
        this.queries = queries;
        this.dispatch = dispatch;
        this.reads = reads;
    }

    /** What was typed into a form that was refused, to render it again. */
    record Refusal(String form, String code, String reason, Map<String, String> input) {
    }

    // ------------------------------------------------------------------------------------------- pages

    @GetMapping("/agenda")
    String agenda(@PathVariable String meetingId, Model model, HttpServletResponse response) {
        return page("agenda", meetingId, null, model, response);
    }

    @GetMapping("/organization")
    String organization(@PathVariable String meetingId, Model model, HttpServletResponse response) {
        return page("organization", meetingId, null, model, response);
    }

    @GetMapping("/decisions")
    String decisions(@PathVariable String meetingId, Model model, HttpServletResponse response) {
        return page("decisions", meetingId, null, model, response);
    }

    private String page(String view, String meetingId, Refusal refusal, Model model, HttpServletResponse response) {
        Optional<MeetingSummary> meeting = reads.meeting(meetingId);
        if (meeting.isEmpty()) {
            return NotFound.meeting(model, response, meetingId);
        }
        model.addAttribute("meeting", meeting.get());
        Optional<AgendaView> agenda = reads.agenda(meetingId);
        model.addAttribute("agenda", agenda.orElse(null));
        model.addAttribute("when", new TimelinePage.When(java.time.ZoneId.of(meeting.get().timeZone())));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("distributions", AgendaIssue.DISTRIBUTIONS);
        model.addAttribute("refusal", refusal);
        model.addAttribute("failedForm", refusal == null ? "" : refusal.form());
        model.addAttribute("input", refusal == null ? Map.of() : refusal.input());
        switch (view) {
            case "organization" -> model.addAttribute("organization", agenda.map(OrganizationOfWork::of).orElse(null));
            case "decisions" -> model.addAttribute("decisions", queries.query(new FindDecisions(meetingId, null),
                    ResponseTypes.multipleInstancesOf(Decision.class)).join());
            case "meeting" -> {
                model.addAttribute("steps", LifecycleStep.of(meeting.get()));
                model.addAttribute("bureauName", reads.bureauName(meeting.get().bureauId()));
            }
            default -> {
            }
        }
        return view;
    }

    // ------------------------------------------------------------------------------------------- agenda

    @PostMapping("/agenda/propose")
    String propose(@PathVariable String meetingId, @RequestParam Map<String, String> input, Model model,
                   HttpServletResponse response) {
        return act("agenda", "propose", meetingId, input, model, response, () -> new ProposeAgenda(meetingId,
                List.of(new AgendaItemContent(Ids.orNew("", "item"), kind(input), title(input),
                        List.of(), List.of(), List.of()))));
    }

    @PostMapping("/agenda/items")
    String addItem(@PathVariable String meetingId, @RequestParam Map<String, String> input, Model model,
                   HttpServletResponse response) {
        return act("agenda", "add-item", meetingId, input, model, response, () -> new AddAgendaItem(meetingId,
                Ids.orNew("", "item"), kind(input), title(input), position(input)));
    }

    @PostMapping("/agenda/items/{itemId}/revise")
    String reviseItem(@PathVariable String meetingId, @PathVariable String itemId,
                      @RequestParam Map<String, String> input, Model model, HttpServletResponse response) {
        return act("agenda", "revise-" + itemId, meetingId, input, model, response,
                () -> new ReviseAgendaItem(meetingId, itemId, kind(input), title(input)));
    }

    @PostMapping("/agenda/items/{itemId}/remove")
    String removeItem(@PathVariable String meetingId, @PathVariable String itemId,
                      @RequestParam Map<String, String> input, Model model, HttpServletResponse response) {
        return act("agenda", "remove-" + itemId, meetingId, input, model, response,
                () -> new RemoveAgendaItem(meetingId, itemId));
    }

    @PostMapping("/agenda/items/{itemId}/move")
    String moveItem(@PathVariable String meetingId, @PathVariable String itemId,
                    @RequestParam Map<String, String> input, Model model, HttpServletResponse response) {
        return act("agenda", "move-" + itemId, meetingId, input, model, response, () -> {
            List<String> ids = reads.agenda(meetingId).map(a -> a.items().stream()
                    .map(AgendaView.Item::itemId).toList()).orElse(List.of());
            return new ReorderAgendaItems(meetingId, moved(ids, itemId, input.get("direction"), "item"));
        });
    }

    /** A sub-item one place up or down among the sub-items of its item ({@code ReorderSubItems}). */
    @PostMapping("/agenda/items/{itemId}/sub-items/{subItemId}/move")
    String moveSubItem(@PathVariable String meetingId, @PathVariable String itemId, @PathVariable String subItemId,
                       @RequestParam Map<String, String> input, Model model, HttpServletResponse response) {
        String direction = "up".equals(input.get("direction")) ? "up" : "down";
        return act("agenda", "move-" + direction + "-" + subItemId, meetingId, input, model, response, () -> {
            List<String> ids = reads.agenda(meetingId).flatMap(a -> a.items().stream()
                    .filter(item -> item.itemId().equals(itemId)).findFirst())
                    .map(item -> item.subItems().stream().map(AgendaView.SubItem::subItemId).toList())
                    .orElse(List.of());
            return new ReorderSubItems(meetingId, itemId, moved(ids, subItemId, direction, "sub-item"));
        }, "subitem-" + subItemId);
    }

    /** The ids with {@code id} swapped with its neighbour above ("up") or below. */
    private static List<String> moved(List<String> ids, String id, String direction, String what) {
        List<String> order = new ArrayList<>(ids);
        int at = order.indexOf(id);
        int to = "up".equals(direction) ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= order.size()) {
            throw new IllegalArgumentException("This %s cannot move further in that direction.".formatted(what));
        }
        order.set(at, order.get(to));
        order.set(to, id);
        return order;
    }

    @PostMapping("/agenda/items/{itemId}/sub-items")
    String addSubItem(@PathVariable String meetingId, @PathVariable String itemId,
                      @RequestParam Map<String, String> input, Model model, HttpServletResponse response) {
        return act("agenda", "add-sub-" + itemId, meetingId, input, model, response, () -> new AddSubItem(meetingId,
                itemId, Ids.orNew("", "sub"), title(input), position(input)));
    }

    @PostMapping("/agenda/items/{itemId}/sub-items/{subItemId}/revise")
    String reviseSubItem(@PathVariable String meetingId, @PathVariable String itemId,
                         @PathVariable String subItemId, @RequestParam Map<String, String> input, Model model,
                         HttpServletResponse response) {
        return act("agenda", "revise-" + subItemId, meetingId, input, model, response,
                () -> new ReviseSubItem(meetingId, itemId, subItemId, title(input)));
    }

    @PostMapping("/agenda/items/{itemId}/sub-items/{subItemId}/remove")
    String removeSubItem(@PathVariable String meetingId, @PathVariable String itemId,
                         @PathVariable String subItemId, @RequestParam Map<String, String> input, Model model,
                         HttpServletResponse response) {
        return act("agenda", "remove-" + subItemId, meetingId, input, model, response,
                () -> new RemoveSubItem(meetingId, itemId, subItemId));
    }

    @PostMapping("/agenda/items/{itemId}/annotation")
    String annotate(@PathVariable String meetingId, @PathVariable String itemId,
                    @RequestParam Map<String, String> input, Model model, HttpServletResponse response) {
        String subItemId = blankToNull(input.get("subItemId"));
        return act("agenda", "annotate-" + (subItemId == null ? itemId : subItemId), meetingId, input, model,
                response, () -> new AnnotateAgendaItem(meetingId, itemId, subItemId, paragraphs(input.get("text"))));
    }

    @PostMapping("/agenda/items/{itemId}/documentation")
    String addDocumentation(@PathVariable String meetingId, @PathVariable String itemId,
                            @RequestParam Map<String, String> input, Model model, HttpServletResponse response) {
        return act("agenda", "add-doc-" + itemId, meetingId, input, model, response,
                () -> new AddDocumentationEntry(meetingId, itemId,
                        new DocumentationEntry(symbol(input, "symbol"),
                                line(input, "title", InputRules.DOCUMENT_TITLE))));
    }

    @PostMapping("/agenda/items/{itemId}/documentation/remove")
    String removeDocumentation(@PathVariable String meetingId, @PathVariable String itemId,
                               @RequestParam Map<String, String> input, Model model, HttpServletResponse response) {
        return act("agenda", "remove-doc-" + itemId, meetingId, input, model, response,
                () -> new RemoveDocumentationEntry(meetingId, itemId, symbol(input, "symbol")));
    }

    // ------------------------------------------------------------------------------------------- organization

    @PostMapping("/organization/assign")
    String assign(@PathVariable String meetingId, @RequestParam Map<String, String> input, Model model,
                  HttpServletResponse response) {
        String slotId = Objects.requireNonNullElse(input.get("slotId"), "");
        return act("organization", "assign-" + slotId, meetingId, input, model, response, () -> {
            String[] target = line(input, "target", 2 * Ids.MAX_LENGTH + 1).split("/", 2);
            for (String id : target) {
                if (!Ids.valid(id)) {
                    throw new IllegalArgumentException("Choose an item or sub-item of the agenda.");
                }
            }
            return new AssignSlot(meetingId, slotId, target[0], target.length > 1 ? target[1] : null, null);
        });
    }

    @PostMapping("/organization/unassign")
    String unassign(@PathVariable String meetingId, @RequestParam Map<String, String> input, Model model,
                    HttpServletResponse response) {
        return act("organization", "unassign", meetingId, input, model, response, () -> new UnassignSlot(meetingId,
                input.get("slotId"), input.get("itemId"), blankToNull(input.get("subItemId"))));
    }

    // ------------------------------------------------------------------------------------------- lifecycle

    /** The substantive topics, one per line, proposed (again) as a whole for the Bureau to approve. */
    @PostMapping("/lifecycle/topics")
    String proposeTopics(@PathVariable String meetingId, @RequestParam Map<String, String> input, Model model,
                         HttpServletResponse response) {
        return act("meeting", "topics", meetingId, input, model, response, () -> {
            List<String> titles = Arrays.stream(Objects.requireNonNullElse(input.get("topics"), "").split("\\R"))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (titles.isEmpty()) {
                throw new IllegalArgumentException("Write at least one substantive topic, one per line.");
            }
            if (titles.size() > InputRules.TOPICS) {
                throw new IllegalArgumentException("Topics: " + InputRules.tooMany(InputRules.TOPICS));
            }
            titles.forEach(title -> InputRules.oneLine(title, InputRules.TITLE).ifPresent(message -> {
                throw new IllegalArgumentException("Topic: " + message);
            }));
            List<Topic> topics = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                topics.add(new Topic("topic-" + (i + 1), titles.get(i)));
            }
            return new ProposeSubstantiveTopics(meetingId, topics);
        });
    }

    @PostMapping("/lifecycle/issue")
    String issue(@PathVariable String meetingId, @RequestParam Map<String, String> input, Model model,
                 HttpServletResponse response) {
        return act("meeting", "issue", meetingId, input, model, response, () -> {
            return new IssueProvisionalAgenda(meetingId, symbol(input, "symbol"), InputRules.date(
                    Objects.requireNonNullElse(input.get("dateOfIssue"), "").trim(), "the date of issue"),
                    line(input, "distribution", InputRules.LANGUAGE),
                    line(input, "originalLanguage", InputRules.LANGUAGE));
        });
    }

    @PostMapping("/lifecycle/open")
    String open(@PathVariable String meetingId, @RequestParam Map<String, String> input, Model model,
                HttpServletResponse response) {
        return act("meeting", "open", meetingId, input, model, response, () -> new OpenMeeting(meetingId));
    }

    @PostMapping("/lifecycle/adopt-agenda")
    String adoptAgenda(@PathVariable String meetingId, @RequestParam Map<String, String> input, Model model,
                       HttpServletResponse response) {
        return act("meeting", "adopt-agenda", meetingId, input, model, response, () -> {
            List<String> amendments = Arrays.stream(Objects.requireNonNullElse(input.get("amendments"), "")
                    .split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (amendments.size() > InputRules.AMENDMENTS) {
                throw new IllegalArgumentException("Amendments: " + InputRules.tooMany(InputRules.AMENDMENTS));
            }
            amendments.forEach(text -> InputRules.multiLine(text, InputRules.AMENDMENT).ifPresent(message -> {
                throw new IllegalArgumentException("Amendment: " + message);
            }));
            return new AdoptAgenda(meetingId, amendments.stream().map(OralAmendment::new).toList());
        });
    }

    @PostMapping("/lifecycle/adopt-report")
    String adoptReport(@PathVariable String meetingId, @RequestParam Map<String, String> input, Model model,
                       HttpServletResponse response) {
        return act("meeting", "adopt-report", meetingId, input, model, response,
                () -> {
                    String symbol = blankToNull(input.get("reportSymbol"));
                    if (symbol != null) {
                        InputRules.oneLine(symbol, InputRules.SYMBOL).ifPresent(message -> {
                            throw new IllegalArgumentException("Symbol: " + message);
                        });
                    }
                    return new AdoptReport(meetingId, symbol);
                });
    }

    // ------------------------------------------------------------------------------------------- sending

    private String act(String view, String form, String meetingId, Map<String, String> input, Model model,
                       HttpServletResponse response, Supplier<Object> command) {
        return act(view, form, meetingId, input, model, response, command, null);
    }

    /** As above; once done, the page opens at {@code anchor} (an element's id) when one is given. */
    private String act(String view, String form, String meetingId, Map<String, String> input, Model model,
                       HttpServletResponse response, Supplier<Object> command, String anchor) {
        Map<String, String> kept = new LinkedHashMap<>(input);
        kept.remove("_csrf");
        if (reads.meeting(meetingId).isEmpty()) {
            return page(view, meetingId, null, model, response);
        }
        try {
            dispatch.send(command.get());
        } catch (InvalidFields invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(view, meetingId, new Refusal(form, null, invalid.getMessage(), kept), model, response);
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(view, meetingId, new Refusal(form, violation.code(), violation.getMessage(), kept), model,
                    response);
        } catch (IllegalArgumentException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(view, meetingId, new Refusal(form, null, invalid.getMessage(), kept), model, response);
        } catch (RuntimeException e) {
            log.warn("A command from the {} page failed", view, e);
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            return page(view, meetingId, new Refusal(form, null, "The command failed: " + e.getMessage(), kept),
                    model, response);
        }
        String path = "meeting".equals(view) ? "" : "/" + view;
        return "redirect:/meetings/" + meetingId + path + (anchor == null ? "" : "#" + anchor);
    }

    // ------------------------------------------------------------------------------------------- input

    private static ItemKind kind(Map<String, String> input) {
        try {
            return ItemKind.valueOf(Objects.requireNonNullElse(input.get("kind"), "").trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Choose the kind of the item.");
        }
    }

    private static String title(Map<String, String> input) {
        return line(input, "title", InputRules.TITLE);
    }

    private static String symbol(Map<String, String> input, String field) {
        return line(input, field, InputRules.SYMBOL);
    }

    /** A text typed on one line, trimmed, with the API's bounds; the page names the field in its sentence. */
    private static String line(Map<String, String> input, String field, int max) {
        String value = Objects.requireNonNullElse(input.get(field), "").trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Fill in the %s.".formatted(field));
        }
        InputRules.oneLine(value, max).ifPresent(message -> {
            throw new IllegalArgumentException(label(field) + ": " + message);
        });
        return value;
    }

    private static String label(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** Positions as typed count from 1; empty appends. */
    private static Integer position(Map<String, String> input) {
        String value = Objects.requireNonNullElse(input.get("position"), "").trim();
        if (value.isEmpty()) {
            return null;
        }
        int position;
        try {
            position = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Write the position as a number, 1 for first.");
        }
        if (position < 1 || position > InputRules.POSITION + 1) {
            throw new IllegalArgumentException("Give a position from 1 to %d.".formatted(InputRules.POSITION + 1));
        }
        return position - 1;
    }

    /** Paragraphs are separated by blank lines; the API's bounds apply to each and to how many. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = Arrays.stream(Objects.requireNonNullElse(text, "").split("\\R\\s*\\R"))
                .map(String::trim).filter(p -> !p.isEmpty()).toList();
        if (paragraphs.size() > InputRules.PARAGRAPHS) {
            throw new IllegalArgumentException("Paragraphs: " + InputRules.tooMany(InputRules.PARAGRAPHS));
        }
        paragraphs.forEach(paragraph -> InputRules.multiLine(paragraph, InputRules.TEXT).ifPresent(message -> {
            throw new IllegalArgumentException("Paragraph: " + message);
        }));
        return paragraphs;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
