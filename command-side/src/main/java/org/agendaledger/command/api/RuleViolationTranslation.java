package org.agendaledger.command.api;

import org.agendaledger.command.shared.ErrorDetails;
import org.agendaledger.command.shared.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Wraps a refused command's {@link RuleViolation} in a {@link CommandExecutionException} whose details carry the
 * code and sentence, so the refusal survives the trip back through Axon Server to the sender.
 */
@Component
class RuleViolationTranslation implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), violation, ErrorDetails.of(violation));
        }
    }
}
