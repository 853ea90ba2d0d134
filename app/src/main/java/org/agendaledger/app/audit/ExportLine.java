package org.agendaledger.app.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of an export (JSON Lines), written and read back by the same code: an event with its payload and
 * metadata as JSON objects; a stored checkpoint ({@code "record":"checkpoint"}, the same JSON as
 * {@code GET /api/audit/checkpoints/latest}); or the export's head ({@code "record":"exportHead"}).
 */
final class ExportLine {

    static final String RECORD = "record";
    static final String CHECKPOINT = "checkpoint";
    static final String EXPORT_HEAD = "exportHead";

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

    static String write(Checkpoint checkpoint) {
        ObjectNode line = CanonicalJson.MAPPER.createObjectNode();
        line.put(RECORD, CHECKPOINT);
        line.put("number", checkpoint.number());
        line.put("position", checkpoint.position());
        line.put("events", checkpoint.events());
        line.put("streams", checkpoint.streams());
        line.put("streamHeadsHash", checkpoint.streamHeadsHash());
        line.put("previousHash", checkpoint.previousHash());
        line.put("createdAt", checkpoint.createdAt());
        line.put("hash", checkpoint.hash());
        return CanonicalJson.MAPPER.writeValueAsString(line);
    }

    static String write(ExportHead head) {
        ObjectNode line = CanonicalJson.MAPPER.createObjectNode();
        line.put(RECORD, EXPORT_HEAD);
        line.put("position", head.position());
        line.put("events", head.events());
        line.put("streams", head.streams());
        line.put("streamHeadsHash", head.streamHeadsHash());
        line.put("lastGlobalIndex", head.lastGlobalIndex());
        line.put("totalEvents", head.totalEvents());
        line.put("latestCheckpoint", head.latestCheckpoint());
        line.put("latestCheckpointHash", head.latestCheckpointHash());
        line.put("exportedAt", head.exportedAt());
        line.put("hash", head.hash());
        return CanonicalJson.MAPPER.writeValueAsString(line);
    }

    /** @throws IllegalArgumentException when the line is not JSON or lacks what identifies its record */
    static ExportRecord read(String line) {
        JsonNode node;
        try {
            node = CanonicalJson.MAPPER.readTree(line);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String record = text(node, RECORD, false);
        if (record == null) {
            return event(node);
        }
        return switch (record) {
            case CHECKPOINT -> new Checkpoint(integer(node, "number", true), integer(node, "position", true),
                    integer(node, "events", true), integer(node, "streams", true),
                    text(node, "streamHeadsHash", true), text(node, "previousHash", true),
                    text(node, "createdAt", true), text(node, "hash", true));
            case EXPORT_HEAD -> new ExportHead(integer(node, "position", true), integer(node, "events", true),
                    integer(node, "streams", true), text(node, "streamHeadsHash", true),
                    integer(node, "lastGlobalIndex", true), integer(node, "totalEvents", true),
                    optionalInteger(node, "latestCheckpoint"), text(node, "latestCheckpointHash", false),
                    text(node, "exportedAt", true), text(node, "hash", true));
            default -> throw new IllegalArgumentException("an unknown record '" + record + "'");
        };
    }

    private static StoredEvent event(JsonNode node) {
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
        Long value = optionalInteger(line, name);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("no " + name);
            }
            return -1;
        }
        return value;
    }

    private static Long optionalInteger(JsonNode line, String name) {
        JsonNode value = line.get(name);
        if (value == null || value.isNull()) {
            return null;
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
