package org.agendaledger.query.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Where the rebuild of a read model stands: the position its processor has reached in the global event stream,
 * the head of that stream, the speed since the rebuild started and the time it should still take.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RebuildStatus(String readModel, State state, long position, long head, Double eventsPerSecond,
                     Long estimatedSecondsLeft, Instant startedAt, Instant completedAt) {

    public enum State {
        UP_TO_DATE, CATCHING_UP, REBUILDING, FAILED
    }
}
