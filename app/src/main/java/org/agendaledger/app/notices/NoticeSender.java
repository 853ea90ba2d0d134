package org.agendaledger.app.notices;

import java.time.Instant;
import java.util.Iterator;
import org.agendaledger.command.silence.SilenceCommands.RecordNoticeDelivery;
import org.agendaledger.events.EventMetaData;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.agendaledger.events.silence.SilenceBroken;
import org.agendaledger.events.silence.SilenceProcedureApproved;
import org.agendaledger.events.silence.SilenceProcedureWithdrawn;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: every message due is handed to the mail server, and what became of it is recorded — each
 * attempt in {@code notice_attempt}, the outcome on the message, and, once final, as proof of notice in the
 * procedure's own stream ({@link NoticeDelivered}). A server that is down or answers "not now" delays the message:
 * it is tried again after a pause that doubles up to the longest, never dropped. A reminder is sent only while its
 * procedure runs, as the event store says at the moment of sending. Run by a db-scheduler task on one node at a
 * time ({@link NoticeTasks}).
 */
@Component
class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    private static final int BATCH = 50;

    private final Outbox outbox;
    private final SmtpDelivery smtp;
    private final NoticeSettings settings;
    private final EventStore events;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    NoticeSender(Outbox outbox, SmtpDelivery smtp, NoticeSettings settings, EventStore events,
                 CommandGateway commands, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.settings = settings;
        this.events = events;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Delivers what is due and records the proof of what has an outcome. */
    void sendDue() {
        Instant now = Instant.now();
        for (Outbox.Message message : outbox.due(now, BATCH)) {
            deliver(message);
        }
        recordProofs();
    }

    private void deliver(Outbox.Message m) {
        if (m.kind() == NoticeKind.REMINDER && ended(m.procedureId())) {
            outbox.supersede(m.noticeId());
            return;
        }
        SmtpDelivery.Answer answer = smtp.deliver(m);
        Instant at = Instant.now();
        transaction.executeWithoutResult(status -> {
            switch (answer.result()) {
                case ACCEPTED -> outbox.outcome(m, Outbox.Status.SENT, at, at, answer.serverReply(), answer.error(),
                        null, "ACCEPTED");
                case REFUSED -> outbox.outcome(m, Outbox.Status.REFUSED, at, null, answer.serverReply(),
                        answer.error(), null, "REFUSED");
                case HELD -> outbox.outcome(m, Outbox.Status.HELD, at, null, null, answer.error(), null, "HELD");
                case DEFERRED -> outbox.outcome(m, Outbox.Status.QUEUED, at, null, null, answer.error(),
                        at.plus(settings.retryAfter(m.attempts() + 1)), "DEFERRED");
            }
        });
        if (answer.result() == SmtpDelivery.Result.DEFERRED) {
            log.warn("Notice {} not delivered (attempt {}), tried again later: {}", m.noticeId(), m.attempts() + 1,
                    answer.error());
        }
    }

    /** Whether the procedure has ended, read from its stream in the event store. */
    private boolean ended(String procedureId) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(procedureId, 0);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof SilenceBroken || payload instanceof SilenceProcedureWithdrawn
                    || payload instanceof SilenceProcedureApproved) {
                return true;
            }
        }
        return false;
    }

    private void recordProofs() {
        for (Outbox.Message m : outbox.unproven(BATCH)) {
            NoticeDelivered proof = new NoticeDelivered(m.procedureId(), m.noticeId(), m.kind(), m.memberId(),
                    m.to(), m.cc(), m.subject(), m.queuedAt(), m.acceptedAt(), outcome(m.status()), m.messageId(),
                    m.serverReply(), m.attempts(), m.digestId());
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordNoticeDelivery(
                        m.procedureId(), proof)).andMetaData(MetaData
                                .with(EventMetaData.BUSINESS_TIME,
                                        Instant.now().toString())
                                .and(EventMetaData.ACTOR, EventMetaData.SYSTEM_ACTOR)
                                .and(EventMetaData.ROLE, EventMetaData.SYSTEM_ROLE)));
                outbox.proven(m.noticeId());
            } catch (RuntimeException e) {
                log.warn("The proof of notice {} is not recorded yet, tried again: {}", m.noticeId(), e.toString());
            }
        }
    }

    private static NoticeOutcome outcome(Outbox.Status status) {
        return switch (status) {
            case SENT -> NoticeOutcome.ACCEPTED;
            case REFUSED -> NoticeOutcome.REFUSED;
            case HELD -> NoticeOutcome.HELD_IN_OUTBOX;
            case NO_ADDRESS -> NoticeOutcome.NO_ADDRESS;
            default -> throw new IllegalStateException("No outcome yet: " + status);
        };
    }
}
