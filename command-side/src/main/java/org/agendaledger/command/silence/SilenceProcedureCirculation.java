package org.agendaledger.command.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agendaledger.command.shared.BureauRosters;
import org.agendaledger.command.shared.BusinessTime;
import org.agendaledger.command.shared.MeetingsUnderSilence;
import org.agendaledger.command.silence.SilenceCommands.RecirculateRevisedText;
import org.agendaledger.command.silence.SilenceCommands.StartSilenceProcedure;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.Addressee;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Circulates a proposal under silence procedure. It spans three aggregates in one unit of work, so either all
 * of it is stored or nothing: the Bureau's members at this moment, with their contacts, become the frozen
 * addressees (the secretariat's address with them), the meeting pins
 * and freezes the current version of the subject, and the procedure starts.
 */
@Component
class SilenceProcedureCirculation {

    private final MeetingsUnderSilence meetings;
    private final BureauRosters bureaus;
    private final Repository<SilenceProcedure> procedures;
    private final Duration minimumPeriod;

    SilenceProcedureCirculation(MeetingsUnderSilence meetings, BureauRosters bureaus,
                                Repository<SilenceProcedure> procedures,
                                @Value("${agenda-ledger.silence.minimum-period:PT72H}") Duration minimumPeriod) {
        this.meetings = meetings;
        this.bureaus = bureaus;
        this.procedures = procedures;
        this.minimumPeriod = minimumPeriod;
    }

    @CommandHandler
    public SilenceSubject handle(StartSilenceProcedure command) {
        return circulate(command.procedureId(), command.meetingId(), command.subjectKind(), command.text(),
                command.deadline(), command.timeZone(), null);
    }

    @CommandHandler
    public SilenceSubject handle(RecirculateRevisedText command) {
        Aggregate<SilenceProcedure> broken = procedures.load(command.brokenProcedureId());
        SilenceProcedure.Circulation circulation = broken.invoke(SilenceProcedure::revisable);
        SilenceSubject revised = circulate(command.procedureId(), circulation.meetingId(),
                circulation.subject().kind(), command.text(), command.deadline(), command.timeZone(),
                command.brokenProcedureId());
        broken.execute(p -> p.recordRecirculation(command.procedureId(), revised));
        return revised;
    }

    private SilenceSubject circulate(String procedureId, String meetingId, SubjectKind kind, String text,
                                     Instant deadline, String timeZone, String recirculationOf) {
        MeetingsUnderSilence.Circulating meeting = meetings.circulating(meetingId);
        String bureauId = meeting.bureauId();
        String zone = timeZone != null ? timeZone : meeting.timeZone();
        List<Addressee> addressees = bureaus.currentMembers(bureauId);
        String secretariatAddress = bureaus.secretariatAddress(bureauId);
        Instant startedAt = BusinessTime.now();
        SilenceProcedure.requireValidCirculation(startedAt, deadline, zone, minimumPeriod, addressees);
        SilenceSubject subject = meetings.pin(meetingId, procedureId, kind);
        try {
            procedures.newInstance(() -> new SilenceProcedure(procedureId, meetingId, bureauId, subject, text,
                    startedAt, deadline, zone, addressees, recirculationOf, secretariatAddress));
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        return subject;
    }
}
