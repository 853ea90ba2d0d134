package org.agendaledger.app.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The events parked in the dead-letter queues: listed with their errors, retried (the whole sequence they head, in
 * order, by the same handlers), and — only where the handler is a side effect, such as a notice — evicted. A read
 * model's event is never evicted: the read model would then lack it for good; it is retried once the cause is
 * mended, or the read model rebuilt.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final Processors processors;

    DeadLetters(EventProcessingConfiguration processing, Processors processors) {
        this.processing = processing;
        this.processors = processors;
    }

    /** Every parked event of every processing group, group by group, each sequence in order. */
    public List<ParkedEvent> all() {
        List<ParkedEvent> all = new ArrayList<>();
        processing.eventProcessors().keySet().stream().sorted().forEach(group -> queue(group).ifPresent(queue -> {
            boolean evictable = processors.kindOf(group).orElse(null) == Processors.Kind.SIDE_EFFECT;
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                boolean first = true;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    all.add(parked(group, letter, first, evictable));
                    first = false;
                }
            }
        }));
        return all;
    }

    /**
     * Handles the sequence the event belongs to again, from its first event, with the group's own handlers; what
     * fails again stays parked with its new error.
     *
     * @return whether every event of the sequence was handled
     */
    public boolean retry(String group, String eventId) {
        DeadLetter<? extends EventMessage<?>> head = headOfSequenceWith(group, eventId);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new UnknownReference("UNKNOWN_PROCESSING_GROUP",
                        "The processing group '%s' has no dead-letter queue on this node.".formatted(group)));
        String first = head.message().getIdentifier();
        boolean handled = processor.process(letter -> letter.message().getIdentifier().equals(first));
        boolean left = queue(group).map(q -> contains(q, eventId)).orElse(false);
        log.info("Retry of the events parked in '{}' from {}: {}", group, first,
                left ? "still failing" : "handled");
        return handled && !left;
    }

    /** Removes one parked event of a side effect: it will never be handled. */
    public void evict(String group, String eventId) {
        if (processors.kindOf(group).orElse(null) != Processors.Kind.SIDE_EFFECT) {
            throw new RuleViolation("NOT_A_SIDE_EFFECT", ("'%s' feeds a read model: evicting its event would leave "
                    + "the read model without it. Retry the event once its cause is mended, or rebuild the read "
                    + "model.").formatted(group));
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group).orElseThrow();
        DeadLetter<? extends EventMessage<?>> letter = find(queue, l -> l.message().getIdentifier().equals(eventId))
                .orElseThrow(() -> notParked(group, eventId));
        queue.evict(letter);
        log.warn("The event {} parked in '{}' was evicted: it will not be handled", eventId, group);
    }

    private DeadLetter<? extends EventMessage<?>> headOfSequenceWith(String group, String eventId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group).orElseThrow(() -> notParked(group, eventId));
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            DeadLetter<? extends EventMessage<?>> head = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                head = head == null ? letter : head;
                if (letter.message().getIdentifier().equals(eventId)) {
                    return head;
                }
            }
        }
        throw notParked(group, eventId);
    }

    private static boolean contains(SequencedDeadLetterQueue<EventMessage<?>> queue, String eventId) {
        return find(queue, l -> l.message().getIdentifier().equals(eventId)).isPresent();
    }

    // @formatter:off: a signature too long to align its parameters under the parenthesis
    private static Optional<DeadLetter<? extends EventMessage<?>>> find(
            SequencedDeadLetterQueue<EventMessage<?>> queue, Predicate<DeadLetter<? extends EventMessage<?>>> test) {
    // @formatter:on
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (test.test(letter)) {
                    return Optional.of(letter);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }

    private static UnknownReference notParked(String group, String eventId) {
        return new UnknownReference("NOT_PARKED",
                "No event '%s' is parked in '%s'.".formatted(eventId, group));
    }

    private static ParkedEvent parked(String group, DeadLetter<? extends EventMessage<?>> letter, boolean first,
                                      boolean evictable) {
        EventMessage<?> message = letter.message();
        String sequence = letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : null;
        String aggregateId = null;
        Long sequenceNumber = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequenceNumber = domain.getSequenceNumber();
        }
        Long position = message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        Optional<Cause> cause = letter.cause();
        return new ParkedEvent(group, sequence, first, message.getIdentifier(), message.getPayloadType().getName(),
                aggregateId, sequenceNumber, position, message.getTimestamp(), cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched(),
                ProcessingErrors.attempts(letter.diagnostics().get(ProcessingErrors.ATTEMPTS)), evictable);
    }
}
