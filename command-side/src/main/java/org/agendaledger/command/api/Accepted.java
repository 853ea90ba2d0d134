package org.agendaledger.command.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to an accepted command: the id of what it concerns, the correlation id of its events, what the command
 * returned (if anything) and the store's position after it — send it back as {@code Ledger-Not-Older-Than} to read
 * what the command did.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Accepted(String id, String correlationId, Object result, long position) {

    /** The response header that carries {@link #position()} too. */
    public static final String POSITION_HEADER = "Ledger-Position";

    public static Accepted of(String id, CommandDispatch.Sent<?> sent) {
        return new Accepted(id, sent.correlationId(), sent.result(), sent.position());
    }
}
