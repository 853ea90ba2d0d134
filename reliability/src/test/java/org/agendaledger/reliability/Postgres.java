package org.agendaledger.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** The PostgreSQL of the suite: {@code AGENDA_LEDGER_DB_*} as for the application, each scenario in a fresh schema. */
final class Postgres {

    private Postgres() {
    }

    static String newSchema() {
        return "rel_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static String url(String schema) {
        return "jdbc:postgresql://%s:%s/%s?currentSchema=%s".formatted(env("AGENDA_LEDGER_DB_HOST", "127.0.0.1"),
                env("AGENDA_LEDGER_DB_PORT", "5432"), env("AGENDA_LEDGER_DB_NAME", "agenda_ledger"), schema);
    }

    static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), env("AGENDA_LEDGER_DB_USER", "postgres"),
                env("AGENDA_LEDGER_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
