package org.agendaledger.app.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The nodes running on this database, each writing a heartbeat into {@code ledger_node} every
 * {@code agenda-ledger.cluster.heartbeat}; a node not heard of for three heartbeats is taken for gone. What the nodes
 * share out — the segments of the event processors — is shared among the nodes alive. A node that stops removes its
 * row; one that dies is forgotten after a while.
 */
@Component
public class ClusterNodes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterNodes.class);

    private final JdbcTemplate jdbc;
    private final NodeIdentity node;
    private final Duration heartbeat;
    private ScheduledExecutorService beating;

    ClusterNodes(DataSource dataSource, NodeIdentity node,
                 @Value("${agenda-ledger.cluster.heartbeat:PT2S}") Duration heartbeat) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.node = node;
        this.heartbeat = heartbeat;
    }

    /** The nodes heard of within the last three heartbeats, this one included, by id. */
    public List<String> alive() {
        Instant since = databaseNow().minus(heartbeat.multipliedBy(3));
        List<String> alive = new java.util.ArrayList<>(jdbc.queryForList(
                "SELECT node_id FROM ledger_node WHERE last_seen >= ? ORDER BY node_id", String.class,
                java.sql.Timestamp.from(since)));
        if (!alive.contains(node.id())) {
            alive.add(node.id());
        }
        return alive;
    }

    /** Every node reads the time from the database, so their clocks need not agree. */
    private Instant databaseNow() {
        return jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", java.sql.Timestamp.class).toInstant();
    }

    void beat() {
        java.sql.Timestamp now;
        try {
            now = java.sql.Timestamp.from(databaseNow());
            if (jdbc.update("UPDATE ledger_node SET last_seen = ? WHERE node_id = ?", now, node.id()) == 0) {
                jdbc.update("INSERT INTO ledger_node (node_id, started_at, last_seen) VALUES (?, ?, ?)", node.id(),
                        now, now);
            }
            // long gone nodes are forgotten
            jdbc.update("DELETE FROM ledger_node WHERE last_seen < ?",
                    java.sql.Timestamp.from(now.toInstant().minus(Duration.ofDays(1))));
        } catch (RuntimeException e) {
            log.warn("The heartbeat of node {} could not be written: {}", node, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        beat();
        beating = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        beating.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Node {} joined", node);
    }

    @Override
    public synchronized void stop() {
        if (beating == null) {
            return;
        }
        beating.shutdownNow();
        beating = null;
        try {
            jdbc.update("DELETE FROM ledger_node WHERE node_id = ?", node.id());
        } catch (RuntimeException e) {
            log.debug("Node {} could not remove its row: {}", node, e.toString());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return beating != null;
    }

    /** Joins before the event processors start, leaves after they stop. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
