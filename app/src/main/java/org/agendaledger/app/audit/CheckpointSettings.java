package org.agendaledger.app.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agenda-ledger.audit.checkpoint.*}: when checkpoints of the store are written. A checkpoint is due once
 * {@code every-events} events, or {@code every} time, have passed since the latest while the store has grown; it
 * covers the settled position, the highest head observed at least {@code settle-margin} ago (longer than any
 * transaction may last); each node looks every {@code poll-interval}. Between checkpoints a node brings the
 * store's stream heads forward from the events added since; every {@code full-check-every} (and at its first
 * checkpoint after a start, or when the events below the latest checkpoint are no longer as many) it reads them from
 * the whole store instead, which is when an event re-hashed in place at or below the latest checkpoint is noticed and
 * logged ({@code PT0S}: at every checkpoint).
 */
@ConfigurationProperties("agenda-ledger.audit.checkpoint")
record CheckpointSettings(@DefaultValue("true") boolean enabled, @DefaultValue("100") int everyEvents,
                          @DefaultValue("PT5M") Duration every, @DefaultValue("PT1M") Duration settleMargin,
                          @DefaultValue("PT10S") Duration pollInterval,
                          @DefaultValue("PT10M") Duration fullCheckEvery) {

    CheckpointSettings {
        if (everyEvents < 1) {
            throw new IllegalArgumentException("agenda-ledger.audit.checkpoint.every-events must be at least 1, not "
                    + everyEvents);
        }
        positive("every", every);
        positive("settle-margin", settleMargin);
        positive("poll-interval", pollInterval);
        if (fullCheckEvery == null || fullCheckEvery.isNegative()) {
            throw new IllegalArgumentException("agenda-ledger.audit.checkpoint.full-check-every must be a duration "
                    + "such as PT10M, or PT0S for every checkpoint, not " + fullCheckEvery);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("agenda-ledger.audit.checkpoint." + name
                    + " must be a positive duration such as PT1M, not " + value);
        }
    }
}
