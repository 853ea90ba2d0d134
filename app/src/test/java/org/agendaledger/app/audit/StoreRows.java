package org.agendaledger.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows a test takes out of a table behind the application's back, and puts back exactly as they were. */
final class StoreRows {

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<Map<String, Object>> rows;

    private StoreRows(JdbcTemplate jdbc, String table, List<Map<String, Object>> rows) {
        this.jdbc = jdbc;
        this.table = table;
        this.rows = rows;
    }

    /** Deletes the rows of the table that match, keeping every column. */
    static StoreRows take(JdbcTemplate jdbc, String table, String where, Object... arguments) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table + " WHERE " + where, arguments);
        jdbc.update("DELETE FROM " + table + " WHERE " + where, arguments);
        return new StoreRows(jdbc, table, rows);
    }

    int count() {
        return rows.size();
    }

    void putBack() {
        for (Map<String, Object> row : rows) {
            List<String> columns = new ArrayList<>(row.keySet());
            jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                    columns.stream().map(row::get).toArray());
        }
    }
}
