package org.agendaledger.command.meeting;

import org.agendaledger.command.meeting.MeetingCommands.ReviseMeetingPlan;
import org.agendaledger.command.meeting.MeetingCommands.ScheduleMeeting;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;

/** A meeting's plan in its current version, and the silence procedure that confirmed that version, if any. */
record PlanVersion(MeetingPlan plan, int version, String confirmedBy) {

    /** The plan a meeting is scheduled with, once it obeys the rules of every plan. */
    static MeetingPlan proposedBy(ScheduleMeeting command) {
        return new MeetingPlan(command.body(), command.ordinal(), command.venue(), command.startDate(),
                command.endDate(), command.timeZone(), command.slots(), command.languages(), command.agendaSymbol())
                .validated();
    }

    /** The plan a revision proposes: the body and session stay, the rest is the revision's, checked alike. */
    MeetingPlan proposedRevision(ReviseMeetingPlan command) {
        return new MeetingPlan(plan.body(), plan.ordinal(), command.venue(), command.startDate(), command.endDate(),
                command.timeZone(), command.slots(), command.languages(), command.agendaSymbol()).validated();
    }

    static PlanVersion scheduled(MeetingScheduled event) {
        return new PlanVersion(new MeetingPlan(event.body(), event.ordinal(), event.venue(), event.startDate(),
                event.endDate(), event.timeZone(), event.slots(), event.languages(), event.agendaSymbol()),
                event.planVersion(), null);
    }

    /** A revision replaces what the secretariat may change; the body and session stay; a confirmation lapses. */
    PlanVersion revised(MeetingPlanRevised event) {
        return new PlanVersion(new MeetingPlan(plan.body(), plan.ordinal(), event.venue(), event.startDate(),
                event.endDate(), event.timeZone(), event.slots(), event.languages(), event.agendaSymbol()),
                event.planVersion(), null);
    }

    PlanVersion confirmedBy(String procedureId) {
        return new PlanVersion(plan, version, procedureId);
    }

    void requireUnconfirmed() {
        if (confirmedBy != null) {
            throw new RuleViolation("PLAN_ALREADY_CONFIRMED", "The meeting plan is already confirmed.");
        }
    }

    SilenceSubject subject() {
        return new SilenceSubject(SubjectKind.MEETING_PLAN, version, plan.contentHash());
    }
}
