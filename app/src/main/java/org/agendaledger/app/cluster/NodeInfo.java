package org.agendaledger.app.cluster;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} names the node: the owner written on the segments it claims. */
@Component
class NodeInfo implements InfoContributor {

    private final NodeIdentity node;
    private final ClusterNodes nodes;

    NodeInfo(NodeIdentity node, ClusterNodes nodes) {
        this.node = node;
        this.nodes = nodes;
    }

    @Override
    public void contribute(Info.Builder info) {
        info.withDetail("node", node.id()).withDetail("nodesAlive", nodes.alive());
    }
}
