package org.agendaledger.events.meeting;

/** What an annex of the document holds. */
public enum AnnexKind {
    /** The proposed organization of work, generated from the plenary slots and what is assigned to them. */
    ORGANIZATION_OF_WORK,
    /** The list of documents, generated from the documentation entries of the items and sub-items. */
    LIST_OF_DOCUMENTS,
    /** An annex of its own: paragraphs and, optionally, a table. */
    TEXT
}
