package org.agendaledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical form an event's hash covers: unambiguous, complete, and blind only to JSON layout. */
class AuditCanonicalFormTest {

    private static final String PAYLOAD = "{\"name\":\"Extended Bureau\",\"bureauId\":\"bureau-1\"}";

    private static CanonicalEvent established() {
        return new CanonicalEvent("bureau-1", "Bureau", 0, "org.agendaledger.events.bureau.BureauEstablished", "1",
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
        CanonicalEvent e = established();
        CanonicalEvent noActor = new CanonicalEvent(e.aggregateId(), e.aggregateType(), 0, e.payloadType(),
                e.payloadRevision(), e.canonicalPayload(), e.businessTime(), null, e.previousHash());
        CanonicalEvent emptyActor = new CanonicalEvent(e.aggregateId(), e.aggregateType(), 0, e.payloadType(),
                e.payloadRevision(), e.canonicalPayload(), e.businessTime(), "", e.previousHash());
        assertThat(new String(noActor.canonicalForm(), StandardCharsets.UTF_8)).endsWith(",-,7:genesis,");
        assertThat(noActor.hash())
                .isEqualTo("sha256:71b7854f61c8a669d27f978387abfb0ebe0bcf68013afc23c3fef0b2e59ccd15")
                .isNotEqualTo(emptyActor.hash());
    }

    @Test
    void movingCharactersFromOneFieldToTheNextChangesTheHash() {
        CanonicalEvent one = new CanonicalEvent("ab", "c", 0, "T", "1", "{}", null, null, CanonicalEvent.GENESIS);
        CanonicalEvent other = new CanonicalEvent("a", "bc", 0, "T", "1", "{}", null, null, CanonicalEvent.GENESIS);
        assertThat(one.hash()).isNotEqualTo(other.hash());
    }

    @Test
    void everyCoveredFactChangesTheHash() {
        CanonicalEvent e = established();
        List<CanonicalEvent> changed = List.of(
                new CanonicalEvent("bureau-2", e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent(e.aggregateId(), "Meeting", 0, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent(e.aggregateId(), e.aggregateType(), 1, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent(e.aggregateId(), e.aggregateType(), 0, "Other", e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), "2",
                        e.canonicalPayload(), e.businessTime(), e.actor(), e.previousHash()),
                new CanonicalEvent(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
                        "{\"bureauId\":\"bureau-1\",\"name\":\"Extended bureau\"}", e.businessTime(), e.actor(),
                        e.previousHash()),
                new CanonicalEvent(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), "2020-01-15T09:00:01Z", e.actor(), e.previousHash()),
                new CanonicalEvent(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
                        e.canonicalPayload(), e.businessTime(), "auditor", e.previousHash()),
                new CanonicalEvent(e.aggregateId(), e.aggregateType(), 0, e.payloadType(), e.payloadRevision(),
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

    private static String canonical(String json) {
        return CanonicalJson.of(json.getBytes(StandardCharsets.UTF_8));
    }
}
