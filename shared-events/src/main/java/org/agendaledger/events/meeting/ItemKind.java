package org.agendaledger.events.meeting;

/** What an agenda item is for. */
public enum ItemKind {
    ORGANIZATIONAL,
    SUBSTANTIVE,
    OTHER_MATTERS,
    ADOPTION_OF_REPORT
}
