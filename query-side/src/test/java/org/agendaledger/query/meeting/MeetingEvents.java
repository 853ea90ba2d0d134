package org.agendaledger.query.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.agendaledger.events.meeting.AgendaAdopted;
import org.agendaledger.events.meeting.AgendaItemAdded;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AgendaProposed;
import org.agendaledger.events.meeting.AgendaVersionApproved;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.MeetingClosed;
import org.agendaledger.events.meeting.MeetingEvent;
import org.agendaledger.events.meeting.MeetingOpened;
import org.agendaledger.events.meeting.MeetingPlanConfirmed;
import org.agendaledger.events.meeting.MeetingPlanRevised;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.ProvisionalAgendaIssued;
import org.agendaledger.events.meeting.ReportAdopted;
import org.agendaledger.events.meeting.SubstantiveTopicsApproved;
import org.agendaledger.events.meeting.SubstantiveTopicsProposed;
import org.agendaledger.events.meeting.Topic;

/** The events of one meeting's life, from its scheduling to its closing. */
public final class MeetingEvents {

    public static final String MEETING = "wg-2031";
    private static final Instant AT = Instant.parse("2031-09-10T08:00:00Z");

    private MeetingEvents() {
    }

    public static MeetingScheduled scheduled() {
        return new MeetingScheduled(MEETING, "bureau", "Working Group on Trafficking in Persons", "eleventh meeting",
                "Vienna", LocalDate.parse("2031-09-10"), LocalDate.parse("2031-09-11"), "Europe/Vienna", List.of(),
                List.of("English"), "CTOC/COP/WG.4/2031/1", 1, "plan-1");
    }

    public static MeetingPlanRevised revised(String venue) {
        return new MeetingPlanRevised(MEETING, venue, LocalDate.parse("2031-09-17"), LocalDate.parse("2031-09-18"),
                "Europe/Vienna", List.of(), List.of("English", "French"), "CTOC/COP/WG.4/2031/2", 2, "plan-2");
    }

    public static MeetingPlanConfirmed planConfirmed() {
        return new MeetingPlanConfirmed(MEETING, "sp-plan", 2, "plan-2", AT);
    }

    public static SubstantiveTopicsProposed topicsProposed() {
        return new SubstantiveTopicsProposed(MEETING, List.of(new Topic("t1", "Non-punishment of victims")), 1, "t-1");
    }

    public static SubstantiveTopicsApproved topicsApproved() {
        return new SubstantiveTopicsApproved(MEETING, "sp-topics", 1, "t-1", AT);
    }

    public static AgendaProposed agendaProposed() {
        return new AgendaProposed(MEETING, List.of(new AgendaItemContent("i1", ItemKind.ORGANIZATIONAL,
                "Organizational matters", List.of(), List.of(), List.of())), 1, "a-1");
    }

    public static AgendaItemAdded itemAdded() {
        return new AgendaItemAdded(MEETING, "i2", ItemKind.SUBSTANTIVE, "Non-punishment of victims", 1, 2, "a-2");
    }

    public static AgendaVersionApproved agendaApproved() {
        return new AgendaVersionApproved(MEETING, "sp-agenda", 2, "a-2", AT);
    }

    public static ProvisionalAgendaIssued issued() {
        return new ProvisionalAgendaIssued(MEETING, "CTOC/COP/WG.4/2031/2", LocalDate.parse("2031-07-01"), "General",
                "English", 2, "a-2");
    }

    public static MeetingOpened opened() {
        return new MeetingOpened(MEETING, AT);
    }

    public static AgendaAdopted agendaAdopted() {
        return new AgendaAdopted(MEETING, 2, "a-2", true, List.of(), AT);
    }

    public static ReportAdopted reportAdopted() {
        return new ReportAdopted(MEETING, "CTOC/COP/WG.4/2031/3", AT.plusSeconds(86_400));
    }

    public static MeetingClosed closed() {
        return new MeetingClosed(MEETING, 2, "a-2", AT.plusSeconds(86_400));
    }

    /** A whole life, in the order the meeting lives it: the plan revised (then confirmed), the agenda edited. */
    public static List<MeetingEvent> life() {
        return List.of(scheduled(), revised("Vienna International Centre"), planConfirmed(), topicsProposed(),
                topicsApproved(), agendaProposed(), itemAdded(), agendaApproved(), issued(), opened(),
                agendaAdopted(), reportAdopted(), closed());
    }
}
