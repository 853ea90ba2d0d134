package org.agendaledger.app.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agendaledger.app.audit.Discrepancy.Problem;

/**
 * A kept export compared with today's events, both in recorded order, side by side: every event kept must still be
 * there at its global index, exactly as kept — every field, so even what form 1 leaves out — and no event may have
 * appeared at or below the kept export's settled position. Events recorded later than it, or committed late just
 * above it, are today's own. Each checkpoint it holds must still be in today's chain. The kept export must first
 * verify by itself: a damaged copy proves nothing.
 */
final class KeptExport implements KeptComparison, AutoCloseable {

    private final BufferedReader kept;
    private final ExportOutline outline;
    private final long settledPosition;
    private final List<Discrepancy> problems = new ArrayList<>();
    private StoredEvent next;
    private long keptEvents;

    private KeptExport(BufferedReader kept, ExportOutline outline, long settledPosition) throws IOException {
        this.kept = kept;
        this.outline = outline;
        this.settledPosition = settledPosition;
        advance();
    }

    /**
     * @throws KeptRecordRefused when the file does not verify by itself
     */
    static KeptExport open(Path file) throws IOException {
        IntegrityReport own = ExportVerification.verify(file, null, event -> {});
        if (!own.ok()) {
            long problems = own.brokenLinks().size() + own.checkpoints().problems().size();
            throw new KeptRecordRefused("KEPT_EXPORT_BROKEN", ("The kept export does not verify by itself (%d %s): "
                    + "the copy was changed or damaged, and nothing can be compared with it. Check it alone with "
                    + "'audit verify'.").formatted(problems, problems == 1 ? "problem" : "problems"));
        }
        ExportOutline outline = ExportOutline.of(file);
        long settled = outline.head() != null ? outline.head().position() : lastGlobalIndex(file);
        return new KeptExport(Files.newBufferedReader(file, StandardCharsets.UTF_8), outline, settled);
    }

    /** An export written before exports had heads: all of it is taken as settled. */
    private static long lastGlobalIndex(Path file) throws IOException {
        long[] last = {0};
        ExportFile.read(file, new ExportFile.Lines() {
            @Override
            public void record(long lineNumber, ExportRecord record) {
                if (record instanceof StoredEvent event) {
                    last[0] = Math.max(last[0], event.globalIndex());
                }
            }

            @Override
            public void unreadable(long lineNumber, String reason) {
            }
        });
        return last[0];
    }

    @Override
    public List<Long> positions() {
        return List.of();
    }

    @Override
    public void accept(StoredEvent today) {
        while (next != null && next.globalIndex() < today.globalIndex()) {
            missing(next);
            advance();
        }
        if (next != null && next.globalIndex() == today.globalIndex()) {
            compare(next, today);
            advance();
        } else if (today.globalIndex() <= settledPosition) {
            problems.add(Discrepancy.atEvent(today, Problem.EVENT_NOT_IN_KEPT_EXPORT, "no event", today.hash(),
                    ("Event %d of %s, at global index %d, is at or below the kept export's settled position %d, but "
                            + "the kept export does not have it: it was added afterwards.").formatted(
                                    today.sequenceNumber(), today.aggregateId(), today.globalIndex(),
                                    settledPosition)));
        }
    }

    @Override
    public KeptReport report(RecordedOrderCheck today, List<Checkpoint> todaysCheckpoints) {
        while (next != null) {
            missing(next);
            advance();
        }
        for (Checkpoint checkpoint : outline.checkpoints()) {
            KeptComparison.stillInChain(checkpoint.number(), checkpoint.hash(), checkpoint.position(),
                    todaysCheckpoints, problems);
        }
        return KeptReport.of(KeptReport.Kind.EXPORT, settledPosition, keptEvents, null, problems);
    }

    private void missing(StoredEvent gone) {
        problems.add(Discrepancy.atEvent(gone, Problem.KEPT_EVENT_MISSING, gone.hash(), null,
                "Event %d of %s, kept at global index %d, is gone.".formatted(gone.sequenceNumber(),
                        gone.aggregateId(), gone.globalIndex())));
    }

    private void compare(StoredEvent was, StoredEvent now) {
        List<String> changed = new ArrayList<>();
        same(changed, "aggregateId", was.aggregateId(), now.aggregateId());
        same(changed, "aggregateType", was.aggregateType(), now.aggregateType());
        same(changed, "sequenceNumber", was.sequenceNumber(), now.sequenceNumber());
        same(changed, "eventId", was.eventId(), now.eventId());
        same(changed, "payloadType", was.payloadType(), now.payloadType());
        same(changed, "payloadRevision", was.payloadRevision(), now.payloadRevision());
        same(changed, "timestamp", was.timestamp(), now.timestamp());
        same(changed, "payload", CanonicalJson.of(was.payload()), CanonicalJson.of(now.payload()));
        same(changed, "metaData", CanonicalJson.of(was.metaData()), CanonicalJson.of(now.metaData()));
        if (!changed.isEmpty()) {
            problems.add(Discrepancy.atEvent(was, Problem.KEPT_EVENT_CHANGED, was.hash(), now.hash(),
                    "Event %d of %s, at global index %d, is not as it was kept: %s changed.".formatted(
                            was.sequenceNumber(), was.aggregateId(), was.globalIndex(), String.join(", ", changed))));
        }
    }

    private static void same(List<String> changed, String field, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            changed.add(field);
        }
    }

    private void advance() {
        try {
            next = null;
            for (String line = kept.readLine(); line != null; line = kept.readLine()) {
                if (!line.isBlank() && ExportLine.read(line) instanceof StoredEvent event) {
                    next = event;
                    keptEvents++;
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        kept.close();
    }
}
