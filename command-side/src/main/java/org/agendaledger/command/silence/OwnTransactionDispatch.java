package org.agendaledger.command.silence;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends a command from a process — a saga's event or deadline handler — in a unit of work and a transaction of its
 * own, and waits for its outcome.
 * <p>
 * Sent from the handler's own thread, the command would be a unit of work nested in the handler's and would join its
 * database transaction: a refusal would mark that transaction for rollback, and the process could then neither record
 * that it was refused nor schedule a retry. On a thread of its own the command commits or fails by itself, and the
 * process decides what to do next. The message is built on the caller's thread, so it still carries the correlation
 * of the event that caused it. Every command sent this way is one the receiving aggregate records once, so a command
 * that landed before the process's own transaction failed changes nothing when it is sent again.
 */
@Component
class OwnTransactionDispatch {

    private final CommandGateway commands;
    private final Executor executor;

    @Autowired
    OwnTransactionDispatch(CommandGateway commands) {
        this(commands, new ThreadPoolExecutor(1, 4, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "process-command");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** With the executor that runs the commands; tests run them on the caller's thread. */
    public OwnTransactionDispatch(CommandGateway commands, Executor executor) {
        this.commands = commands;
        this.executor = executor;
    }

    /** Sends the command and returns once it was handled; a refusal or failure is thrown as the gateway throws it. */
    public void sendAndWait(Object command, MetaData metaData) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        try {
            CompletableFuture.runAsync(() -> commands.sendAndWait(message), executor).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
