package org.agendaledger.app.audit;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * JSON as the hash chain sees it. The hash covers a payload's meaning, not its bytes: the payload is parsed and
 * written again with the properties of every object sorted and no insignificant white space. An export can then
 * carry the payload as a JSON object that any tool may re-indent, and the stored bytes, the exported object and an
 * offline re-reading all give the same canonical text; any change of a name or a value changes it.
 * <p>
 * Numbers are read as exact decimals (no rounding through {@code double}) and duplicate property names are refused,
 * so two different documents can never read as the same tree.
 */
final class CanonicalJson {

    /** Reads every JSON the audit handles: stored payloads and metadata, export lines. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectWriter SORTED = MAPPER.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);

    private CanonicalJson() {
    }

    static String of(JsonNode node) {
        return SORTED.writeValueAsString(node);
    }

    static String of(byte[] json) {
        return of(MAPPER.readTree(json));
    }

    /**
     * Stored bytes as a tree. Bytes that are not JSON (a damaged row) become a JSON string of their text: it can
     * never have the canonical form of the object that was hashed, so the damage shows as a changed event.
     */
    static JsonNode readLeniently(byte[] json) {
        if (json == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            return JsonNodeFactory.instance.stringNode(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * A metadata value as text: a string as itself, anything else as its canonical JSON, absent (or JSON null) as
     * {@code null}.
     */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isString() ? value.stringValue() : of(value);
    }
}
