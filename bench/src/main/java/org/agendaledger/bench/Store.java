package org.agendaledger.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database a node runs on, and the raw baseline beside it: on PostgreSQL the same database (a schema of its own
 * for the raw table), on H2 a file database of the same settings as the application's (WRITE_DELAY=0: every commit
 * on disk before it is answered), opened in the benchmark's process as the application opens its own in its.
 */
record Store(String name, Settings settings, Path h2Directory) {

    static Store postgres(Settings settings) throws SQLException {
        try (Connection admin = DriverManager.getConnection(settings.postgresUrl("postgres"), settings.pgUser(),
                settings.pgPassword()); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + Settings.BENCH_DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + Settings.BENCH_DATABASE);
        }
        return new Store("PostgreSQL", settings, null);
    }

    static Store h2(Settings settings) {
        return new Store("H2", settings, settings.work().resolve("h2-" + System.currentTimeMillis()));
    }

    /** The same database afresh: PostgreSQL's bench database dropped and created again, H2 in new files. */
    Store fresh() throws SQLException {
        return onPostgres() ? postgres(settings) : h2(settings);
    }

    boolean onPostgres() {
        return h2Directory == null;
    }

    /** The node's options for this store. */
    List<String> arguments() {
        if (onPostgres()) {
            return List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + settings.postgresUrl(Settings.BENCH_DATABASE),
                    "--spring.datasource.username=" + settings.pgUser(),
                    "--spring.datasource.password=" + settings.pgPassword(),
                    "--agenda-ledger.data-dir=" + settings.work().resolve("postgres-node").toAbsolutePath());
        }
        return List.of("--agenda-ledger.data-dir=" + h2Directory.resolve("node").toAbsolutePath());
    }

    /** A connection to the raw baseline's database, autocommit as a single-row insert transaction wants it. */
    Connection raw() throws SQLException {
        if (onPostgres()) {
            return DriverManager.getConnection(settings.postgresUrl(Settings.BENCH_DATABASE), settings.pgUser(),
                    settings.pgPassword());
        }
        return DriverManager.getConnection("jdbc:h2:file:" + h2Directory.resolve("raw").toAbsolutePath()
                + "/raw;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }

    /**
     * A connection to the node's own database while the node is stopped: on PostgreSQL the database itself, on H2
     * the node's file, which only one process may open at a time.
     */
    Connection nodeStopped() throws SQLException {
        if (onPostgres()) {
            return DriverManager.getConnection(settings.postgresUrl(Settings.BENCH_DATABASE)
                    + "?reWriteBatchedInserts=true", settings.pgUser(), settings.pgPassword());
        }
        return DriverManager.getConnection("jdbc:h2:file:" + h2Directory.resolve("node").toAbsolutePath()
                + "/agenda-ledger;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }

    /** A connection to the node's own database, where the benchmark can read it beside the node (PostgreSQL). */
    Connection node() throws SQLException {
        if (!onPostgres()) {
            throw new IllegalStateException("The node's H2 files are open in the node's process only");
        }
        return raw();
    }
}
