package org.agendaledger.events.silence;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An addressee made an editorial comment that does not break silence. */
@Revision("1")
public record SilenceCommentRecorded(String procedureId, String memberId, String text, Instant receivedAt,
                                     Channel channel, String reference)
        implements SilenceProcedureEvent {
}
