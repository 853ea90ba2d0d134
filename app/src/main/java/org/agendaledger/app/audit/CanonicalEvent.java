package org.agendaledger.app.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an event's hash covers, and the hash itself. The same code hashes an event when it is published, checks
 * the store and checks an export offline, so the three can never disagree about the form.
 * <p>
 * The canonical form is a sequence of netstrings ({@code <byte length>:<UTF-8 bytes>,}), an absent value written
 * as {@code -,}: no value can run into the next one, and "absent" differs from "empty". In order: a version tag,
 * the aggregate identifier and type, the sequence number in decimal, the payload type and revision, the payload
 * as canonical JSON ({@link CanonicalJson}), the business time and the actor from the metadata, and the hash of
 * the event before it in the same stream ({@value #GENESIS} for the first). Changing this form makes every stored
 * hash unverifiable: a new form needs a new version tag, with the old one kept for old events.
 */
record CanonicalEvent(String aggregateId, String aggregateType, long sequenceNumber, String payloadType,
                      String payloadRevision, String canonicalPayload, String businessTime, String actor,
                      String previousHash) {

    static final String VERSION = "agenda-ledger/event-hash/1";
    /** The previous hash of a stream's first event. */
    static final String GENESIS = "genesis";
    static final String PREFIX = "sha256:";

    /** The metadata keys the chain adds to every event. */
    static final String HASH = "hash";
    static final String PREVIOUS_HASH = "previousHash";
    /** The metadata keys the hash covers (as {@code CommandMetaData.ACTOR} and {@code BusinessTime.KEY}). */
    static final String ACTOR = "actor";
    static final String BUSINESS_TIME = "businessTime";

    byte[] canonicalForm() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + canonicalPayload.length());
        for (String field : new String[] {VERSION, aggregateId, aggregateType, Long.toString(sequenceNumber),
                payloadType, payloadRevision, canonicalPayload, businessTime, actor, previousHash}) {
            if (field == null) {
                out.writeBytes("-,".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bytes);
                out.write(',');
            }
        }
        return out.toByteArray();
    }

    /** {@code sha256:} and the lower-case hex SHA-256 of the canonical form. */
    String hash() {
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalForm()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
