package org.agendaledger.query.consistency;

/** The names of the read models: each is the processing group of its projection and the processor that feeds it. */
public final class ReadModel {

    public static final String MEETING_VIEW = "meeting-view";
    public static final String BUREAU_VIEW = "bureau-view";
    public static final String AGENDA_VIEW = "agenda-view";
    public static final String SILENCE_PROCEDURES = "silence-procedures";
    public static final String DECISION_TRAIL = "decision-trail";
    public static final String AUDIT_LOG = "audit-log";

    private ReadModel() {
    }
}
