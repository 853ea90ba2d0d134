package org.agendaledger.command.api;

import org.agendaledger.events.EventMetaData;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.agendaledger.command.shared.ErrorDetails;
import org.agendaledger.command.shared.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a command from the API on behalf of the signed-in user: the actor, role and member go into its metadata
 * (and from there into every event it causes, with the command's id as their correlation id), and a refused command
 * comes back as the {@link RuleViolation} that refused it, also when it crossed Axon Server.
 * <p>
 * Two nodes may change one aggregate at the same moment; the event store lets only one of them append its events and
 * the other's command fails with a {@link ConcurrencyException}, having stored nothing. Such a command is sent again,
 * after a short random pause, and decided anew on the aggregate as it now stands; only when it keeps conflicting is
 * the conflict answered (409). The answer carries the store's position after the command: reads that must show
 * what it did wait for that position.
 */
@Component
public class CommandDispatch {

    /** How often a command that met a concurrent change is tried in all. */
    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(CommandDispatch.class);

    private final CommandGateway commandGateway;
    private final EventStore eventStore;

    public CommandDispatch(CommandGateway commandGateway, EventStore eventStore) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
    }

    /** What a command returned, the correlation id of its events and the store's position after it. */
    public record Sent<R>(R result, String correlationId, long position) {
    }

    public <R> Sent<R> send(Object command) {
        Actor actor = Actor.current().orElseThrow(() -> new IllegalStateException("No signed-in user"));
        MetaData metaData = MetaData.with(EventMetaData.ACTOR, actor.username())
                .and(EventMetaData.ROLE, actor.role())
                .and(EventMetaData.BUSINESS_TIME, Instant.now().toString());
        if (actor.memberId() != null) {
            metaData = metaData.and(EventMetaData.MEMBER_ID, actor.memberId());
        }
        // Axon's MessageOriginProvider gives every event the id of the command that caused it as correlation id
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        for (int attempt = 1;; attempt++) {
            try {
                R result = commandGateway.sendAndWait(message);
                return new Sent<>(result, message.getIdentifier(), position());
            } catch (CommandExecutionException e) {
                throw unwrap(e);
            } catch (ConcurrencyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("{} met a concurrent change (attempt {}); sending it again",
                        command.getClass().getSimpleName(), attempt);
                pause(attempt);
            }
        }
    }

    /** The position of the newest event in the store now; -1 for an empty store. */
    public long position() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private static void pause(int attempt) {
        long millis = ThreadLocalRandom.current().nextLong(5, 20L * attempt + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending a command again", e);
        }
    }

    static RuntimeException unwrap(CommandExecutionException e) {
        if (e.getCause() instanceof RuleViolation violation) {
            return violation;
        }
        return e.getDetails().filter(ErrorDetails.class::isInstance).map(ErrorDetails.class::cast)
                .<RuntimeException>map(ErrorDetails::toViolation).orElse(e);
    }
}
