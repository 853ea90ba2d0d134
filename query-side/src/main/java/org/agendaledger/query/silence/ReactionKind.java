package org.agendaledger.query.silence;

/** What an addressee sent: an editorial comment, an objection or a proposed amendment. */
enum ReactionKind {
    COMMENT,
    OBJECTION,
    AMENDMENT
}
