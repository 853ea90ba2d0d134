package org.agendaledger.query.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JDBC template on which another writer can, once, store its own fold of a meeting's row just before the next
 * update of that read model's table: the write a racing delivery makes between a projection's read and its write.
 */
public final class RacingJdbc extends JdbcTemplate {

    private final String table;
    private final String meetingId;
    private final AtomicBoolean overtake = new AtomicBoolean();

    public RacingJdbc(DataSource database, String table, String meetingId) {
        super(database);
        this.table = table;
        this.meetingId = meetingId;
    }

    public void overtakeNextWrite() {
        overtake.set(true);
    }

    @Override
    public int update(String sql, Object... args) {
        if (overtake.compareAndSet(true, false) && sql.startsWith("UPDATE " + table)) {
            super.update("UPDATE " + table + " SET last_sequence = last_sequence + 1 WHERE meeting_id = ?", meetingId);
        }
        return super.update(sql, args);
    }
}
