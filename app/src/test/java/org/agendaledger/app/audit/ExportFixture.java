package org.agendaledger.app.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * A store in memory, chained as the application chains it — in form 2, or in form 1 as the events stored before
 * form 2 — with checkpoints as the checkpoint writer makes them, exported through the application's own
 * {@link ExportWriter}.
 */
final class ExportFixture {

    private final List<StoredEvent> events = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Map<String, String> nextMeta = new LinkedHashMap<>();
    private long globalIndex;
    private Instant clock = Instant.parse("2026-01-15T10:00:00Z");

    /** An event in form 2, by the secretariat unless {@link #as} said otherwise. */
    ExportFixture event(String aggregateId, String type, String payload) {
        return add(aggregateId, type, payload, HashForm.V2, ++globalIndex);
    }

    /** An event in form 1, as stored before form 2 existed. */
    ExportFixture eventInFirstForm(String aggregateId, String type, String payload) {
        return add(aggregateId, type, payload, HashForm.V1, ++globalIndex);
    }

    /** Metadata for the next event only (e.g. a Bureau member acting). */
    ExportFixture as(String key, String value) {
        nextMeta.put(key, value);
        return this;
    }

    /** A global index taken by a transaction that has not committed yet; {@link #lateEvent} commits it. */
    long takeIndex() {
        return ++globalIndex;
    }

    /** The event of a transaction that took its global index earlier, in a stream of its own. */
    ExportFixture lateEvent(long index, String aggregateId, String type, String payload) {
        return add(aggregateId, type, payload, HashForm.V2, index);
    }

    /** A checkpoint at the highest global index now, chained to the latest. */
    ExportFixture checkpoint() {
        long position = events.stream().mapToLong(StoredEvent::globalIndex).max().orElse(0);
        StreamHeads heads = new StreamHeads();
        events.stream().filter(e -> e.globalIndex() <= position).forEach(heads::add);
        clock = clock.plusSeconds(300);
        checkpoints.add(Checkpoint.after(checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1),
                heads.at(position), clock));
        return this;
    }

    /** The export as {@code GET /api/audit/export} writes it, settled up to the latest checkpoint. */
    List<String> export() {
        return export(checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).position());
    }

    List<String> export(long settledPosition) {
        List<String> lines = new ArrayList<>();
        ExportWriter writer = new ExportWriter(checkpoints, settledPosition, clock.plusSeconds(1).toString(),
                lines::add);
        events.stream().sorted(Comparator.comparingLong(StoredEvent::globalIndex)).forEach(writer);
        writer.finish();
        return lines;
    }

    /** The same store with its last events removed and its checkpoint chain cut back, as a forger would leave it. */
    ExportFixture withoutLast(int count) {
        ExportFixture cut = new ExportFixture();
        List<StoredEvent> kept = events.stream().sorted(Comparator.comparingLong(StoredEvent::globalIndex))
                .limit(events.size() - count).toList();
        long head = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).globalIndex();
        cut.events.addAll(kept);
        checkpoints.stream().filter(c -> c.position() <= head && c.events() <= kept.size())
                .forEach(cut.checkpoints::add);
        cut.globalIndex = globalIndex;
        cut.clock = clock;
        return cut;
    }

    /** One line's event, with its hash re-computed in the form it names now: what a forger would do. */
    static String rehashed(String line) {
        StoredEvent event = (StoredEvent) ExportLine.read(line);
        ((ObjectNode) event.metaData()).put(CanonicalEvent.HASH, event.canonical().hash());
        return ExportLine.write(event);
    }

    private ExportFixture add(String aggregateId, String type, String payload, HashForm form, long index) {
        StoredEvent previous = events.stream().filter(e -> e.aggregateId().equals(aggregateId))
                .max(Comparator.comparingLong(StoredEvent::sequenceNumber)).orElse(null);
        long sequence = previous == null ? 0 : previous.sequenceNumber() + 1;
        ObjectNode meta = CanonicalJson.MAPPER.createObjectNode();
        meta.put("actor", "secretariat");
        meta.put("role", "SECRETARIAT");
        meta.put("businessTime", "2020-01-15T09:00:%02dZ".formatted(index % 60));
        meta.put("correlationId", "c-" + index);
        meta.put("traceId", "t-" + index);
        nextMeta.forEach(meta::put);
        nextMeta.clear();
        if (form == HashForm.V2) {
            meta.put(CanonicalEvent.HASH_FORM, HashForm.V2.tag);
        }
        meta.put(CanonicalEvent.PREVIOUS_HASH, previous == null ? CanonicalEvent.GENESIS : previous.hash());
        StoredEvent event = new StoredEvent(index, aggregateId, type, sequence, "e-" + index,
                "org.agendaledger.events." + type, "1", clock.plusMillis(index).toString(),
                CanonicalJson.MAPPER.readTree(payload), meta);
        meta.put(CanonicalEvent.HASH, event.canonical().hash());
        events.add(event);
        return this;
    }
}
