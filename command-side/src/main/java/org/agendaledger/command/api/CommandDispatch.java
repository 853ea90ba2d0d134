package org.agendaledger.command.api;

import java.time.Instant;
import org.agendaledger.command.shared.BusinessTime;
import org.agendaledger.command.shared.ErrorDetails;
import org.agendaledger.command.shared.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command from the API on behalf of the signed-in user: the actor, role and member go into its metadata
 * (and from there into every event it causes, with the command's id as their correlation id), and a refused command comes back as the
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
        MetaData metaData = MetaData.with(CommandMetaData.ACTOR, actor.username())
                .and(CommandMetaData.ROLE, actor.role())
                .and(BusinessTime.KEY, Instant.now().toString());
        if (actor.memberId() != null) {
            metaData = metaData.and(CommandMetaData.MEMBER_ID, actor.memberId());
        }
        // Axon's MessageOriginProvider gives every event the id of the command that caused it as correlation id
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        try {
            R result = commandGateway.sendAndWait(message);
            return new Sent<>(result, message.getIdentifier());
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
