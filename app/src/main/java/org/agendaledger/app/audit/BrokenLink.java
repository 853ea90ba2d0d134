package org.agendaledger.app.audit;

/**
 * A place where the chain does not hold: the event (aggregate and sequence number, or the line of an export that
 * could not be read), what was expected there and what was found, and a sentence for the auditor.
 */
record BrokenLink(String aggregateId, Long sequenceNumber, String expected, String found, Problem problem,
                  String detail) {

    enum Problem {
        /** The recomputed hash differs from the stored one: something the event's form covers changed after the
         * event was hashed (form 2: any stored column but the global index, or any metadata key). */
        HASH_MISMATCH,
        /** The event carries no hash at all. */
        MISSING_HASH,
        /** The stream skips sequence numbers: events before this one are missing. */
        MISSING_EVENT,
        /** The event's sequence number is not after its predecessor's (a repeated or reordered event), or an
         * export's line does not follow the one before it in global index. */
        OUT_OF_ORDER,
        /** The event's recorded previous hash is not the hash of the event before it. */
        PREVIOUS_HASH_MISMATCH,
        /** A line of an export that is not a readable event. */
        UNREADABLE_LINE,
        /** The event names a form of the hash this version does not know. */
        UNKNOWN_HASH_FORM,
        /** The event is in form 1 but was recorded after an event in form 2: form 1 events exist only from before
         * form 2, so this one was moved back to the old form, which covers less. */
        FORM_DOWNGRADED
    }
}
