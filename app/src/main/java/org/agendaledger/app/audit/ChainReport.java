package org.agendaledger.app.audit;

import java.util.ArrayList;
import java.util.List;

/** The outcome of walking every stream: {@code OK} when no link is broken, otherwise {@code BROKEN}. */
record ChainReport(String status, long streams, long events, List<BrokenLink> brokenLinks) {

    static final String OK = "OK";
    static final String BROKEN = "BROKEN";

    boolean ok() {
        return brokenLinks.isEmpty();
    }

    /** This report with more broken links found by another walk over the same events. */
    ChainReport with(List<BrokenLink> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<BrokenLink> all = new ArrayList<>(brokenLinks);
        all.addAll(more);
        return new ChainReport(BROKEN, streams, events, List.copyOf(all));
    }
}
