package org.agendaledger.command.meeting;

import org.agendaledger.command.shared.RuleViolation;

/**
 * How far a meeting has come, in the order the procedure allows: the provisional agenda is issued before the
 * meeting opens; the meeting adopts its agenda first and its report last, which closes it.
 */
enum MeetingStage {
    PREPARATION, AGENDA_ISSUED, OPEN, AGENDA_ADOPTED, CLOSED;

    void requireOpenForChange() {
        if (this == CLOSED) {
            throw new RuleViolation("MEETING_CLOSED",
                    "The meeting has adopted its report and is closed; nothing can change any more.");
        }
    }

    /** Refuses a change that only a meeting whose agenda is not yet issued allows; the sentence says which. */
    void requireNotIssued(String sentence) {
        if (reached(AGENDA_ISSUED)) {
            throw new RuleViolation("AGENDA_ISSUED", sentence);
        }
    }

    boolean issued() {
        return reached(AGENDA_ISSUED);
    }

    void requireIssuable() {
        if (reached(AGENDA_ISSUED)) {
            throw new RuleViolation("AGENDA_ALREADY_ISSUED", "The provisional agenda has already been issued.");
        }
    }

    void requireOpenable() {
        if (!reached(AGENDA_ISSUED)) {
            throw new RuleViolation("AGENDA_NOT_ISSUED",
                    "The meeting cannot open before its provisional agenda is issued.");
        }
        if (reached(OPEN)) {
            throw new RuleViolation("ALREADY_OPEN", "The meeting is already open.");
        }
    }

    void requireAgendaAdoptable() {
        if (!reached(OPEN)) {
            throw new RuleViolation("MEETING_NOT_OPEN", "The agenda cannot be adopted before the meeting opens.");
        }
        if (reached(AGENDA_ADOPTED)) {
            throw new RuleViolation("AGENDA_ALREADY_ADOPTED", "The meeting has already adopted its agenda.");
        }
    }

    void requireReportAdoptable() {
        if (!reached(AGENDA_ADOPTED)) {
            throw new RuleViolation("AGENDA_NOT_ADOPTED",
                    "The report cannot be adopted before the meeting has adopted its agenda.");
        }
    }

    private boolean reached(MeetingStage stage) {
        return compareTo(stage) >= 0;
    }
}
