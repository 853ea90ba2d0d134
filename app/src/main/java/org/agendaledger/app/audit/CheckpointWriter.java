package org.agendaledger.app.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of checkpointing on this node: observe the store's head, and when a checkpoint is due, append the next
 * one at the settled position — unless another node appended its own first, which is no failure (it covers the
 * same events, and this node's next round continues from it).
 * <p>
 * Before appending, it looks at what the new checkpoint will be chained to: the store must still hold what the
 * latest checkpoint says, and every event recorded since must be what was hashed. When not, it logs an error and
 * appends all the same: a checkpoint says what the store holds when it is made, the earlier ones keep what it held
 * before, and stopping the chain would only leave later events uncovered.
 */
final class CheckpointWriter {

    private static final Logger log = LoggerFactory.getLogger(CheckpointWriter.class);

    enum Outcome {
        /** No head observed long enough ago (or an empty store). */
        NOTHING_SETTLED,
        /** The latest checkpoint already covers the settled position. */
        UP_TO_DATE,
        /** Fewer than {@code every-events} settled events, and less than {@code every} time, since the latest. */
        NOT_DUE,
        WRITTEN,
        ANOTHER_NODE_WAS_FIRST
    }

    record Round(Outcome outcome, Checkpoint checkpoint, Duration took) {
    }

    private final EventTable events;
    private final CheckpointTable checkpoints;
    private final SettledPosition settled;
    private final CheckpointSettings settings;
    private final Clock clock;

    CheckpointWriter(EventTable events, CheckpointTable checkpoints, SettledPosition settled,
                     CheckpointSettings settings, Clock clock) {
        this.events = events;
        this.checkpoints = checkpoints;
        this.settled = settled;
        this.settings = settings;
        this.clock = clock;
    }

    Round round() {
        Instant now = clock.instant();
        events.head().ifPresent(head -> settled.observe(head, now));
        OptionalLong position = settled.at(now);
        if (position.isEmpty()) {
            return done(Outcome.NOTHING_SETTLED, null, now);
        }
        Optional<Checkpoint> latest = checkpoints.latest();
        if (latest.isPresent() && position.getAsLong() <= latest.get().position()) {
            return done(Outcome.UP_TO_DATE, null, now);
        }
        if (latest.isPresent() && !due(latest.get(), position.getAsLong(), now)) {
            return done(Outcome.NOT_DUE, null, now);
        }
        alarmIfAltered(latest.orElse(null), position.getAsLong());
        Checkpoint next = Checkpoint.after(latest.orElse(null), events.headAt(position.getAsLong()), now);
        return checkpoints.appendIfNext(next) ? done(Outcome.WRITTEN, next, now)
                : done(Outcome.ANOTHER_NODE_WAS_FIRST, next, now);
    }

    private boolean due(Checkpoint latest, long position, Instant now) {
        if (events.eventsUpTo(position) - latest.events() >= settings.everyEvents()) {
            return true;
        }
        try {
            return !Duration.between(Instant.parse(latest.createdAt()), now).minus(settings.every()).isNegative();
        } catch (DateTimeParseException e) {
            // an altered row; the verification reports it, the chain goes on
            return true;
        }
    }

    private void alarmIfAltered(Checkpoint latest, long position) {
        if (latest != null) {
            StoreHead now = events.headAt(latest.position());
            if (!now.sameAs(latest.head())) {
                log.error("The store no longer holds what checkpoint {} says: at position {} it held {}, it now holds "
                        + "{}. Events were removed, added or re-hashed; GET /api/audit/verify shows where. The next "
                        + "checkpoint is written all the same.", latest.number(), latest.position(),
                        latest.head().described(), now.described());
            }
        }
        AtomicLong altered = new AtomicLong();
        events.between(latest == null ? -1 : latest.position(), position, event -> {
            if (event.hashForm().isEmpty() || !event.canonical().hash().equals(event.hash())) {
                if (altered.getAndIncrement() == 0) {
                    log.error("Event {} of {} (global index {}) is not what was hashed; GET /api/audit/verify shows "
                            + "every such event. The next checkpoint is written all the same.",
                            event.sequenceNumber(), event.aggregateId(), event.globalIndex());
                }
            }
        });
        if (altered.get() > 1) {
            log.error("{} events recorded up to position {} are not what was hashed.", altered.get(), position);
        }
    }

    private Round done(Outcome outcome, Checkpoint checkpoint, Instant start) {
        return new Round(outcome, checkpoint, Duration.between(start, clock.instant()));
    }
}
