package org.agendaledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical forms an event's hash covers (form 1 of the events stored before form 2, and form 2), the stream
 * heads' and a checkpoint's hash: unambiguous, complete, and blind only to JSON layout.
 */
class AuditCanonicalFormTest {

    private static final String PAYLOAD = "{\"name\":\"Extended Bureau\",\"bureauId\":\"bureau-1\"}";

    private static CanonicalEvent.Version1 established() {
        return new CanonicalEvent.Version1("bureau-1", "Bureau", 0,
                "org.agendaledger.events.bureau.BureauEstablished", "1",
                CanonicalJson.of(PAYLOAD.getBytes(StandardCharsets.UTF_8)), "2020-01-15T09:00:00Z", "secretariat",
                CanonicalEvent.GENESIS);
    }

    @Test
    void theFormIsASequenceOfNetstringsWithSortedCompactPayload() {
        assertThat(new String(established().canonicalForm(), StandardCharsets.UTF_8)).isEqualTo(
                "26:agenda-ledger/event-hash/1,8:bureau-1,6:Bureau,1:0,48:org.agendaledger.events.bureau."
                        + "BureauEstablished,1:1,48:{\"bureauId\":\"bureau-1\",\"name\":\"Extended Bureau\"},"
                        + "20:2020-01-15T09:00:00Z,11:secretariat,7:genesis,");
    }

    @Test
    void theHashIsTheSha256OfTheFormAsComputedIndependently() {
        // computed with Python's hashlib from the form above, so a change of the form cannot go unnoticed
        assertThat(established().hash())
                .isEqualTo("sha256:bdd04b4e9e87401afcd0281a62767fcfdcf91cd4fe13ac6e3e6fffbee9abf3af");
    }

    @Test
    void anAbsentValueIsWrittenApartFromAnEmptyOne() {
        CanonicalEvent.Version1 e = established();
        CanonicalEvent noActor = new CanonicalEvent.Version1(e.aggregateId(), e.aggregateType(), 0,
                e.payloadType(), e.payloadRevision(), e.canonicalPayload(), e.businessTime(), null, e.previousHash());
        CanonicalEvent emptyActor = new CanonicalEvent.Version1(e.aggregateId(), e.aggregateType(), 0,
                e.payloadType(), e.payloadRevision(), e.canonicalPayload(), e.businessTime(), "", e.previousHash());
        assertThat(new String(noActor.canonicalForm(), StandardCharsets.UTF_8)).endsWith(",-,7:genesis,");
        assertThat(noActor.hash())
                .isEqualTo("sha256:71b7854f61c8a669d27f978387abfb0ebe0bcf68013afc23c3fef0b2e59ccd15")
                .isNotEqualTo(emptyActor.hash());
    }

    @Test
    void movingCharactersFromOneFieldToTheNextChangesTheHash() {
        CanonicalEvent one = new CanonicalEvent.Version1("ab", "c", 0, "T", "1", "{}", null, null,
                CanonicalEvent.GENESIS);
        CanonicalEvent other = new CanonicalEvent.Version1("a", "bc", 0, "T", "1", "{}", null, null,
                CanonicalEvent.GENESIS);
        assertThat(one.hash()).isNotEqualTo(other.hash());
    }

    @Test
    void everyCoveredFactChangesTheHash() {
        CanonicalEvent.Version1 e = established();
        List<CanonicalEvent> changed = List.of(
                new CanonicalEvent.Version1("bureau-2", e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent.Version1(e.aggregateId(), "Meeting", 0, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent.Version1(e.aggregateId(), e.aggregateType(), 1, e.payloadType(),
                        e.payloadRevision(), e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent.Version1(e.aggregateId(), e.aggregateType(), 0, "Other", e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent.Version1(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), "2",
                        e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent.Version1(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
                        "{\"bureauId\":\"bureau-1\",\"name\":\"Extended bureau\"}", e.businessTime(), e.actor(),
                        e.previousHash()),
                new CanonicalEvent.Version1(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), "2020-01-15T09:00:01Z", e.actor(), e.previousHash()),
                new CanonicalEvent.Version1(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), "auditor", e.previousHash()),
                new CanonicalEvent.Version1(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), e.actor(), "sha256:00"));
        assertThat(changed).extracting(CanonicalEvent::hash).doesNotContain(e.hash()).doesNotHaveDuplicates();
    }

    @Test
    void thePayloadsLayoutAndPropertyOrderDoNotMatterAtAnyDepth() {
        String compact = "{\"a\":1,\"b\":{\"y\":[1,{\"q\":true,\"p\":null}],\"x\":\"é\"}}";
        String reordered = "{ \"b\" : { \"x\" : \"\\u00e9\", \"y\" : [ 1, { \"p\" : null, \"q\" : true } ] },\n"
                + "  \"a\" : 1 }";
        assertThat(canonical(reordered)).isEqualTo(canonical(compact))
                .isEqualTo("{\"a\":1,\"b\":{\"x\":\"é\",\"y\":[1,{\"p\":null,\"q\":true}]}}");
    }

    @Test
    void arrayOrderAndExactNumbersDoMatter() {
        assertThat(canonical("{\"ids\":[\"a\",\"b\"]}")).isNotEqualTo(canonical("{\"ids\":[\"b\",\"a\"]}"));
        // read as doubles, both would be 0.1
        assertThat(canonical("{\"n\":0.1}")).isNotEqualTo(canonical("{\"n\":0.10000000000000001}"));
    }

    @Test
    void aPayloadWithARepeatedPropertyIsNoPayloadAtAll() {
        byte[] repeated = "{\"name\":\"a\",\"name\":\"b\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CanonicalJson.of(repeated)).isInstanceOf(RuntimeException.class);
        assertThat(CanonicalJson.readLeniently(repeated).isString()).isTrue();
    }

    @Test
    void theSecondFormCoversEveryStoredColumnAndTheWholeMetadataButItsOwnLinks() {
        // given an event in form 2 as the store keeps it, with a hash that the form cannot cover
        StoredEvent event = formTwo(meta -> meta.put(CanonicalEvent.HASH, "sha256:anything"));

        // then its form lists every column but the global index, and the metadata without hash and previousHash
        assertThat(new String(event.canonical().canonicalForm(), StandardCharsets.UTF_8)).isEqualTo(
                "26:agenda-ledger/event-hash/2,8:bureau-1,6:Bureau,1:0,3:e-1,24:2026-01-15T09:00:00.123Z,"
                        + "48:org.agendaledger.events.bureau.BureauEstablished,1:1,"
                        + "48:{\"bureauId\":\"bureau-1\",\"name\":\"Extended Bureau\"},"
                        + "160:{\"actor\":\"secretariat\",\"businessTime\":\"2020-01-15T09:00:00Z\","
                        + "\"correlationId\":\"c-1\",\"hashForm\":\"agenda-ledger/event-hash/2\","
                        + "\"role\":\"SECRETARIAT\",\"traceId\":\"t-1\"},7:genesis,");
        // computed with Python's hashlib from the form above
        assertThat(event.canonical().hash())
                .isEqualTo("sha256:596b359029ecf7a147a6511335158ba06193177c77901dde5954debb2a724333");
    }

    @Test
    void inTheSecondFormEveryColumnAndEveryMetadataKeyChangesTheHash() {
        StoredEvent e = formTwo(meta -> {});
        List<StoredEvent> changed = List.of(
                column(e, "aggregateId", "bureau-2"), column(e, "aggregateType", "Meeting"),
                column(e, "sequenceNumber", "1"), column(e, "eventId", "e-2"),
                column(e, "timestamp", "2026-01-15T09:00:00.124Z"), column(e, "payloadType", "Other"),
                column(e, "payloadRevision", "2"), column(e, "payloadRevision", null),
                column(e, "payload", "{\"bureauId\":\"bureau-1\",\"name\":\"Extended bureau\"}"),
                formTwo(meta -> meta.put("actor", "auditor")), formTwo(meta -> meta.put("role", "AUDITOR")),
                formTwo(meta -> meta.put("memberId", "president")),
                formTwo(meta -> meta.put("businessTime", "2020-01-15T09:00:01Z")),
                formTwo(meta -> meta.put("correlationId", "c-2")), formTwo(meta -> meta.put("traceId", "t-2")),
                formTwo(meta -> meta.put("note", "any key at all")), formTwo(meta -> meta.remove("traceId")),
                formTwo(meta -> meta.put("role", "")), formTwo(meta -> meta.put(CanonicalEvent.PREVIOUS_HASH, "x")));
        assertThat(changed).extracting(event -> event.canonical().hash())
                .doesNotContain(e.canonical().hash()).doesNotHaveDuplicates();
    }

    @Test
    void theGlobalIndexAndTheRecordedHashAreOutsideTheForm() {
        StoredEvent e = formTwo(meta -> {});
        StoredEvent elsewhere = new StoredEvent(99, e.aggregateId(), e.aggregateType(), e.sequenceNumber(),
                e.eventId(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData());
        assertThat(elsewhere.canonical().hash()).isEqualTo(e.canonical().hash())
                .isEqualTo(formTwo(meta -> meta.put(CanonicalEvent.HASH, "sha256:other")).canonical().hash());
    }

    @Test
    void anEventSaysItsFormAndAnUnknownFormIsNone() {
        assertThat(formTwo(meta -> {}).hashForm()).contains(HashForm.V2);
        assertThat(formTwo(meta -> meta.remove(CanonicalEvent.HASH_FORM)).hashForm()).contains(HashForm.V1);
        assertThat(formTwo(meta -> meta.remove(CanonicalEvent.HASH_FORM)).canonical())
                .isInstanceOf(CanonicalEvent.Version1.class);
        assertThat(formTwo(meta -> meta.put(CanonicalEvent.HASH_FORM, "agenda-ledger/event-hash/3")).hashForm())
                .isEmpty();
        // form 1's tag was never written as a marker: naming it is no way to claim the smaller form
        assertThat(formTwo(meta -> meta.put(CanonicalEvent.HASH_FORM, HashForm.V1.tag)).hashForm()).isEmpty();
    }

    @Test
    void theStreamHeadsAreEachStreamsHighestSequenceNumberInTheOrderOfTheirBytes() {
        // given two streams, added in any order, an older event after a newer one
        StreamHeads heads = new StreamHeads();
        heads.add("meeting-1", 1, "sha256:bb");
        heads.add("bureau-1", 3, "sha256:aa");
        heads.add("bureau-1", 2, "sha256:older");
        StoreHead head = heads.at(6, 6);

        // then the hash is over bureau-1 #3 and meeting-1 #1 only, as computed with Python's hashlib
        assertThat(head).isEqualTo(new StoreHead(6, 6, 2,
                "sha256:1e9e20de0c24b55e107cf3ca6a308df53102f98f62bbb5b30e87bf606c34cecc"));
        assertThat(new StreamHeads().at(0).streamHeadsHash())
                .isEqualTo("sha256:9e4d7fbe28abc6866f34f009976ae0df99f2f4e8299c851c49f9f1aef8987b60");
        // U+FF5A sorts before U+1F600 in UTF-8 and code points, after it in UTF-16 code units
        assertThat(StreamHeads.UTF8_ORDER.compare("\uff5a", "\ud83d\ude00")).isNegative();
        assertThat(StreamHeads.UTF8_ORDER.compare("b", "b-1")).isNegative();
        assertThat(StreamHeads.UTF8_ORDER.compare("b", "b")).isZero();
    }

    @Test
    void aCheckpointIsHashedOverItsFieldsAndLinkedToTheOneBefore() {
        StoreHead head = new StoreHead(6, 6, 2,
                "sha256:1e9e20de0c24b55e107cf3ca6a308df53102f98f62bbb5b30e87bf606c34cecc");
        Checkpoint first = Checkpoint.after(null, head, Instant.parse("2026-01-15T10:00:00Z"));
        assertThat(first.number()).isZero();
        assertThat(first.previousHash()).isEqualTo(CanonicalEvent.GENESIS);
        assertThat(first.createdAt()).isEqualTo("2026-01-15T10:00:00Z");
        // computed with Python's hashlib
        assertThat(first.hash())
                .isEqualTo("sha256:5bbd41f66ca235d3cf3199bf9eb7086cba8622e3bc3b583ceec6b2c5055bb396");
        assertThat(first.intact()).isTrue();

        Checkpoint second = Checkpoint.after(first, new StoreHead(9, 8, 3, "sha256:cc"),
                Instant.parse("2026-01-15T10:05:00.123456Z"));
        assertThat(second.number()).isEqualTo(1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.createdAt()).isEqualTo("2026-01-15T10:05:00.123Z");
        assertThat(first.withHash(second.hash()).intact()).isFalse();
        assertThat(new Checkpoint(0, 7, 6, 2, head.streamHeadsHash(), CanonicalEvent.GENESIS, first.createdAt(),
                first.hash()).intact()).as("a moved position").isFalse();
    }

    /** The event of the pinned form 2, its metadata changed as given. */
    private static StoredEvent formTwo(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode meta = CanonicalJson.MAPPER.createObjectNode();
        meta.put("actor", "secretariat");
        meta.put("role", "SECRETARIAT");
        meta.put("businessTime", "2020-01-15T09:00:00Z");
        meta.put("correlationId", "c-1");
        meta.put("traceId", "t-1");
        meta.put(CanonicalEvent.HASH_FORM, HashForm.V2.tag);
        meta.put(CanonicalEvent.PREVIOUS_HASH, CanonicalEvent.GENESIS);
        change.accept(meta);
        return new StoredEvent(1, "bureau-1", "Bureau", 0, "e-1", "org.agendaledger.events.bureau.BureauEstablished",
                "1", "2026-01-15T09:00:00.123Z", CanonicalJson.MAPPER.readTree(PAYLOAD), meta);
    }

    private static StoredEvent column(StoredEvent e, String column, String value) {
        return new StoredEvent(e.globalIndex(),
                column.equals("aggregateId") ? value : e.aggregateId(),
                column.equals("aggregateType") ? value : e.aggregateType(),
                column.equals("sequenceNumber") ? Long.parseLong(value) : e.sequenceNumber(),
                column.equals("eventId") ? value : e.eventId(),
                column.equals("payloadType") ? value : e.payloadType(),
                column.equals("payloadRevision") ? value : e.payloadRevision(),
                column.equals("timestamp") ? value : e.timestamp(),
                column.equals("payload") ? CanonicalJson.MAPPER.readTree(value) : e.payload(), e.metaData());
    }

    private static String canonical(String json) {
        return CanonicalJson.of(json.getBytes(StandardCharsets.UTF_8));
    }
}
