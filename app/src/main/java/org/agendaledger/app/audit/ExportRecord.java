package org.agendaledger.app.audit;

/** What one line of an export holds: an event, a stored checkpoint, or the export's own head (its last line). */
sealed interface ExportRecord permits StoredEvent, Checkpoint, ExportHead {
}
