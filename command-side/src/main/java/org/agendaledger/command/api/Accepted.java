package org.agendaledger.command.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to an accepted command: the id of what it concerns and the correlation id of its events. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Accepted(String id, String correlationId, Object result) {

    public static Accepted of(String id, CommandDispatch.Sent<?> sent) {
        return new Accepted(id, sent.correlationId(), sent.result());
    }
}
