package org.agendaledger.query.live;

import java.util.List;
import org.axonframework.messaging.Message;
import org.axonframework.queryhandling.QueryUpdateEmitter;

/**
 * Who follows a query live: the open subscription queries of a kind. A projection asks before it computes an update
 * that only a follower would receive (an inbox, a meeting's summary), so nobody pays for updates nobody reads.
 */
public final class Followers {

    private Followers() {
    }

    /** The queries of type {@code query} that are subscribed to now. */
    public static <Q> List<Q> of(QueryUpdateEmitter updates, Class<Q> query) {
        return updates.activeSubscriptions().stream().map(Message::getPayload)
                .filter(query::isInstance).map(query::cast).toList();
    }
}
