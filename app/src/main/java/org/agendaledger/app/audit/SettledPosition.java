package org.agendaledger.app.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.OptionalLong;

/**
 * The highest position of the store below which no event can still appear. A transaction takes its global index
 * when it inserts and shows its event only when it commits, so an event with a lower index than one already
 * visible may appear later. But every transaction with an index below a head seen at some moment had inserted by
 * then; once the settle margin has passed since, those still missing were rolled back (gaps, forever) — provided
 * no transaction lasts as long as the margin. So the settled position is the highest head observed at least the
 * margin ago, each head dated when it was first seen. It is this node's own observation, by this node's clock.
 */
final class SettledPosition {

    private record Observation(long head, Instant seenAt) {
    }

    private final Duration margin;
    private final Deque<Observation> observations = new ArrayDeque<>();

    SettledPosition(Duration margin) {
        this.margin = margin;
    }

    /** The store's head (its highest visible global index) as seen at a moment. */
    synchronized void observe(long head, Instant seenAt) {
        Observation newest = observations.peekLast();
        if (newest == null || head > newest.head()) {
            observations.addLast(new Observation(head, seenAt));
        }
    }

    synchronized OptionalLong at(Instant now) {
        Instant settledBefore = now.minus(margin);
        // only the newest observation older than the margin matters: drop those it makes obsolete
        while (observations.size() > 1) {
            Iterator<Observation> oldestFirst = observations.iterator();
            oldestFirst.next();
            if (seenAfter(oldestFirst.next(), settledBefore)) {
                break;
            }
            observations.removeFirst();
        }
        Observation oldest = observations.peekFirst();
        return oldest == null || seenAfter(oldest, settledBefore) ? OptionalLong.empty()
                : OptionalLong.of(oldest.head());
    }

    private static boolean seenAfter(Observation observation, Instant moment) {
        return observation.seenAt().isAfter(moment);
    }
}
