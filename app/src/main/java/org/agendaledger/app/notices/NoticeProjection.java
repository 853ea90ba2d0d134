package org.agendaledger.app.notices;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agendaledger.events.EventMetaData;
import org.agendaledger.events.bureau.BureauMemberContactChanged;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceDeadlineExtended;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the facts of silence procedures into messages in the outbox, in the processor's transaction: a circulation
 * (or a revised text's) to every addressee with its reminders due before the deadline; silence broken, an extension
 * (the reminders then follow the new deadline), a withdrawal, an approval to every addressee and the secretariat.
 * The sender delivers them.
 *
 * <p>A side effect, never replayed ({@link DisallowReplay}): a rebuild of the read models leaves this processor
 * where it is, and an event delivered again finds its messages written already (each is keyed by the event and the
 * recipient), so nothing is ever sent twice. A fact recorded after the fact — its business time earlier than its
 * recording by more than {@code agenda-ledger.notices.after-the-fact}, as when the story is replayed or a history
 * imported — is history, and tells no one.
 */
@Component
@ProcessingGroup(NoticeProjection.PROCESSING_GROUP)
@DisallowReplay
class NoticeProjection {

    static final String PROCESSING_GROUP = "notices";

    private static final Logger log = LoggerFactory.getLogger(NoticeProjection.class);

    private final NoticeProcedures procedures;
    private final Outbox outbox;
    private final NoticeWriter writer;
    private final NoticeSettings settings;

    NoticeProjection(NoticeProcedures procedures, Outbox outbox, NoticeWriter writer, NoticeSettings settings) {
        this.procedures = procedures;
        this.outbox = outbox;
        this.writer = writer;
        this.settings = settings;
    }

    @EventHandler
    void on(SilenceProcedureStarted event, EventMessage<?> message) {
        if (afterTheFact(message)) {
            log.info("Procedure {} was recorded after the fact (business time {}): nobody is notified of it",
                    event.procedureId(), businessTime(message));
            return;
        }
        procedures.keep(event);
        NoticeProcedures.Procedure procedure = procedures.find(event.procedureId()).orElseThrow();
        NoticeKind kind = event.recirculationOf() == null ? NoticeKind.CIRCULATION : NoticeKind.RECIRCULATION;
        NoticeProcedures.Procedure previous = event.recirculationOf() != null
                ? procedures.find(event.recirculationOf()).orElse(null) : procedures.previous(procedure).orElse(null);
        NoticeWriter.Particulars particulars = new NoticeWriter.Particulars(
                previous == null ? List.of() : NoticeWriter.changes(previous.text(), event.text()),
                previous == null ? null : previous.procedureId(), null, null, null, null, null);
        Instant now = message.getTimestamp();
        List<Recipient> addressees = procedures.addressees(event.procedureId());
        writer.write(message.getIdentifier(), null, kind, procedure, addressees, particulars, now, now);
        reminders(message.getIdentifier(), procedure, addressees, now);
    }

    @EventHandler
    void on(SilenceBroken event, EventMessage<?> message) {
        procedures.find(event.procedureId()).ifPresent(p -> {
            procedures.end(p.procedureId());
            outbox.supersedeReminders(p.procedureId());
            String by = procedures.addressees(p.procedureId()).stream()
                    .filter(a -> a.memberId().equals(event.memberId())).map(Recipient::displayName).findFirst()
                    .orElse(event.memberId());
            tellEveryone(message, NoticeKind.SILENCE_BROKEN, p, new NoticeWriter.Particulars(List.of(), null, by,
                    event.kind().name(), event.text(), null, null));
        });
    }

    @EventHandler
    void on(SilenceDeadlineExtended event, EventMessage<?> message) {
        procedures.find(event.procedureId()).ifPresent(p -> {
            procedures.moveDeadline(p.procedureId(), event.newDeadline());
            outbox.supersedeReminders(p.procedureId());
            NoticeProcedures.Procedure moved = procedures.find(p.procedureId()).orElseThrow();
            tellEveryone(message, NoticeKind.EXTENDED, moved, new NoticeWriter.Particulars(List.of(), null, null,
                    null, null, event.previousDeadline(), event.reason()));
            reminders(message.getIdentifier(), moved, procedures.addressees(p.procedureId()), message.getTimestamp());
        });
    }

    @EventHandler
    void on(SilenceProcedureWithdrawn event, EventMessage<?> message) {
        procedures.find(event.procedureId()).ifPresent(p -> {
            procedures.end(p.procedureId());
            outbox.supersedeReminders(p.procedureId());
            tellEveryone(message, NoticeKind.WITHDRAWN, p, new NoticeWriter.Particulars(List.of(), null, null, null,
                    null, null, event.reason()));
        });
    }

    @EventHandler
    void on(SilenceProcedureApproved event, EventMessage<?> message) {
        procedures.find(event.procedureId()).ifPresent(p -> {
            procedures.end(p.procedureId());
            outbox.supersedeReminders(p.procedureId());
            tellEveryone(message, NoticeKind.APPROVED, p, NoticeWriter.Particulars.none());
        });
    }

    /** A member's new contact: the messages still to go to the member in open procedures go there. */
    @EventHandler
    void on(BureauMemberContactChanged event) {
        procedures.changeContact(event.bureauId(), event.memberId(), event.contact());
        for (String procedureId : procedures.openFor(event.bureauId(), event.memberId())) {
            outbox.readdress(procedureId, event.memberId(), event.contact().to(), event.contact().cc());
        }
    }

    private void tellEveryone(EventMessage<?> message, NoticeKind kind, NoticeProcedures.Procedure procedure,
                              NoticeWriter.Particulars particulars) {
        Instant now = message.getTimestamp();
        writer.write(message.getIdentifier(), null, kind, procedure, procedures.addressees(procedure.procedureId()),
                particulars, now, now);
    }

    private void reminders(String eventId, NoticeProcedures.Procedure procedure, List<Recipient> addressees,
                           Instant now) {
        for (Duration offset : writer.remindersAhead(procedure.deadline(), now)) {
            writer.write(eventId, offset.toString(), NoticeKind.REMINDER, procedure, addressees,
                    NoticeWriter.Particulars.none(), now, procedure.deadline().minus(offset));
        }
    }

    private boolean afterTheFact(EventMessage<?> message) {
        Instant business = businessTime(message);
        return business != null && business.plus(settings.afterTheFact()).isBefore(message.getTimestamp());
    }

    private static Instant businessTime(EventMessage<?> message) {
        Object value = message.getMetaData().get(EventMetaData.BUSINESS_TIME);
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
