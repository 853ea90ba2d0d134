package org.agendaledger.app.audit;

/**
 * A place where the chain does not hold: the event (aggregate and sequence number, or the line of an export that
 * could not be read), what was expected there and what was found, and a sentence for the auditor.
 */
record BrokenLink(String aggregateId, Long sequenceNumber, String expected, String found, Problem problem,
                  String detail) {

    enum Problem {
        /** The recomputed hash differs from the stored one: the payload, identity, sequence, business time,
         * actor or recorded link changed after the event was hashed. */
        HASH_MISMATCH,
        /** The event carries no hash at all. */
        MISSING_HASH,
        /** The stream skips sequence numbers: events before this one are missing. */
        MISSING_EVENT,
        /** The event's sequence number is not after its predecessor's (a repeated or reordered event). */
        OUT_OF_ORDER,
        /** The event's recorded previous hash is not the hash of the event before it. */
        PREVIOUS_HASH_MISMATCH,
        /** A line of an export that is not a readable event. */
        UNREADABLE_LINE
    }
}
