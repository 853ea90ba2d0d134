package org.agendaledger.app;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives each test context a store of its own: an in-memory (or, for restarts, file) H2 database on the default
 * profile, or a fresh schema of the PostgreSQL database on the {@code postgres} profile (database from
 * {@code AGENDA_LEDGER_DB_NAME}, as in production).
 */
public final class IsolatedStore {

    private IsolatedStore() {
    }

    public static boolean onPostgres() {
        return Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres");
    }

    public static String newName() {
        return "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A store that lives as long as the context. */
    public static void register(DynamicPropertyRegistry registry) {
        register(registry, newName(), false);
    }

    /** A named store; with {@code durable} it survives the context (a file on H2), for restart tests. */
    public static void register(DynamicPropertyRegistry registry, String name, boolean durable) {
        properties(name, durable).forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The Spring properties that point the application at the named store. */
    public static Map<String, String> properties(String name, boolean durable) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (onPostgres()) {
            String host = env("AGENDA_LEDGER_DB_HOST", "localhost");
            String port = env("AGENDA_LEDGER_DB_PORT", "5432");
            String database = env("AGENDA_LEDGER_DB_NAME", "agenda_ledger");
            properties.put("spring.datasource.url",
                    "jdbc:postgresql://%s:%s/%s?currentSchema=%s".formatted(host, port, database, name));
            properties.put("spring.flyway.schemas", name);
            properties.put("spring.flyway.default-schema", name);
        } else if (durable) {
            // the embedded default's own file store (its URL and settings), in a directory of its own
            properties.put("agenda-ledger.data-dir", "./target/it-data/" + name);
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:%s;DB_CLOSE_DELAY=-1".formatted(name));
        }
        return properties;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
