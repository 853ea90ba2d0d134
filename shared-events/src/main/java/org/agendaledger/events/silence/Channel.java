package org.agendaledger.events.silence;

/** How a reaction reached the secretariat: sent by the member in the system, or recorded from a letter, e-mail or note. */
public enum Channel {
    ONLINE,
    LETTER,
    EMAIL,
    NOTE_VERBALE
}
