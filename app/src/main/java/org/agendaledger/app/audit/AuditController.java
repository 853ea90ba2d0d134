package org.agendaledger.app.audit;

import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditor's view of the store itself: whether every stream's hash chain and the checkpoint chain hold, the
 * whole store as JSON Lines to keep and check elsewhere, the latest checkpoint to keep, and the store compared with
 * what was kept. Reads only, so every signed-in role may use it. It reads the event table of the application's
 * database, so it exists only when the events are kept there (not on {@code axonserver}).
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Tamper evidence: the hash chain of every stream, checkpoints, the export")
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class AuditController {

    static final String FILE_NAME = "agenda-ledger-events.jsonl";
    private static final String PROBLEMS = "https://agenda-ledger.org/problems/";
    /** A checkpoint is a few hundred bytes; anything much longer is not one. */
    private static final int MAX_CHECKPOINT_BYTES = 64 * 1024;

    private final EventTable events;
    private final CheckpointTable checkpoints;
    private final IntegrityCheck integrity;
    private final SettledPosition settled;
    private final DataSize maxKeptExport;

    AuditController(EventTable events, CheckpointTable checkpoints, IntegrityCheck integrity,
                    SettledPosition settled,
                    @Value("${agenda-ledger.audit.kept-export-max-size:512MB}") DataSize maxKeptExport) {
        this.events = events;
        this.checkpoints = checkpoints;
        this.integrity = integrity;
        this.settled = settled;
        this.maxKeptExport = maxKeptExport;
    }

    @ReadsFrom({})
    @GetMapping("/verify")
    @Operation(summary = "Recompute every event's hash, check every link of every stream, the form of every event "
            + "and every stored checkpoint")
    IntegrityReport verify() {
        return integrity.report();
    }

    @PostMapping(value = "/verify", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_NDJSON_VALUE})
    @Operation(summary = "Verify the store as GET does, and compare it with what an auditor kept: a checkpoint "
            + "(application/json, as GET /api/audit/checkpoints/latest gives it, or an export's last line) or a "
            + "whole export (application/x-ndjson); nothing is stored")
    IntegrityReport verifyAgainst(HttpServletRequest request) throws IOException {
        MediaType type = MediaType.parseMediaType(request.getContentType());
        if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            byte[] body = request.getInputStream().readNBytes(MAX_CHECKPOINT_BYTES + 1);
            if (body.length > MAX_CHECKPOINT_BYTES) {
                throw new KeptRecordRefused("KEPT_RECORD_TOO_LARGE", "A checkpoint is a single JSON object of a "
                        + "few hundred bytes; send a whole export as application/x-ndjson.");
            }
            return integrity.report(KeptCheckpoint.read(new String(body, StandardCharsets.UTF_8)));
        }
        Path spooled = Files.createTempFile("agenda-ledger-kept-", ".jsonl");
        try {
            spool(request.getInputStream(), spooled);
            try (KeptExport kept = KeptExport.open(spooled)) {
                return integrity.report(kept);
            }
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    @ReadsFrom({})
    @GetMapping("/checkpoints/latest")
    @Operation(summary = "The latest checkpoint of the store, to keep: compare the store with it later through "
            + "POST /api/audit/verify or offline with audit verify --against")
    ResponseEntity<?> latestCheckpoint() {
        return checkpoints.latest().<ResponseEntity<?>>map(checkpoint -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON).body(ExportLine.write(checkpoint)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "NO_CHECKPOINT", "No checkpoint has been written "
                        + "yet: the first is written once the store's first events have settled."));
    }

    @ReadsFrom({})
    @GetMapping(value = "/export", produces = MediaType.APPLICATION_NDJSON_VALUE)
    @Operation(summary = "Every event in recorded order as JSON Lines, with payload and metadata as objects, each "
            + "stored checkpoint after the events it covers, and last the export's head; check it offline with: "
            + "java -jar app.jar audit verify <file>")
    ResponseEntity<StreamingResponseBody> export() {
        StreamingResponseBody body = out -> events.inOneSnapshot(() -> {
            List<Checkpoint> stored = checkpoints.all();
            Instant now = Instant.now();
            long settledNow = Math.max(settled.at(now).orElse(0),
                    stored.isEmpty() ? 0 : stored.get(stored.size() - 1).position());
            ExportWriter writer = new ExportWriter(stored, settledNow,
                    DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.MILLIS)), line -> write(out, line));
            events.inRecordedOrder(writer);
            writer.finish();
            return null;
        });
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + FILE_NAME + "\"")
                .body(body);
    }

    @ExceptionHandler(KeptRecordRefused.class)
    ResponseEntity<ProblemDetail> refused(KeptRecordRefused refused) {
        return problem("KEPT_RECORD_TOO_LARGE".equals(refused.code()) ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.BAD_REQUEST, refused.code(), refused.getMessage());
    }

    private void spool(InputStream body, Path file) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                written += read;
                if (written > maxKeptExport.toBytes()) {
                    throw new KeptRecordRefused("KEPT_RECORD_TOO_LARGE", ("The kept export is larger than %s "
                            + "(agenda-ledger.audit.kept-export-max-size); compare it offline with audit verify "
                            + "--against.").formatted(maxKeptExport));
                }
                out.write(buffer, 0, read);
            }
        }
        if (written == 0) {
            throw new KeptRecordRefused("KEPT_RECORD_UNREADABLE", "Nothing was sent: send a kept export as "
                    + "application/x-ndjson, or a kept checkpoint as application/json.");
        }
    }

    private static void write(OutputStream out, String line) {
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            // the client went away: stop reading the store
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEMS + code.toLowerCase().replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
