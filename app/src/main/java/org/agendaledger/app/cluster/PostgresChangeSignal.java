package org.agendaledger.app.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.agendaledger.query.live.ChangeSignal;
import org.agendaledger.query.live.LiveUpdates;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The nodes on one PostgreSQL tell one another of every change of a read model with {@code NOTIFY}: a projection's
 * announcement is a {@code pg_notify} inside its own transaction, which PostgreSQL delivers to every listening
 * connection only when that transaction commits (and never if it rolls back). Each node listens on a connection of
 * its own and pushes what it hears to the followers connected to it ({@link LiveUpdates}). The channel is named
 * after the schema, so applications sharing a database in different schemas do not hear each other. Should the
 * listening connection break, the node reconnects; a page's stream reconnects and reads itself again on its own.
 */
@Component
@Profile("postgres")
class PostgresChangeSignal implements ChangeSignal, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeSignal.class);
    private static final char SEPARATOR = '\u001f';
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final DataSourceProperties database;
    private final NodeIdentity node;
    private final ObjectProvider<LiveUpdates> live;
    private volatile String channel;
    private volatile Thread listener;
    private volatile boolean running;

    PostgresChangeSignal(DataSource dataSource, DataSourceProperties database, NodeIdentity node,
                         ObjectProvider<LiveUpdates> live) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.database = database;
        this.node = node;
        this.live = live;
    }

    @Override
    public void announce(String topic, String key) {
        jdbc.queryForList("SELECT pg_notify(?, ?)", channel(), node.id() + SEPARATOR + topic + SEPARATOR + key);
    }

    private String channel() {
        if (channel == null) {
            String schema = jdbc.queryForObject("SELECT current_schema()", String.class);
            channel = ("agenda_ledger_changes_" + schema).toLowerCase().replaceAll("[^a-z0-9_]", "_");
        }
        return channel;
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listen, "change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.determineUrl(),
                    database.determineUsername(), database.determinePassword())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel());
                }
                log.info("Node {} listens for the other nodes' changes on {}", node, channel());
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(500);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            heard(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for the other nodes' changes failed; reconnecting in {}: {}",
                            RECONNECT_AFTER, e.toString());
                    pause();
                }
            }
        }
    }

    private void heard(String payload) {
        String[] parts = payload.split(String.valueOf(SEPARATOR), 3);
        if (parts.length != 3 || parts[0].equals(node.id())) {
            return; // malformed, or this node's own change, pushed here already
        }
        live.getObject().changedElsewhere(parts[1], parts[2]);
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
