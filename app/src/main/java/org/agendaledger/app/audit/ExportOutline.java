package org.agendaledger.app.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export says about itself, read in a first pass over the file: the checkpoints it holds (in the order of
 * the file), its head, and how many records follow the head (none in an export as written).
 */
record ExportOutline(List<Checkpoint> checkpoints, ExportHead head, long recordsAfterHead) {

    static ExportOutline of(Path file) throws IOException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        ExportHead[] head = {null};
        long[] afterHead = {0};
        ExportFile.read(file, new ExportFile.Lines() {
            @Override
            public void record(long lineNumber, ExportRecord record) {
                if (head[0] != null) {
                    afterHead[0]++;
                } else if (record instanceof ExportHead exportHead) {
                    head[0] = exportHead;
                }
                if (record instanceof Checkpoint checkpoint) {
                    checkpoints.add(checkpoint);
                }
            }

            @Override
            public void unreadable(long lineNumber, String reason) {
                if (head[0] != null) {
                    afterHead[0]++;
                }
            }
        });
        return new ExportOutline(List.copyOf(checkpoints), head[0], afterHead[0]);
    }
}
