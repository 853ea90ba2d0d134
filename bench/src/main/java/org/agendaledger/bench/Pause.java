package org.agendaledger.bench;

import java.time.Duration;

/** Sleeping without checked exceptions; an interrupt stops the benchmark. */
final class Pause {

    private Pause() {
    }

    static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
