package org.agendaledger.command.api;

import java.time.Instant;
import java.util.UUID;
import org.agendaledger.command.shared.BusinessTime;
import org.agendaledger.command.shared.ErrorDetails;
import org.agendaledger.command.shared.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command from the API on behalf of the signed-in user: the actor, role, member and a fresh correlation
 * id go into its metadata (and from there into every event it causes), and a refused command comes back as the
 * {@link RuleViolation} that refused it, also when it crossed Axon Server.
 */
@Component
public class CommandDispatch {

    private final CommandGateway commandGateway;

    public CommandDispatch(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public record Sent<R>(R result, String correlationId) {
    }

    public <R> Sent<R> send(Object command) {
        Actor actor = Actor.current().orElseThrow(() -> new IllegalStateException("No signed-in user"));
        String correlationId = UUID.randomUUID().toString();
        MetaData metaData = MetaData.with(CommandMetaData.ACTOR, actor.username())
                .and(CommandMetaData.ROLE, actor.role())
                .and(CommandMetaData.CORRELATION_ID, correlationId)
                .and(BusinessTime.KEY, Instant.now().toString());
        if (actor.memberId() != null) {
            metaData = metaData.and(CommandMetaData.MEMBER_ID, actor.memberId());
        }
        try {
            R result = commandGateway.sendAndWait(command, metaData);
            return new Sent<>(result, correlationId);
        } catch (CommandExecutionException e) {
            throw unwrap(e);
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
