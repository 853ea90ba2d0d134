package org.agendaledger.app.audit;

import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditor's view of the store itself: whether every stream's hash chain holds, and the whole store as JSON
 * Lines to keep and check elsewhere. Reads only, so every signed-in role may use it. It reads the event table of
 * the application's database, so it exists only when the events are kept there (not on {@code axonserver}).
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Tamper evidence: the hash chain of every stream, and the export")
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class AuditController {

    static final String FILE_NAME = "agenda-ledger-events.jsonl";

    private final EventTable events;
    private final IntegrityCheck integrity;

    AuditController(EventTable events, IntegrityCheck integrity) {
        this.events = events;
        this.integrity = integrity;
    }

    @ReadsFrom({})
    @GetMapping("/verify")
    @Operation(summary = "Recompute every event's hash and check every link of every stream")
    ChainReport verify() {
        return integrity.report();
    }

    @ReadsFrom({})
    @GetMapping(value = "/export", produces = MediaType.APPLICATION_NDJSON_VALUE)
    @Operation(summary = "Every event in recorded order as JSON Lines, with payload and metadata as objects; "
            + "check it offline with: java -jar app.jar audit verify <file>")
    ResponseEntity<StreamingResponseBody> export() {
        StreamingResponseBody body = out -> events.inRecordedOrder(event -> {
            try {
                out.write(ExportLine.write(event).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            } catch (java.io.IOException e) {
                // the client went away: stop reading the store
                throw new UncheckedIOException(e);
            }
        });
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + FILE_NAME + "\"")
                .body(body);
    }
}
