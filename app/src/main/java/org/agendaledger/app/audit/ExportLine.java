package org.agendaledger.app.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of an export (JSON Lines): an event with its payload and metadata as JSON objects, written and read
 * back by the same code.
 */
final class ExportLine {

    private ExportLine() {
    }

    static String write(StoredEvent event) {
        ObjectNode line = CanonicalJson.MAPPER.createObjectNode();
        line.put("globalIndex", event.globalIndex());
        line.put("aggregateId", event.aggregateId());
        line.put("aggregateType", event.aggregateType());
        line.put("sequenceNumber", event.sequenceNumber());
        line.put("eventId", event.eventId());
        line.put("payloadType", event.payloadType());
        line.put("payloadRevision", event.payloadRevision());
        line.put("timestamp", event.timestamp());
        line.set("payload", event.payload());
        line.set("metaData", event.metaData());
        return CanonicalJson.MAPPER.writeValueAsString(line);
    }

    /** @throws IllegalArgumentException when the line is not JSON or lacks what identifies an event */
    static StoredEvent read(String line) {
        JsonNode node;
        try {
            node = CanonicalJson.MAPPER.readTree(line);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return new StoredEvent(integer(node, "globalIndex", false), text(node, "aggregateId", true),
                text(node, "aggregateType", false), integer(node, "sequenceNumber", true),
                text(node, "eventId", false), text(node, "payloadType", true), text(node, "payloadRevision", false),
                text(node, "timestamp", false), required(node, "payload"), node.get("metaData"));
    }

    private static String text(JsonNode line, String name, boolean required) {
        JsonNode value = line.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("no " + name);
            }
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(name + " is not a string");
        }
        return value.stringValue();
    }

    private static long integer(JsonNode line, String name, boolean required) {
        JsonNode value = line.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("no " + name);
            }
            return -1;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(name + " is not a whole number");
        }
        return value.longValue();
    }

    private static JsonNode required(JsonNode line, String name) {
        JsonNode value = line.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }
}
