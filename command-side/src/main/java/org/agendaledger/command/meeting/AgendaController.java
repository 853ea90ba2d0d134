package org.agendaledger.command.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.agendaledger.command.api.Accepted;
import org.agendaledger.command.api.CommandDispatch;
import org.agendaledger.command.api.Ids;
import org.agendaledger.command.api.InputRules;
import org.agendaledger.command.api.LedgerId;
import org.agendaledger.command.api.MultiLine;
import org.agendaledger.command.api.OneLine;
import org.agendaledger.command.meeting.MeetingCommands.AddAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.AddDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.AddSubItem;
import org.agendaledger.command.meeting.MeetingCommands.AnnotateAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ProposeAgenda;
import org.agendaledger.command.meeting.MeetingCommands.RemoveAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.RemoveDocumentationEntry;
import org.agendaledger.command.meeting.MeetingCommands.RemoveSubItem;
import org.agendaledger.command.meeting.MeetingCommands.ReorderAgendaItems;
import org.agendaledger.command.meeting.MeetingCommands.ReorderSubItems;
import org.agendaledger.command.meeting.MeetingCommands.ReviseAgendaItem;
import org.agendaledger.command.meeting.MeetingCommands.ReviseSubItem;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;
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
@RequestMapping("/api/meetings/{meetingId}/agenda")
@Tag(name = "Agenda", description = "Drafting the agenda: items, sub-items, annotations, documentation")
class AgendaController {

    // the request records keep their hand layout: each component under its constraints
    // @formatter:off
    record DocumentRequest(@NotBlank @Size(max = InputRules.SYMBOL, message = InputRules.TOO_LONG) @OneLine
                           String symbol,
                           @NotBlank @Size(max = InputRules.DOCUMENT_TITLE, message = InputRules.TOO_LONG) @OneLine
                           String title) {
    }

    /** A sub-item of a proposed agenda. */
    record ProposedSubItem(@LedgerId String subItemId,
                           @NotBlank @Size(max = InputRules.TITLE, message = InputRules.TOO_LONG) @OneLine String title,
                           @Size(max = InputRules.PARAGRAPHS, message = InputRules.TOO_MANY)
                           List<@NotBlank @Size(max = InputRules.TEXT, message = InputRules.TOO_LONG) @MultiLine
                                   String> annotation) {
    }

    /** An item of a proposed agenda, with its annotation, documentation and sub-items. */
    record ProposedItem(@LedgerId String itemId, @NotNull ItemKind kind,
                        @NotBlank @Size(max = InputRules.TITLE, message = InputRules.TOO_LONG) @OneLine String title,
                        @Size(max = InputRules.PARAGRAPHS, message = InputRules.TOO_MANY)
                        List<@NotBlank @Size(max = InputRules.TEXT, message = InputRules.TOO_LONG) @MultiLine
                                String> annotation,
                        @Size(max = InputRules.DOCUMENTATION, message = InputRules.TOO_MANY) @Valid
                        List<DocumentRequest> documentation,
                        @Size(max = InputRules.SUB_ITEMS, message = InputRules.TOO_MANY) @Valid
                        List<ProposedSubItem> subItems) {
    }

    record ProposeAgendaRequest(@NotEmpty @Size(max = InputRules.ITEMS, message = InputRules.TOO_MANY) @Valid
                                List<ProposedItem> items) {
    }

    record ItemRequest(@LedgerId String itemId, @NotNull ItemKind kind,
                       @NotBlank @Size(max = InputRules.TITLE, message = InputRules.TOO_LONG) @OneLine String title,
                       @PositiveOrZero @Max(InputRules.POSITION) Integer position) {
    }

    record SubItemRequest(@LedgerId String subItemId,
                          @NotBlank @Size(max = InputRules.TITLE, message = InputRules.TOO_LONG) @OneLine String title,
                          @PositiveOrZero @Max(InputRules.POSITION) Integer position) {
    }

    record ReviseItemRequest(@NotNull ItemKind kind,
                             @NotBlank @Size(max = InputRules.TITLE, message = InputRules.TOO_LONG) @OneLine
                             String title) {
    }

    record ReviseSubItemRequest(@NotBlank @Size(max = InputRules.TITLE, message = InputRules.TOO_LONG) @OneLine
                                String title) {
    }

    record OrderRequest(@NotEmpty @Size(max = InputRules.ITEMS, message = InputRules.TOO_MANY)
                        List<@NotBlank @LedgerId String> ids) {
    }

    record AnnotationRequest(@NotNull @Size(max = InputRules.PARAGRAPHS, message = InputRules.TOO_MANY)
                             List<@NotBlank @Size(max = InputRules.TEXT, message = InputRules.TOO_LONG) @MultiLine
                                     String> paragraphs) {
    }
    // @formatter:on

    private final CommandDispatch dispatch;

    AgendaController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "ProposeAgenda: the first version of the draft agenda, with its items")
    Accepted propose(@PathVariable String meetingId, @Valid @RequestBody ProposeAgendaRequest request) {
        List<AgendaItemContent> items = request.items().stream().map(i -> new AgendaItemContent(
                Ids.orNew(i.itemId(), "item"), i.kind(), i.title(), orEmpty(i.annotation()),
                orEmpty(i.documentation()).stream().map(d -> new DocumentationEntry(d.symbol(), d.title())).toList(),
                orEmpty(i.subItems()).stream().map(s -> new SubItemContent(Ids.orNew(s.subItemId(), "sub"),
                        s.title(), orEmpty(s.annotation()))).toList()))
                .toList();
        return Accepted.of(meetingId, dispatch.send(new ProposeAgenda(meetingId, items)));
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an item (position 0 is first; none appends)")
    Accepted addItem(@PathVariable String meetingId, @Valid @RequestBody ItemRequest request) {
        String id = Ids.orNew(request.itemId(), "item");
        return Accepted.of(id, dispatch.send(
                new AddAgendaItem(meetingId, id, request.kind(), request.title(), request.position())));
    }

    @PutMapping("/items/{itemId}")
    @Operation(summary = "Revise an item's title and kind")
    Accepted reviseItem(@PathVariable String meetingId, @PathVariable String itemId,
                        @Valid @RequestBody ReviseItemRequest request) {
        return Accepted.of(itemId, dispatch.send(
                new ReviseAgendaItem(meetingId, itemId, request.kind(), request.title())));
    }

    @DeleteMapping("/items/{itemId}")
    @Operation(summary = "Remove an item without slot assignments or documentation")
    Accepted removeItem(@PathVariable String meetingId, @PathVariable String itemId) {
        return Accepted.of(itemId, dispatch.send(new RemoveAgendaItem(meetingId, itemId)));
    }

    @PutMapping("/order")
    @Operation(summary = "Reorder the items, naming every item id once")
    Accepted reorder(@PathVariable String meetingId, @Valid @RequestBody OrderRequest request) {
        return Accepted.of(meetingId, dispatch.send(new ReorderAgendaItems(meetingId, request.ids())));
    }

    @PostMapping("/items/{itemId}/sub-items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a sub-item (position 0 is (a); none appends)")
    Accepted addSubItem(@PathVariable String meetingId, @PathVariable String itemId,
                        @Valid @RequestBody SubItemRequest request) {
        String id = Ids.orNew(request.subItemId(), "sub");
        return Accepted.of(id, dispatch.send(
                new AddSubItem(meetingId, itemId, id, request.title(), request.position())));
    }

    @PutMapping("/items/{itemId}/sub-items/{subItemId}")
    @Operation(summary = "Revise a sub-item's title")
    Accepted reviseSubItem(@PathVariable String meetingId, @PathVariable String itemId,
                           @PathVariable String subItemId, @Valid @RequestBody ReviseSubItemRequest request) {
        return Accepted.of(subItemId, dispatch.send(
                new ReviseSubItem(meetingId, itemId, subItemId, request.title())));
    }

    @DeleteMapping("/items/{itemId}/sub-items/{subItemId}")
    @Operation(summary = "Remove a sub-item without slot assignments")
    Accepted removeSubItem(@PathVariable String meetingId, @PathVariable String itemId,
                           @PathVariable String subItemId) {
        return Accepted.of(subItemId, dispatch.send(new RemoveSubItem(meetingId, itemId, subItemId)));
    }

    @PutMapping("/items/{itemId}/sub-items/order")
    @Operation(summary = "Reorder the sub-items of an item")
    Accepted reorderSubItems(@PathVariable String meetingId, @PathVariable String itemId,
                             @Valid @RequestBody OrderRequest request) {
        return Accepted.of(itemId, dispatch.send(new ReorderSubItems(meetingId, itemId, request.ids())));
    }

    @PutMapping("/items/{itemId}/annotation")
    @Operation(summary = "Replace the annotation paragraphs of an item")
    Accepted annotate(@PathVariable String meetingId, @PathVariable String itemId,
                      @Valid @RequestBody AnnotationRequest request) {
        return Accepted.of(itemId, dispatch.send(
                new AnnotateAgendaItem(meetingId, itemId, null, request.paragraphs())));
    }

    @PutMapping("/items/{itemId}/sub-items/{subItemId}/annotation")
    @Operation(summary = "Replace the annotation paragraphs of a sub-item")
    Accepted annotateSubItem(@PathVariable String meetingId, @PathVariable String itemId,
                             @PathVariable String subItemId, @Valid @RequestBody AnnotationRequest request) {
        return Accepted.of(subItemId, dispatch.send(
                new AnnotateAgendaItem(meetingId, itemId, subItemId, request.paragraphs())));
    }

    @PostMapping("/items/{itemId}/documentation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "List a document under an item")
    Accepted addDocument(@PathVariable String meetingId, @PathVariable String itemId,
                         @Valid @RequestBody DocumentRequest request) {
        return Accepted.of(itemId, dispatch.send(new AddDocumentationEntry(meetingId, itemId,
                new DocumentationEntry(request.symbol(), request.title()))));
    }

    @DeleteMapping("/items/{itemId}/documentation")
    @Operation(summary = "Take a document (by symbol) off an item's documentation list")
    Accepted removeDocument(@PathVariable String meetingId, @PathVariable String itemId,
                            @RequestParam @Size(max = InputRules.SYMBOL, message = InputRules.TOO_LONG)
                            @Pattern(regexp = InputRules.ONE_LINE, message = InputRules.NOT_ONE_LINE) String symbol) {
        return Accepted.of(itemId, dispatch.send(new RemoveDocumentationEntry(meetingId, itemId, symbol)));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
