package org.agendaledger.app.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.app.audit.BrokenLink.Problem;

/**
 * Checks events one at a time against the chain: each event's hash must be what its facts give now, and each
 * event must follow its stream's previous event, linked by that event's recorded hash. Two checks per event keep
 * every finding local: a changed event shows as a {@link Problem#HASH_MISMATCH} where it is, a missing, reordered
 * or re-hashed one as a broken link at the event after it.
 * <p>
 * Only the last event of each open stream is remembered. Read stream by stream (the store, ordered by aggregate),
 * a stream is closed as soon as the next begins, so memory stays constant; read in global order (an export),
 * memory grows with the number of streams, never with the number of events.
 */
final class ChainCheck {

    private record Last(String aggregateId, long sequenceNumber, String hash) {
    }

    private static final String CHANGED_IN_FORM_1 = "The event is not what was hashed: its payload, identity, "
            + "sequence number, business time, actor or recorded link changed.";
    private static final String CHANGED_IN_FORM_2 = "The event is not what was hashed: a stored column (identity, "
            + "type, sequence number, event id, recording time, payload type, revision or payload) or a metadata key "
            + "(actor, role, member, business time, correlation or trace id, any other) or its recorded link changed.";

    private final boolean streamsArriveWhole;
    private final Map<String, Last> lastOfStream = new HashMap<>();
    private final List<BrokenLink> brokenLinks = new ArrayList<>();
    private Last previousEvent;
    private long streams;
    private long events;
    private long lastGlobalIndex = -1;

    private ChainCheck(boolean streamsArriveWhole) {
        this.streamsArriveWhole = streamsArriveWhole;
    }

    /** For events ordered by aggregate and sequence number: each stream complete before the next. */
    static ChainCheck streamByStream() {
        return new ChainCheck(true);
    }

    /** For events in the order they were recorded, streams interleaved. */
    static ChainCheck inRecordedOrder() {
        return new ChainCheck(false);
    }

    void check(StoredEvent event) {
        events++;
        if (streamsArriveWhole && previousEvent != null && !previousEvent.aggregateId().equals(event.aggregateId())) {
            lastOfStream.remove(previousEvent.aggregateId());
        }
        Last last = lastOfStream.get(event.aggregateId());
        if (last == null) {
            streams++;
        }
        String stored = event.hash();
        checkHash(event, stored);
        checkLink(event, last);
        if (!streamsArriveWhole) {
            checkGlobalOrder(event);
        }
        previousEvent = new Last(event.aggregateId(), event.sequenceNumber(), stored == null ? "" : stored);
        lastOfStream.put(event.aggregateId(), previousEvent);
    }

    /** A line of an export that is not an event; the events around it are still checked. */
    void unreadable(long lineNumber, String reason) {
        brokenLinks.add(new BrokenLink(null, null, "an event", null, Problem.UNREADABLE_LINE,
                "Line %d is not a readable event: %s".formatted(lineNumber, reason)));
    }

    ChainReport report() {
        return new ChainReport(brokenLinks.isEmpty() ? ChainReport.OK : ChainReport.BROKEN, streams, events,
                List.copyOf(brokenLinks));
    }

    private void checkHash(StoredEvent event, String stored) {
        if (event.hashForm().isEmpty()) {
            broken(event, HashForm.V2.tag, CanonicalJson.text(event.metaData().get(CanonicalEvent.HASH_FORM)),
                    Problem.UNKNOWN_HASH_FORM, "The event names a form of the hash that no version of Agenda Ledger "
                            + "writes, so it cannot be checked.");
            return;
        }
        String recomputed = event.canonical().hash();
        if (stored == null) {
            broken(event, recomputed, null, Problem.MISSING_HASH, "The event carries no hash.");
        } else if (!recomputed.equals(stored)) {
            broken(event, recomputed, stored, Problem.HASH_MISMATCH,
                    event.hashForm().get() == HashForm.V1 ? CHANGED_IN_FORM_1 : CHANGED_IN_FORM_2);
        }
    }

    /** An export's lines follow the store's order: each global index above the one before. */
    private void checkGlobalOrder(StoredEvent event) {
        if (event.globalIndex() < 0) {
            return;
        }
        if (event.globalIndex() <= lastGlobalIndex) {
            broken(event, "a global index above " + lastGlobalIndex, Long.toString(event.globalIndex()),
                    Problem.OUT_OF_ORDER, "Global index %d comes after %d: a line was repeated or moved."
                            .formatted(event.globalIndex(), lastGlobalIndex));
        }
        lastGlobalIndex = Math.max(lastGlobalIndex, event.globalIndex());
    }

    private void checkLink(StoredEvent event, Last last) {
        long expectedSequence = last == null ? 0 : last.sequenceNumber() + 1;
        String expectedPrevious = last == null ? CanonicalEvent.GENESIS : last.hash();
        String found = event.previousHash();
        if (event.sequenceNumber() > expectedSequence) {
            broken(event, expectedPrevious, found, Problem.MISSING_EVENT, last == null
                    ? "The stream begins at sequence %d: %s.".formatted(event.sequenceNumber(),
                            missing(expectedSequence, event.sequenceNumber() - 1))
                    : "Sequence %d follows %d: %s.".formatted(event.sequenceNumber(), last.sequenceNumber(),
                            missing(expectedSequence, event.sequenceNumber() - 1)));
        } else if (event.sequenceNumber() < expectedSequence) {
            broken(event, expectedPrevious, found, Problem.OUT_OF_ORDER, "Sequence %d comes after %d."
                    .formatted(event.sequenceNumber(), last.sequenceNumber()));
        } else if (!expectedPrevious.equals(found)) {
            broken(event, expectedPrevious, found, Problem.PREVIOUS_HASH_MISMATCH, last == null
                    ? "The first event of the stream does not start the chain."
                    : "The event does not link to the hash of event %d before it.".formatted(last.sequenceNumber()));
        }
    }

    private static String missing(long first, long last) {
        return first == last ? "event %d is missing".formatted(first)
                : "events %d to %d are missing".formatted(first, last);
    }

    private void broken(StoredEvent event, String expected, String found, Problem problem, String detail) {
        brokenLinks.add(new BrokenLink(event.aggregateId(), event.sequenceNumber(), expected, found, problem,
                detail));
    }
}
