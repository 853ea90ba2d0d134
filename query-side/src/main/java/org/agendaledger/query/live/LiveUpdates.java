package org.agendaledger.query.live;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Pushes a read model's changes to those who follow them, on every node. A projection says what changed (a topic —
 * a meeting, its agenda, a procedure — and its key) while it handles an event; once its transaction commits, the
 * topic's publisher reads the read model as it now stands and emits it to this node's followers, and every other
 * node is told (the {@link ChangeSignal}) and does the same for its own followers. Whichever node processed the
 * event, a page connected to any node sees the change; and because the others are told only after the commit, what
 * they read is the change itself. A change named several times in one batch is pushed once.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private static final String CHANGED = LiveUpdates.class.getName() + ".changed";

    private final Map<String, Consumer<String>> publishers = new ConcurrentHashMap<>();
    private final ChangeSignal signal;

    @Autowired
    LiveUpdates(ObjectProvider<ChangeSignal> signal) {
        this(signal.getIfAvailable(() -> ChangeSignal.NONE));
    }

    public LiveUpdates(ChangeSignal signal) {
        this.signal = signal;
    }

    /** How changes of a topic reach this node's followers: given the key, read it now and emit it. */
    public void publishWith(String topic, Consumer<String> publisher) {
        publishers.put(topic, publisher);
    }

    /** What {@code topic} and {@code key} name has changed in the current unit of work. */
    public void changed(String topic, String key) {
        if (!CurrentUnitOfWork.isStarted()) {
            publish(topic, key);
            return;
        }
        Set<String> changed = CurrentUnitOfWork.get().root().getOrComputeResource(CHANGED, k -> new HashSet<>());
        if (changed.add(topic + '\u0000' + key)) {
            CurrentUnitOfWork.get().root().afterCommit(u -> publish(topic, key));
            signal.announce(topic, key);
        }
    }

    /** Another node changed it: push it to this node's followers. */
    public void changedElsewhere(String topic, String key) {
        publish(topic, key);
    }

    private void publish(String topic, String key) {
        Consumer<String> publisher = publishers.get(topic);
        if (publisher == null) {
            return;
        }
        try {
            publisher.accept(key);
        } catch (RuntimeException e) {
            // a follower misses this change; its page reads itself again when its stream reconnects
            log.warn("Pushing the change of {} {} to its followers failed", topic, key, e);
        }
    }
}
