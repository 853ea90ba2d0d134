package org.agendaledger.app.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes an export: the events in recorded order, each stored checkpoint right after the last event it covers,
 * and last the export's head, at the settled position, computed from the very lines written.
 */
final class ExportWriter implements Consumer<StoredEvent> {

    private final Deque<Checkpoint> checkpoints;
    private final Checkpoint latest;
    private final long settledPosition;
    private final String exportedAt;
    private final Consumer<String> lines;
    private final StreamHeads heads = new StreamHeads();
    private StoreHead settled;
    private long lastGlobalIndex;
    private long events;

    /**
     * @param checkpoints     the stored chain, by number
     * @param settledPosition the highest settled position now, where the export's head is taken
     */
    ExportWriter(List<Checkpoint> checkpoints, long settledPosition, String exportedAt, Consumer<String> lines) {
        this.checkpoints = new ArrayDeque<>(checkpoints);
        this.latest = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        this.settledPosition = settledPosition;
        this.exportedAt = exportedAt;
        this.lines = lines;
    }

    @Override
    public void accept(StoredEvent event) {
        while (!checkpoints.isEmpty() && checkpoints.peekFirst().position() < event.globalIndex()) {
            lines.accept(ExportLine.write(checkpoints.removeFirst()));
        }
        if (settled == null && event.globalIndex() > settledPosition) {
            settled = heads.at(settledPosition);
        }
        lines.accept(ExportLine.write(event));
        heads.add(event);
        lastGlobalIndex = event.globalIndex();
        events++;
    }

    void finish() {
        checkpoints.forEach(checkpoint -> lines.accept(ExportLine.write(checkpoint)));
        checkpoints.clear();
        if (settled == null) {
            settled = heads.at(settledPosition);
        }
        lines.accept(ExportLine.write(ExportHead.of(settled, lastGlobalIndex, events, latest, exportedAt)));
    }
}
