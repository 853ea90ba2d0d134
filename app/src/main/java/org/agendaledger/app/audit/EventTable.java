package org.agendaledger.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event table read with plain SQL, exactly as stored (no upcasting, no deserialization into events), one row
 * at a time. The rows are fetched in batches inside a read-only transaction, which is what makes PostgreSQL's
 * driver use a cursor instead of loading the whole result, so a walk over the store takes constant memory.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class EventTable {

    private static final String COLUMNS = "SELECT global_index, aggregate_identifier, type, sequence_number, "
            + "event_identifier, payload_type, payload_revision, time_stamp, payload, meta_data "
            + "FROM domain_event_entry ";
    private static final String HEADS = "SELECT e.aggregate_identifier, e.sequence_number, e.meta_data "
            + "FROM domain_event_entry e JOIN (SELECT aggregate_identifier, MAX(sequence_number) AS last_sequence "
            + "FROM domain_event_entry WHERE global_index <= ? GROUP BY aggregate_identifier) h "
            + "ON e.aggregate_identifier = h.aggregate_identifier AND e.sequence_number = h.last_sequence";
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    EventTable(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(BATCH);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Stream after stream, each in sequence order: the order in which chains are checked. */
    void streamByStream(Consumer<StoredEvent> consumer) {
        walk(COLUMNS + "ORDER BY aggregate_identifier, sequence_number", consumer);
    }

    /** In the order the events were recorded. */
    void inRecordedOrder(Consumer<StoredEvent> consumer) {
        walk(COLUMNS + "ORDER BY global_index", consumer);
    }

    /** The events with a global index above {@code after} and up to {@code upTo}, in recorded order. */
    void between(long after, long upTo, Consumer<StoredEvent> consumer) {
        RowCallbackHandler each = row -> consumer.accept(event(row));
        readOnly.executeWithoutResult(status -> jdbc.query(COLUMNS + "WHERE global_index > ? AND global_index <= ? "
                + "ORDER BY global_index", each, after, upTo));
    }

    /** Several reads that see the same store: one read-only, repeatable-read transaction around them all. */
    <T> T inOneSnapshot(Supplier<T> reads) {
        return readOnly.execute(status -> reads.get());
    }

    /** The highest global index visible now; empty for an empty store. */
    OptionalLong head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? OptionalLong.empty() : OptionalLong.of(head);
    }

    /** How many events have a global index above {@code after} and up to {@code upTo}. */
    long eventsBetween(long after, long upTo) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE global_index > ? "
                + "AND global_index <= ?", Long.class, after, upTo);
        return count == null ? 0 : count;
    }

    long eventsUpTo(long position) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE global_index <= ?",
                Long.class, position);
        return count == null ? 0 : count;
    }

    /** The store at a position, from each stream's last event at or below it. */
    StoreHead headAt(long position) {
        return streamHeadsAt(position).at(position);
    }

    /**
     * Each stream's last event at or below a position, and the number of events there, read from the whole store
     * in one snapshot: a query over every event up to the position.
     */
    StreamHeads streamHeadsAt(long position) {
        return readOnly.execute(status -> {
            StreamHeads heads = new StreamHeads();
            jdbc.query(HEADS, (RowCallbackHandler) row -> heads.add(row.getString(1), row.getLong(2),
                    CanonicalJson.text(CanonicalJson.readLeniently(row.getBytes(3)).get(CanonicalEvent.HASH))),
                    position);
            return heads.countedAs(eventsUpTo(position));
        });
    }

    private void walk(String sql, Consumer<StoredEvent> consumer) {
        RowCallbackHandler each = row -> consumer.accept(event(row));
        readOnly.executeWithoutResult(status -> jdbc.query(sql, each));
    }

    private static StoredEvent event(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong("global_index"), row.getString("aggregate_identifier"),
                row.getString("type"), row.getLong("sequence_number"), row.getString("event_identifier"),
                row.getString("payload_type"), row.getString("payload_revision"), row.getString("time_stamp"),
                CanonicalJson.readLeniently(row.getBytes("payload")),
                CanonicalJson.readLeniently(row.getBytes("meta_data")));
    }
}
