package org.agendaledger.app.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An export checked with nothing but the file: the hash chain of every stream ({@link ChainCheck}, as on the
 * store), the form order, the checkpoints it holds against its own lines, and its head. Two passes: the first
 * reads what the export says about itself ({@link ExportOutline}), the second walks its events.
 */
final class ExportVerification {

    private ExportVerification() {
    }

    /**
     * @param kept what to compare the export's events with, or {@code null}
     * @param each also given every event, in the order of the file
     */
    static IntegrityReport verify(Path file, KeptComparison kept, Consumer<StoredEvent> each) throws IOException {
        ExportOutline outline = ExportOutline.of(file);
        List<Long> positions = new ArrayList<>(CheckpointCheck.positions(outline.checkpoints()));
        if (outline.head() != null) {
            positions.add(outline.head().position());
        }
        if (kept != null) {
            positions.addAll(kept.positions());
        }
        ChainCheck chain = ChainCheck.inRecordedOrder();
        RecordedOrderCheck walk = new RecordedOrderCheck(positions, kept);
        ExportFile.read(file, new ExportFile.Lines() {
            @Override
            public void record(long lineNumber, ExportRecord record) {
                if (record instanceof StoredEvent event) {
                    chain.check(event);
                    walk.accept(event);
                    each.accept(event);
                }
            }

            @Override
            public void unreadable(long lineNumber, String reason) {
                chain.unreadable(lineNumber, reason);
            }
        });
        walk.finish();
        CheckpointReport checkpoints = CheckpointCheck.report(outline.checkpoints(), walk,
                CheckpointCheck.exportHead(outline, walk));
        KeptReport against = kept == null ? null : kept.report(walk, outline.checkpoints());
        return IntegrityReport.of(chain.report().with(walk.downgraded()), checkpoints, against);
    }
}
