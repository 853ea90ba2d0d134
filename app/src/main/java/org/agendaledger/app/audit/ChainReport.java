package org.agendaledger.app.audit;

import java.util.List;

/** The outcome of walking every stream: {@code OK} when no link is broken, otherwise {@code BROKEN}. */
record ChainReport(String status, long streams, long events, List<BrokenLink> brokenLinks) {

    static final String OK = "OK";
    static final String BROKEN = "BROKEN";

    boolean ok() {
        return brokenLinks.isEmpty();
    }
}
