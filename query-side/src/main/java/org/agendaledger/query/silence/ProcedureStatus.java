package org.agendaledger.query.silence;

/** Where a silence procedure stands: running, or closed by approval, by a breach of silence or by withdrawal. */
public enum ProcedureStatus {
    OPEN,
    APPROVED,
    BROKEN,
    WITHDRAWN
}
