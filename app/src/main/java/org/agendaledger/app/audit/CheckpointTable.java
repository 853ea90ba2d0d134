package org.agendaledger.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The stored checkpoint chain ({@code audit_checkpoint}, migration V200), read and extended with plain SQL. */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class CheckpointTable {

    private static final String COLUMNS = "SELECT checkpoint_number, store_position, event_count, stream_count, "
            + "stream_heads_hash, previous_hash, created_at, checkpoint_hash FROM audit_checkpoint ";
    private static final String INSERT = "INSERT INTO audit_checkpoint (checkpoint_number, store_position, "
            + "event_count, stream_count, stream_heads_hash, previous_hash, created_at, checkpoint_hash) "
            + "SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), "
            + "CAST(? AS VARCHAR(80)), CAST(? AS VARCHAR(80)), CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(80)) ";
    private static final String IF_FIRST = "WHERE NOT EXISTS (SELECT 1 FROM audit_checkpoint)";
    private static final String IF_NEXT = "WHERE EXISTS (SELECT 1 FROM audit_checkpoint WHERE checkpoint_number = ? "
            + "AND checkpoint_hash = ?) AND NOT EXISTS (SELECT 1 FROM audit_checkpoint WHERE checkpoint_number > ?)";

    private final JdbcTemplate jdbc;

    CheckpointTable(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The whole chain as stored, by number. */
    List<Checkpoint> all() {
        return jdbc.query(COLUMNS + "ORDER BY checkpoint_number", (row, n) -> checkpoint(row));
    }

    Optional<Checkpoint> latest() {
        return jdbc.query(COLUMNS + "ORDER BY checkpoint_number DESC FETCH FIRST 1 ROWS ONLY",
                (row, n) -> checkpoint(row)).stream().findFirst();
    }

    /**
     * Appends the checkpoint if the one it links to is still the latest (or, for number 0, if the chain is empty).
     *
     * @return whether it was appended; {@code false} when another node appended its own first
     */
    boolean appendIfNext(Checkpoint checkpoint) {
        Object[] values = {checkpoint.number(), checkpoint.position(), checkpoint.events(), checkpoint.streams(),
                checkpoint.streamHeadsHash(), checkpoint.previousHash(), checkpoint.createdAt(), checkpoint.hash()};
        try {
            if (checkpoint.number() == 0) {
                return jdbc.update(INSERT + IF_FIRST, values) == 1;
            }
            Object[] withGuard = java.util.Arrays.copyOf(values, values.length + 3);
            withGuard[values.length] = checkpoint.number() - 1;
            withGuard[values.length + 1] = checkpoint.previousHash();
            withGuard[values.length + 2] = checkpoint.number() - 1;
            return jdbc.update(INSERT + IF_NEXT, withGuard) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static Checkpoint checkpoint(ResultSet row) throws SQLException {
        return new Checkpoint(row.getLong("checkpoint_number"), row.getLong("store_position"),
                row.getLong("event_count"), row.getLong("stream_count"), row.getString("stream_heads_hash"),
                row.getString("previous_hash"), row.getString("created_at"), row.getString("checkpoint_hash"));
    }
}
