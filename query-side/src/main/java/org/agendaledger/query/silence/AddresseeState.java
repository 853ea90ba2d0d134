package org.agendaledger.query.silence;

/**
 * Where one addressee of a procedure stands. The strongest reaction decides: an objection in time, then an
 * amendment proposed in time (both break silence), then a reaction that came too late to count, then a comment
 * (which never breaks silence); an addressee who did nothing kept silent.
 */
enum AddresseeState {
    SILENT,
    COMMENTED,
    LATE,
    PROPOSED_AMENDMENT,
    OBJECTED
}
