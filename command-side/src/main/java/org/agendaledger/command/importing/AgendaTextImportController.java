package org.agendaledger.command.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.KnownMeetings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the text of an existing annotated provisional agenda into a proposal: the secretariat pastes the plain
 * text of a document (as copied from the document of a body of the United Nations system) and gets back the agenda
 * document the text says, the issue its first page says, and every line that could not be placed. Nothing is
 * stored: the secretariat reviews the proposal and imports it (or not) as an agenda document of its own. The text is
 * read for a meeting that exists, as the import that follows it is: an id that names no meeting is refused
 * ({@code 404 UNKNOWN_ID}) before any text is read.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}/agenda/import/text")
@Tag(name = "Agenda", description = "Drafting the agenda: items, sub-items, annotations, documentation")
class AgendaTextImportController {

    /** The longest text read: a whole annotated agenda is a few tens of kilobytes. */
    static final int MAX_BYTES = 1024 * 1024;

    private final AgendaTextParser parser = new AgendaTextParser();
    private final KnownMeetings meetings;

    AgendaTextImportController(KnownMeetings meetings) {
        this.meetings = meetings;
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read the plain text of an annotated provisional agenda into a proposed agenda document, "
            + "the issue it states and the lines that could not be placed; nothing is stored",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string", maxLength = MAX_BYTES))))
    ParsedAgenda read(@PathVariable String meetingId, HttpServletRequest request) throws Exception {
        meetings.require(meetingId);
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new TextTooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new TextTooLarge();
        }
        String text = decoded(body, request.getCharacterEncoding());
        if (text.isBlank()) {
            throw new InvalidFields("EMPTY_TEXT", Map.of("text", "Paste the text of the agenda's document: the "
                    + "request body is empty."));
        }
        return parser.parse(text);
    }

    @ExceptionHandler(TextTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(TextTooLarge refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, refused.getMessage());
        problem.setType(URI.create("https://agenda-ledger.org/problems/text-too-large"));
        problem.setTitle(HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
        problem.setProperty("code", "TEXT_TOO_LARGE");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The body in its stated character set (UTF-8 when none is stated); text that is not in it is refused. */
    private static String decoded(byte[] body, String encoding) {
        Charset charset;
        try {
            charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFields("UNREADABLE_TEXT", Map.of("text", ("The character set '%s' is unknown; send "
                    + "the text as UTF-8.").formatted(encoding)));
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notText) {
            throw new InvalidFields("UNREADABLE_TEXT", Map.of("text", ("The body is not text in %s; send the "
                    + "text as UTF-8.").formatted(charset.name())));
        }
    }

    /** A text longer than any agenda's document. */
    static final class TextTooLarge extends RuntimeException {

        TextTooLarge() {
            super("The text is longer than 1 MB; an annotated agenda's text is far shorter. Paste the document's "
                    + "text only.");
        }
    }
}
