package org.agendaledger.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.agendaledger.bench.EventChain.Row;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A store of many events made from a few hundred meetings' worth of the real command mix: the events the node
 * stored for them (the seed) are appended again and again, with the node stopped, each copy a world of its own.
 * Every identifier of an aggregate and of an event found in the seed gets a new value in each copy, wherever it
 * occurs (the aggregate and event columns, and every JSON string of the payload and the metadata that is exactly
 * such an identifier), so the read models, which key their rows on the meeting, procedure and Bureau ids inside the
 * payloads, see new meetings, procedures and Bureaus; the global index comes from the column's own sequence. The
 * hash chain of each copied stream is computed again ({@link EventChain}), after checking that the benchmark's
 * form gives every seed event the hash the application recorded. The processors' tokens are then set at the new
 * head, so that the node starts without handling the copies as news: only the rebuilds read them.
 */
final class StoreCopies {

    /** The tables each read model fills, as its reset handler clears them. */
    static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("agenda-view", List.of("agenda_view"));
        TABLES.put("audit-log", List.of("audit_log"));
        TABLES.put("bureau-view", List.of("bureau_view", "bureau_view_member"));
        TABLES.put("decision-trail", List.of("decision_trail", "decision_trail_circulation",
                "decision_trail_notice"));
        TABLES.put("meeting-view", List.of("meeting_view"));
        TABLES.put("silence-procedures", List.of("silence_procedure_view", "silence_procedure_addressee",
                "silence_procedure_meeting"));
    }

    private static final String COLUMNS = "global_index, aggregate_identifier, type, sequence_number, "
            + "event_identifier, payload_type, payload_revision, time_stamp, payload, meta_data";
    private static final int BATCH = 1000;

    private final Store store;
    private final List<Row> seed;
    private final Map<String, Long> seedRows;
    private final Map<String, List<Integer>> segments;
    private final String tokenType;
    private final JsonNode tokenTemplate;
    private int copies = 1;
    private double copySeconds;

    private StoreCopies(Store store, List<Row> seed, Map<String, Long> seedRows, Map<String, List<Integer>> segments,
                        String tokenType, JsonNode tokenTemplate) {
        this.store = store;
        this.seed = seed;
        this.seedRows = seedRows;
        this.segments = segments;
        this.tokenType = tokenType;
        this.tokenTemplate = tokenTemplate;
    }

    /**
     * The seed as the stopped node left it: its events, the rows of each read model's tables, the processors'
     * segments and a token to copy. Fails unless every seed event carries the hash the benchmark computes for it.
     */
    static StoreCopies of(Store store) throws SQLException {
        try (Connection connection = store.nodeStopped()) {
            List<Row> seed = new ArrayList<>();
            try (Statement sql = connection.createStatement();
                    ResultSet row = sql.executeQuery("SELECT " + COLUMNS + " FROM domain_event_entry ORDER BY "
                            + "global_index")) {
                while (row.next()) {
                    seed.add(row(row));
                }
            }
            if (seed.isEmpty()) {
                throw new IllegalStateException("The seed stored no event");
            }
            verifyChain(seed);
            Map<String, List<Integer>> segments = new TreeMap<>();
            String tokenType = null;
            JsonNode template = null;
            try (Statement sql = connection.createStatement();
                    ResultSet row = sql.executeQuery("SELECT processor_name, segment, token, token_type FROM "
                            + "token_entry ORDER BY processor_name, segment")) {
                while (row.next()) {
                    segments.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getInt(2));
                    byte[] token = row.getBytes(3);
                    if (template == null && token != null) {
                        JsonNode tree = EventChain.MAPPER.readTree(token);
                        if (gapAware(tree) != null) {
                            template = tree;
                            tokenType = row.getString(4);
                        }
                    }
                }
            }
            if (template == null) {
                throw new IllegalStateException("No processor's token is a gap-aware token to copy: " + segments);
            }
            return new StoreCopies(store, seed, counts(connection), segments, tokenType, template);
        }
    }

    /**
     * The notices the stopped node left to do that would append events to the store when a node starts: messages
     * due to be sent, and outcomes whose proof of notice is not yet recorded. A seed is copied only once there are
     * none, or the row counts of the read models would change under the copies.
     */
    static long pendingNotices(Store store) throws SQLException {
        try (Connection connection = store.nodeStopped();
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM notice_outbox WHERE (status = 'QUEUED' AND "
                        + "due_at <= CURRENT_TIMESTAMP) OR (proof_recorded = FALSE AND procedure_id IS NOT NULL AND "
                        + "status IN ('SENT', 'REFUSED', 'HELD', 'NO_ADDRESS'))")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Every seed event is in form 2 and carries the hash the benchmark computes, linked to its predecessor's. */
    private static void verifyChain(List<Row> seed) {
        Map<String, String> last = new HashMap<>();
        for (Row row : seed) {
            ObjectNode metaData = (ObjectNode) EventChain.MAPPER.readTree(row.metaData());
            if (!EventChain.inCurrentForm(metaData)) {
                throw new IllegalStateException("Event " + row.sequenceNumber() + " of " + row.aggregateId()
                        + " is not hashed in " + EventChain.FORM + ": " + new String(row.metaData(),
                                StandardCharsets.UTF_8));
            }
            String recorded = EventChain.text(metaData.get(EventChain.HASH));
            String computed = EventChain.hash(row, EventChain.MAPPER.readTree(row.payload()), metaData);
            if (!computed.equals(recorded)) {
                throw new IllegalStateException("The benchmark's hash of event " + row.sequenceNumber() + " of "
                        + row.aggregateId() + " is " + computed + ", the application recorded " + recorded
                        + ": the copies' chains would not be the application's");
            }
            String previous = EventChain.text(metaData.get(EventChain.PREVIOUS_HASH));
            String expected = row.sequenceNumber() == 0 ? EventChain.GENESIS : last.get(row.aggregateId());
            if (!previous.equals(expected)) {
                throw new IllegalStateException("Event " + row.sequenceNumber() + " of " + row.aggregateId()
                        + " links to " + previous + ", its predecessor's hash is " + expected);
            }
            last.put(row.aggregateId(), recorded);
        }
    }

    int seedEvents() {
        return seed.size();
    }

    long events() {
        return (long) seed.size() * copies;
    }

    int copies() {
        return copies;
    }

    double copySeconds() {
        return copySeconds;
    }

    /** Appends copies of the seed until the store holds at least that many events. */
    void growTo(long events) throws SQLException {
        appendUpTo((int) Math.max(copies, (events + seed.size() - 1) / seed.size()));
    }

    /**
     * Appends as many copies of the seed as bring the store, with whatever else it holds by now, nearest to that
     * many events (none if it holds about that many already); the events it then holds.
     */
    long growNearTo(long events) throws SQLException {
        long stored = storedEvents();
        appendUpTo(copies + (int) Math.max(0, Math.round((double) (events - stored) / seed.size())));
        return storedEvents();
    }

    /** The events the store holds, the node stopped. */
    long storedEvents() throws SQLException {
        try (Connection connection = store.nodeStopped();
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void appendUpTo(int wanted) throws SQLException {
        if (wanted == copies) {
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = store.nodeStopped()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry ("
                    + "aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload, "
                    + "payload_revision, payload_type, time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int copy = copies; copy < wanted; copy++) {
                    append(insert, copy);
                    connection.commit();
                }
            }
            if (store.onPostgres()) {
                connection.setAutoCommit(true);
                try (Statement sql = connection.createStatement()) {
                    sql.execute("ANALYZE domain_event_entry");
                }
            }
        }
        copies = wanted;
        copySeconds += (System.nanoTime() - started) / 1e9;
    }

    private void append(PreparedStatement insert, int copy) throws SQLException {
        Map<String, String> renamed = new HashMap<>();
        for (Row row : seed) {
            renamed.put(row.aggregateId(), "c" + copy + "-" + row.aggregateId());
        }
        for (Row row : seed) {
            // an event that is not an aggregate's is its own stream, named after the event
            renamed.put(row.eventId(), UUID.randomUUID().toString());
        }
        Map<String, String> last = new HashMap<>();
        int batched = 0;
        for (Row row : seed) {
            String aggregateId = renamed.get(row.aggregateId());
            String payloadText = rewritten(new String(row.payload(), StandardCharsets.UTF_8), renamed);
            ObjectNode metaData = (ObjectNode) EventChain.MAPPER
                    .readTree(rewritten(new String(row.metaData(), StandardCharsets.UTF_8), renamed));
            metaData.put(EventChain.PREVIOUS_HASH,
                    row.sequenceNumber() == 0 ? EventChain.GENESIS : last.get(aggregateId));
            byte[] payload = payloadText.getBytes(StandardCharsets.UTF_8);
            Row copied = new Row(0, aggregateId, row.type(), row.sequenceNumber(), renamed.get(row.eventId()),
                    row.payloadType(), row.payloadRevision(), row.timestamp(), payload, null);
            String hash = EventChain.hash(copied, EventChain.MAPPER.readTree(payloadText), metaData);
            metaData.put(EventChain.HASH, hash);
            last.put(aggregateId, hash);
            insert.setString(1, aggregateId);
            insert.setLong(2, row.sequenceNumber());
            insert.setString(3, row.type());
            insert.setString(4, copied.eventId());
            insert.setBytes(5, EventChain.MAPPER.writeValueAsBytes(metaData));
            insert.setBytes(6, payload);
            insert.setString(7, row.payloadRevision());
            insert.setString(8, row.payloadType());
            insert.setString(9, row.timestamp());
            insert.addBatch();
            if (++batched % BATCH == 0) {
                insert.executeBatch();
            }
        }
        insert.executeBatch();
    }

    /** The JSON text with every string that is exactly an identifier of the seed replaced by its copy's. */
    static String rewritten(String json, Map<String, String> renamed) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        int copiedUpTo = 0;
        int quote = json.indexOf('"');
        while (quote >= 0) {
            int end = quote + 1;
            while (end < json.length() && json.charAt(end) != '"') {
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            String replacement = renamed.get(json.substring(quote + 1, Math.min(end, json.length())));
            if (replacement != null) {
                out.append(json, copiedUpTo, quote + 1).append(replacement);
                copiedUpTo = end;
            }
            quote = end + 1 < json.length() ? json.indexOf('"', end + 1) : -1;
        }
        return out.append(json, copiedUpTo, json.length()).toString();
    }

    /**
     * Sets every processor's tokens at the store's head, gaps none, unclaimed: in its own segments, or in one
     * segment for the processors named (as a tracking processor of one thread wants them).
     */
    void tokensAtHead(Collection<String> oneSegment) throws SQLException {
        try (Connection connection = store.nodeStopped()) {
            connection.setAutoCommit(false);
            long head;
            try (Statement sql = connection.createStatement();
                    ResultSet row = sql.executeQuery("SELECT MAX(global_index) FROM domain_event_entry")) {
                row.next();
                head = row.getLong(1);
            }
            JsonNode root = tokenTemplate.deepCopy();
            ObjectNode token = gapAware(root);
            token.put("index", head);
            JsonNode gaps = token.get("gaps");
            if (gaps instanceof ArrayNode array) {
                // a typed collection is written as [type, [values]]
                if (array.size() == 2 && array.get(0).isString() && array.get(1) instanceof ArrayNode values) {
                    values.removeAll();
                } else {
                    array.removeAll();
                }
            }
            byte[] bytes = EventChain.MAPPER.writeValueAsBytes(root);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM token_entry WHERE "
                    + "processor_name = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO token_entry (processor_name, "
                            + "segment, token, token_type, time_stamp, owner) VALUES (?, ?, ?, ?, ?, NULL)")) {
                for (Map.Entry<String, List<Integer>> processor : segments.entrySet()) {
                    delete.setString(1, processor.getKey());
                    delete.executeUpdate();
                    for (int segment : oneSegment.contains(processor.getKey()) ? List.of(0) : processor.getValue()) {
                        insert.setString(1, processor.getKey());
                        insert.setInt(2, segment);
                        insert.setBytes(3, bytes);
                        insert.setString(4, tokenType);
                        insert.setString(5, Instant.now().toString());
                        insert.executeUpdate();
                    }
                }
            }
            connection.commit();
        }
    }

    /** The gap-aware token in a stored token (written as itself, or wrapped with its type), or null. */
    private static ObjectNode gapAware(JsonNode tree) {
        if (tree instanceof ObjectNode object && object.has("index") && object.has("gaps")) {
            return object;
        }
        for (JsonNode child : tree) {
            ObjectNode found = gapAware(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The processors' segments as the seed's node left them. */
    Map<String, List<Integer>> segments() {
        return segments;
    }

    /**
     * The tables whose rows are not the seed's times the copies, after a rebuild of every read model: each
     * described with what it holds and what it should.
     */
    List<String> mismatches() throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Connection connection = store.nodeStopped()) {
            Map<String, Long> now = counts(connection);
            for (Map.Entry<String, Long> table : seedRows.entrySet()) {
                long expected = table.getValue() * copies;
                if (now.get(table.getKey()) != expected) {
                    wrong.add("%s: %d rows, expected %d (%d for the seed, %d copies)".formatted(table.getKey(),
                            now.get(table.getKey()), expected, table.getValue(), copies));
                }
            }
        }
        return wrong;
    }

    Map<String, Long> seedRows() {
        return seedRows;
    }

    /**
     * A raw sequential read of the event table in the order of the global index, every column (the bytes
     * included), through one cursor of that fetch size: at least three times, and until 200 000 rows have been
     * read (the benchmark's JVM warmed up); events per second of the fastest read.
     */
    double rawRead(int fetchSize) throws SQLException {
        double perSecond = 0;
        long readRows = 0;
        for (int round = 0; round < 3 || readRows < 200_000 && round < 50; round++) {
            try (Connection connection = store.nodeStopped()) {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                long started = System.nanoTime();
                long rows = 0;
                long bytes = 0;
                try (PreparedStatement sql = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM domain_event_entry ORDER BY global_index")) {
                    sql.setFetchSize(fetchSize);
                    try (ResultSet row = sql.executeQuery()) {
                        while (row.next()) {
                            Row read = row(row);
                            rows++;
                            bytes += read.payload().length + read.metaData().length + read.eventId().length();
                        }
                    }
                }
                connection.commit();
                perSecond = Math.max(perSecond, rows / ((System.nanoTime() - started) / 1e9));
                readRows += rows;
                if (bytes == 0) {
                    throw new IllegalStateException("The raw read read nothing");
                }
            }
        }
        return perSecond;
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement()) {
            for (List<String> tables : TABLES.values()) {
                for (String table : tables) {
                    try (ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        row.next();
                        counts.put(table, row.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static Row row(ResultSet row) throws SQLException {
        return new Row(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }
}
