package org.agendaledger.app.audit;

import java.util.Optional;

/**
 * The versions of an event's canonical form ({@link CanonicalEvent}), and how an event says which one it was hashed
 * in: its {@value CanonicalEvent#HASH_FORM} metadata key holds the version tag of the form, and that key is itself
 * covered by the hash. Events stored before form 2 existed carry no such key.
 */
enum HashForm {

    /** Payload, identity, sequence number, business time, actor and link: the events stored before form 2. */
    V1("agenda-ledger/event-hash/1"),
    /** Every stored column but the global index, and every metadata key. */
    V2("agenda-ledger/event-hash/2");

    /** The form every event is hashed in when it is stored. */
    static final HashForm CURRENT = V2;

    final String tag;

    HashForm(String tag) {
        this.tag = tag;
    }

    /**
     * The form an event's marker names: no marker is form 1; the tag of form 2 is form 2; anything else (including
     * form 1's tag, which no version ever wrote as a marker) is no form this version knows.
     */
    static Optional<HashForm> ofMarker(String marker) {
        if (marker == null) {
            return Optional.of(V1);
        }
        return V2.tag.equals(marker) ? Optional.of(V2) : Optional.empty();
    }
}
