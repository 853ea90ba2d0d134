package org.agendaledger.query.live;

/**
 * How the other nodes of a cluster learn that a read model changed, so that each pushes the change to the followers
 * connected to it. Without a cluster (the embedded store) there is no other node to tell.
 */
public interface ChangeSignal {

    /**
     * Tells every other node, once the current transaction commits, that what {@code topic} and {@code key} name
     * changed; nothing is told if it rolls back.
     */
    void announce(String topic, String key);

    /** The signal of a single node: nobody else to tell. */
    ChangeSignal NONE = (topic, key) -> {};
}
