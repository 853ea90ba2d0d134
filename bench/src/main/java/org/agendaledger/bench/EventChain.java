package org.agendaledger.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hash chain of the events' metadata, as the application's audit takes it (form 2 of {@code CanonicalEvent}
 * in {@code app/.../audit}): netstrings of the form's tag, the aggregate identifier and type, the sequence number,
 * the event identifier, the {@code time_stamp} text, the payload type and revision, the payload and the metadata
 * without {@code hash} and {@code previousHash} as canonical JSON (properties sorted, no white space, exact
 * decimals), and the previous hash; {@code sha256:} and the hex SHA-256 of those bytes. Written again here, as the
 * benchmark runs the packaged application and does not link its classes; {@link StoreCopies} checks it against
 * the hashes the application itself recorded before it chains any copy with it.
 */
final class EventChain {

    static final String FORM = "agenda-ledger/event-hash/2";
    static final String GENESIS = "genesis";
    static final String HASH = "hash";
    static final String PREVIOUS_HASH = "previousHash";
    static final String HASH_FORM = "hashForm";

    static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectWriter SORTED = MAPPER.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);

    /** One row of {@code domain_event_entry}, as stored. */
    record Row(long globalIndex, String aggregateId, String type, long sequenceNumber, String eventId,
               String payloadType, String payloadRevision, String timestamp, byte[] payload, byte[] metaData) {
    }

    private EventChain() {
    }

    /** Whether the row says it was hashed in form 2, the form every event is hashed in when it is stored. */
    static boolean inCurrentForm(ObjectNode metaData) {
        JsonNode form = metaData.get(HASH_FORM);
        return form != null && form.isString() && FORM.equals(form.stringValue());
    }

    /** The hash of the row with that metadata (its {@code previousHash} included), in form 2. */
    static String hash(Row row, JsonNode payload, ObjectNode metaData) {
        ObjectNode unlinked = metaData.deepCopy();
        unlinked.remove(HASH);
        unlinked.remove(PREVIOUS_HASH);
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        for (String field : new String[]{FORM, row.aggregateId(), row.type(), Long.toString(row.sequenceNumber()),
                row.eventId(), row.timestamp(), row.payloadType(), row.payloadRevision(),
                SORTED.writeValueAsString(payload), SORTED.writeValueAsString(unlinked),
                text(metaData.get(PREVIOUS_HASH))}) {
            if (field == null) {
                out.writeBytes("-,".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bytes);
                out.write(',');
            }
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A metadata value as the form takes it: a string as itself, anything else as canonical JSON. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isString() ? value.stringValue() : SORTED.writeValueAsString(value);
    }
}
