package org.agendaledger.app.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything a verification found, as {@code GET /api/audit/verify} answers it: the hash chain of every stream
 * (counts and broken links), the checkpoints, and — when the events were compared with what an auditor kept —
 * that comparison. {@code OK} only when all of them hold.
 */
record IntegrityReport(String status, long streams, long events, List<BrokenLink> brokenLinks,
                       CheckpointReport checkpoints,
                       @JsonInclude(JsonInclude.Include.NON_NULL) KeptReport against) {

    static IntegrityReport of(ChainReport chain, CheckpointReport checkpoints, KeptReport against) {
        boolean ok = chain.ok() && checkpoints.ok() && (against == null || against.ok());
        return new IntegrityReport(ok ? ChainReport.OK : ChainReport.BROKEN, chain.streams(), chain.events(),
                chain.brokenLinks(), checkpoints, against);
    }

    boolean ok() {
        return ChainReport.OK.equals(status);
    }
}
