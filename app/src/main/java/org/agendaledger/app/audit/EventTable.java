package org.agendaledger.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
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
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    EventTable(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(BATCH);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Stream after stream, each in sequence order: the order in which chains are checked. */
    void streamByStream(Consumer<StoredEvent> consumer) {
        walk(COLUMNS + "ORDER BY aggregate_identifier, sequence_number", consumer);
    }

    /** In the order the events were recorded. */
    void inRecordedOrder(Consumer<StoredEvent> consumer) {
        walk(COLUMNS + "ORDER BY global_index", consumer);
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
