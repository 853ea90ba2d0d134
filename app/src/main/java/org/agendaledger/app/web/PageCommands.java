package org.agendaledger.app.web;

import java.time.Duration;
import org.agendaledger.app.infrastructure.ReadModelProgress;
import org.agendaledger.command.api.CommandDispatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a page's command through the API's {@link CommandDispatch} (same metadata, same refusals) and returns once
 * the read models have handled the events it stored, so the page the user is sent to next shows what they did.
 */
@Component
class PageCommands {

    private static final Logger log = LoggerFactory.getLogger(PageCommands.class);

    /** How long a page waits for the read models to handle what its command stored. */
    static final Duration READ_MODEL_PATIENCE = Duration.ofSeconds(10);

    private final CommandDispatch dispatch;
    private final ReadModelProgress progress;

    PageCommands(CommandDispatch dispatch, ReadModelProgress progress) {
        this.dispatch = dispatch;
        this.progress = progress;
    }

    /**
     * Sends the command and waits until every read model has reached the position it answered with, as an API
     * client does with {@code Ledger-Not-Older-Than}; a refusal is thrown as the API throws it, and then nothing is
     * waited for.
     */
    void send(Object command) {
        CommandDispatch.Sent<Object> sent = dispatch.send(command);
        ReadModelProgress.Standing standing = progress.await(sent.position(), progress.readModels(),
                READ_MODEL_PATIENCE);
        if (!standing.reached()) {
            log.info("The read models had not reached position {} of {} within {}: behind {}, parked {}",
                    sent.position(), command.getClass().getSimpleName(), READ_MODEL_PATIENCE, standing.behind(),
                    standing.parked().keySet());
        }
    }
}
