package org.agendaledger.app.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What is checked on the events in the order they were recorded, on the store and on an export alike: the form
 * order ({@link FormOrder}), the store's head at every position a checkpoint, an export's head or a kept record
 * speaks for, and the comparison with a kept export. Memory grows with the number of streams and of those
 * positions, never with the number of events.
 */
final class RecordedOrderCheck implements Consumer<StoredEvent> {

    private final TreeSet<Long> pending;
    private final Map<Long, StoreHead> heads = new HashMap<>();
    private final StreamHeads streamHeads = new StreamHeads();
    private final FormOrder formOrder = new FormOrder();
    private final Consumer<StoredEvent> kept;
    private long events;
    private long lastGlobalIndex;
    private boolean anyInCurrentForm;

    /**
     * @param positions where the store's head is wanted
     * @param kept      what else sees each event (a kept export's comparison), or {@code null}
     */
    RecordedOrderCheck(Collection<Long> positions, Consumer<StoredEvent> kept) {
        this.pending = new TreeSet<>(positions);
        this.kept = kept;
    }

    @Override
    public void accept(StoredEvent event) {
        while (!pending.isEmpty() && pending.first() < event.globalIndex()) {
            long position = pending.pollFirst();
            heads.put(position, streamHeads.at(position));
        }
        streamHeads.add(event);
        events++;
        lastGlobalIndex = Math.max(lastGlobalIndex, event.globalIndex());
        formOrder.check(event);
        anyInCurrentForm |= event.hashForm().filter(HashForm.CURRENT::equals).isPresent();
        if (kept != null) {
            kept.accept(event);
        }
    }

    /** After the last event: the positions above it hold every event. */
    void finish() {
        pending.forEach(position -> heads.put(position, streamHeads.at(position)));
        pending.clear();
    }

    /** The store's head at one of the positions given (after {@link #finish()}). */
    StoreHead headAt(long position) {
        StoreHead head = heads.get(position);
        if (head == null) {
            throw new IllegalArgumentException("Position " + position + " was not asked for");
        }
        return head;
    }

    long events() {
        return events;
    }

    long lastGlobalIndex() {
        return lastGlobalIndex;
    }

    boolean anyInCurrentForm() {
        return anyInCurrentForm;
    }

    List<BrokenLink> downgraded() {
        return formOrder.downgraded();
    }
}
