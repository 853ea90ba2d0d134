package org.agendaledger.app.audit;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each stream's last event — the one with the highest sequence number — among the events added, and the hash over
 * them: the netstrings of the version tag {@value #VERSION}, then for each stream in the order of its aggregate
 * identifier's UTF-8 bytes, the identifier, the last sequence number in decimal and that event's recorded hash. A
 * removed, added or re-hashed last event of any stream changes it.
 */
final class StreamHeads {

    static final String VERSION = "agenda-ledger/stream-heads/1";

    /** Code point order, which is the order of the UTF-8 bytes (String's own order is UTF-16's). */
    static final Comparator<String> UTF8_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private record Head(long sequenceNumber, String hash) {
    }

    private final TreeMap<String, Head> heads = new TreeMap<>(UTF8_ORDER);
    private long events;

    /** The same heads and count, to add to without changing these. */
    StreamHeads copy() {
        StreamHeads copy = new StreamHeads();
        copy.heads.putAll(heads);
        copy.events = events;
        return copy;
    }

    /** When only each stream's last event was added: the events there are in all, counted apart. */
    StreamHeads countedAs(long allEvents) {
        events = allEvents;
        return this;
    }

    void add(StoredEvent event) {
        add(event.aggregateId(), event.sequenceNumber(), event.hash());
    }

    /** One event of a stream, with its recorded hash ({@code null} when it has none). */
    void add(String aggregateId, long sequenceNumber, String hash) {
        events++;
        Head head = heads.get(aggregateId);
        if (head == null || sequenceNumber > head.sequenceNumber()) {
            heads.put(aggregateId, new Head(sequenceNumber, hash));
        }
    }

    /** The store at a position, when the events added are exactly those at or below it. */
    StoreHead at(long position) {
        return at(position, events);
    }

    /** The store at a position, when only each stream's last event was added and the events were counted apart. */
    StoreHead at(long position, long events) {
        Netstrings netstrings = new Netstrings().add(VERSION);
        for (Map.Entry<String, Head> head : heads.entrySet()) {
            netstrings.add(head.getKey()).add(head.getValue().sequenceNumber()).add(head.getValue().hash());
        }
        return new StoreHead(position, events, heads.size(), netstrings.sha256());
    }
}
