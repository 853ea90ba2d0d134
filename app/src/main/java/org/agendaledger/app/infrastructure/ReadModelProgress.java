package org.agendaledger.app.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * How far the read models have come through the event store: read-your-writes for a user who sent a command and is
 * about to read what it changed.
 * <p>
 * {@link #head()} taken before a command and {@link #awaitHandled} after it wait until every read model (every
 * streaming processor that can be replayed; the silence-procedure saga is not one) has handled the events stored in
 * between, so the page that follows shows them. The events a command stores come after the head read before it: the
 * global index is given out by the database at insert time, after that read.
 * <p>
 * A segment in error is not waited for (it would not show the change anyway); in a cluster, only the segments this
 * node processes are seen.
 */
@Component
public class ReadModelProgress {

    /** Where nothing has been stored yet. */
    public static final long EMPTY = -1;

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    public ReadModelProgress(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** The position of the newest event stored, {@link #EMPTY} for an empty store. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return EMPTY;
        }
        OptionalLong position = head.position();
        return position.orElse(EMPTY);
    }

    /**
     * Waits (up to {@code patience}, looking every 20 ms) until every read model has handled every event stored after
     * position {@code since} up to the head as it is now; false when one had not in time.
     */
    public boolean awaitHandled(long since, Duration patience) {
        long upTo = head();
        Instant until = Instant.now().plus(patience);
        while (!handled(since, upTo)) {
            if (!Instant.now().isBefore(until)) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Whether every read model has handled the events at positions {@code since} (excluded) to {@code upTo}. */
    public boolean handled(long since, long upTo) {
        if (upTo <= since) {
            return true;
        }
        return readModels().stream().allMatch(processor -> {
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            return segments.stream().allMatch(segment -> segment.isErrorState()
                    || handled(segment.getTrackingToken(), since, upTo));
        });
    }

    /** Whether a segment at {@code token} has passed {@code upTo} with none of the events after {@code since} missed. */
    static boolean handled(TrackingToken token, long since, long upTo) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current == null) {
            return false;
        }
        if (current instanceof GapAwareTrackingToken gapAware) {
            // a gap is a position the segment went past before its transaction committed; it is handled when it comes
            return gapAware.getIndex() >= upTo && gapAware.getGaps().subSet(since + 1, upTo + 1).isEmpty();
        }
        return current.position().orElse(EMPTY) >= upTo;
    }

    private List<StreamingEventProcessor> readModels() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset)
                .toList();
    }
}
