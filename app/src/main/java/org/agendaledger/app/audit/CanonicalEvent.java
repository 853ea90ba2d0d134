package org.agendaledger.app.audit;

/**
 * What an event's hash covers, and the hash itself. The same code hashes an event when it is published, checks
 * the store and checks an export offline, so the three can never disagree about the form: {@link StoredEvent}
 * builds it from a row or a line, and {@link HashChaining} builds a {@link StoredEvent} of the event as it will be
 * stored.
 * <p>
 * Each form is a sequence of {@link Netstrings} beginning with its version tag ({@link HashForm}). Changing a form
 * makes every hash taken in it unverifiable: a new form needs a new version tag, with the old ones kept for the
 * events hashed in them.
 */
sealed interface CanonicalEvent permits CanonicalEvent.Version1, CanonicalEvent.Version2 {

    /** The previous hash of a stream's first event. */
    String GENESIS = "genesis";
    String PREFIX = Netstrings.PREFIX;

    /** The metadata keys the chain adds to every event. */
    String HASH = "hash";
    String PREVIOUS_HASH = "previousHash";
    String HASH_FORM = "hashForm";

    byte[] canonicalForm();

    /** {@code sha256:} and the lower-case hex SHA-256 of the canonical form. */
    default String hash() {
        return Netstrings.sha256(canonicalForm());
    }

    /**
     * Form 1: the version tag, the aggregate identifier and type, the sequence number in decimal, the payload type
     * and revision, the payload as canonical JSON ({@link CanonicalJson}), the business time and the actor from the
     * metadata, and the hash of the event before it in the same stream ({@value #GENESIS} for the first).
     */
    record Version1(String aggregateId, String aggregateType, long sequenceNumber, String payloadType,
                    String payloadRevision, String canonicalPayload, String businessTime, String actor,
                    String previousHash)
            implements CanonicalEvent {

        @Override
        public byte[] canonicalForm() {
            return Netstrings.of(HashForm.V1.tag, aggregateId, aggregateType, Long.toString(sequenceNumber),
                    payloadType, payloadRevision, canonicalPayload, businessTime, actor, previousHash).bytes();
        }
    }

    /**
     * Form 2: the version tag, the aggregate identifier and type, the sequence number in decimal, the event id, the
     * recording time as the store keeps it (the text of the {@code time_stamp} column), the payload type and
     * revision, the payload and the whole metadata as canonical JSON — every key but {@value #HASH} and
     * {@value #PREVIOUS_HASH}, so the {@value #HASH_FORM} marker too — and the previous hash. The global index is
     * not known before the event is stored: the checkpoints cover it.
     */
    record Version2(String aggregateId, String aggregateType, long sequenceNumber, String eventId, String timestamp,
                    String payloadType, String payloadRevision, String canonicalPayload, String canonicalMetaData,
                    String previousHash)
            implements CanonicalEvent {

        @Override
        public byte[] canonicalForm() {
            return Netstrings.of(HashForm.V2.tag, aggregateId, aggregateType, Long.toString(sequenceNumber), eventId,
                    timestamp, payloadType, payloadRevision, canonicalPayload, canonicalMetaData, previousHash)
                    .bytes();
        }
    }
}
