package org.agendaledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Three identical nodes on one PostgreSQL database under load from writers spread over all of them, as behind a load
 * balancer; one node is killed with {@code kill -9} in the middle of it. Nothing acknowledged is lost, the killed
 * node's segments are taken over by the others (the time it takes is measured), a deadline set before the kill fires
 * once, and afterwards both remaining nodes answer every read the same.
 */
@Tag("reliability")
class ClusterScenario {

    private static final int NODES = 3;
    private static final int WRITERS = 6;

    @Test
    void aNodeKilledUnderLoadLosesNothingAndItsSegmentsAndDeadlinesAreTakenOver() throws Exception {
        String schema = Postgres.newSchema();
        LedgerProcess.Store store = LedgerProcess.Store.postgres(schema);
        List<LedgerProcess> nodes = new ArrayList<>();
        try {
            // the first node creates the schema; the others join it, one after the other
            for (int n = 1; n <= NODES; n++) {
                nodes.add(LedgerProcess.start("cluster-" + n, store, clusterSettings()));
            }
            List<LedgerProcess> alive = new CopyOnWriteArrayList<>(nodes);
            await().atMost(Duration.ofSeconds(60)).until(() -> owners(schema).size() == NODES);

            Scenario s = new Scenario(nodes.get(0).as("secretariat")).bureau("member-a").meeting().topics();
            String procedureId = s.circulate("SUBSTANTIVE_TOPICS", 25);
            Writers writers = new Writers(n -> alive.get(Math.floorMod(n, alive.size())).as("secretariat"),
                    s.bureauId, "shared-" + s.suffix);
            writers.prepare();
            writers.start(WRITERS);
            writers.awaitAcknowledged(60, Duration.ofSeconds(90));

            // when the node holding the most segments is killed
            LedgerProcess victim = busiest(nodes, schema);
            String victimId = nodeId(victim);
            alive.remove(victim);
            victim.kill();
            Instant killed = Instant.now();

            // then the others take its segments over
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> unownedOrOwnedBy(schema, victimId) == 0);
            Duration takeover = Duration.between(killed, Instant.now());
            int acknowledgedAtKill = writers.acknowledged().size();
            writers.awaitAcknowledged(acknowledgedAtKill + 40, Duration.ofSeconds(90));
            writers.stop();

            // and the deadline set before the kill fires once
            await().atMost(Duration.ofSeconds(90)).until(() -> Scenario.expect(alive.get(0).as("auditor")
                    .get("/api/meetings/" + s.meetingId), 200).json().get("topicsApproved").asBoolean());

            // and nothing acknowledged is lost, on any node
            StoreCheck held = new StoreCheck(alive.get(0).as("auditor"));
            StoreCheck.Findings findings = held.against(writers.acknowledged());
            assertThat(findings.lost()).as("acknowledged but lost").isEmpty();
            assertThat(findings.doubled()).as("stored twice").isEmpty();
            assertThat(findings.gaps()).as("streams with gaps").isEmpty();
            held.assertIntact();
            held.assertReadModelsEqualReplay();
            assertThat(approvals(held, procedureId)).isEqualTo(1);

            // and both nodes answer every read the same
            String head = Long.toString(held.head());
            for (String read : reads(s.meetingId, "shared-" + s.suffix, s.bureauId)) {
                JsonNode first = Scenario.expect(alive.get(0).as("auditor").get(read, "Ledger-Not-Older-Than", head),
                        200).json();
                JsonNode second = Scenario.expect(alive.get(1).as("auditor").get(read, "Ledger-Not-Older-Than", head),
                        200).json();
                assertThat(second).as(read).isEqualTo(first);
            }
            Figures.record("3 nodes on one PostgreSQL, one killed under load", ("%d writers: %d commands "
                    + "acknowledged, %d lost, %d answered 409; the killed node's segments taken over in %.1f s "
                    + "(claim timeout 10 s); its deadline fired once").formatted(WRITERS, findings.acknowledged(),
                            findings.lost().size(), writers.conflicts(), takeover.toMillis() / 1000.0));
        } finally {
            for (LedgerProcess node : nodes) {
                node.close();
            }
        }
    }

    private static String[] clusterSettings() {
        return new String[]{"--agenda-ledger.cluster.heartbeat=PT1S", "--agenda-ledger.cluster.balance-every=PT2S"};
    }

    private static List<String> reads(String meeting, String shared, String bureau) {
        return List.of("/api/meetings", "/api/meetings/" + meeting, "/api/meetings/" + meeting + "/agenda",
                "/api/meetings/" + meeting + "/decisions", "/api/meetings/" + meeting + "/silence-procedures",
                "/api/meetings/" + shared + "/agenda", "/api/meetings/" + shared + "/organization-of-work",
                "/api/bureaus/" + bureau, "/api/audit/events?meetingId=" + meeting);
    }

    private static long approvals(StoreCheck held, String procedureId) {
        return held.eventsOf(procedureId).stream()
                .filter(e -> e.get("payloadType").asString().endsWith(".SilenceProcedureApproved")).count();
    }

    private static String nodeId(LedgerProcess node) {
        return Scenario.expect(node.as("auditor").get("/actuator/info"), 200).json().get("node").asString();
    }

    private static LedgerProcess busiest(List<LedgerProcess> nodes, String schema) throws Exception {
        LedgerProcess busiest = nodes.get(0);
        long most = -1;
        for (LedgerProcess node : nodes) {
            long held = segmentsOf(schema, nodeId(node));
            if (held > most) {
                most = held;
                busiest = node;
            }
        }
        return busiest;
    }

    private static Set<String> owners(String schema) throws Exception {
        Set<String> owners = new HashSet<>();
        try (Connection c = Postgres.connect(schema);
                ResultSet rows = c.createStatement().executeQuery(
                        "SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL")) {
            while (rows.next()) {
                owners.add(rows.getString(1));
            }
        }
        return owners;
    }

    private static long segmentsOf(String schema, String owner) throws Exception {
        return count(schema, "SELECT COUNT(*) FROM token_entry WHERE owner = ?", owner);
    }

    /** Segments still claimed by the dead node or claimed by nobody (the configuration row aside). */
    private static long unownedOrOwnedBy(String schema, String owner) throws Exception {
        return count(schema, "SELECT COUNT(*) FROM token_entry WHERE processor_name <> '__config' "
                + "AND (owner IS NULL OR owner = ?)", owner);
    }

    private static long count(String schema, String sql, String owner) throws Exception {
        try (Connection c = Postgres.connect(schema); var statement = c.prepareStatement(sql)) {
            statement.setString(1, owner);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
