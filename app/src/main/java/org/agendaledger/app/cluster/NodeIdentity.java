package org.agendaledger.app.cluster;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The name of this running node: the owner written on the segments it claims, the origin of the changes it
 * announces, its row among the nodes. Unique per process (host, process id and a random part), so a restarted node
 * is a new one and never mistaken for its former self.
 */
@Component
public class NodeIdentity {

    private final String id;

    NodeIdentity() {
        String process = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        this.id = (process + "-" + UUID.randomUUID().toString().substring(0, 8)).replaceAll("[^A-Za-z0-9@._-]", "_");
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
