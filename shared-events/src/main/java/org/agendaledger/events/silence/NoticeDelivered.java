package org.agendaledger.events.silence;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Proof of notice: what became of one message about the procedure sent to one recipient. {@code memberId} is the
 * addressee told ({@code null} for the secretariat's copy); {@code to} and {@code cc} the addresses it went to;
 * {@code queuedAt} when it was written to the outbox and {@code acceptedAt} when the mail server accepted it
 * ({@code null} unless {@code ACCEPTED}); {@code messageId} the message's Message-ID, {@code serverReply} the mail
 * server's last reply, {@code attempts} how many delivery attempts it took; {@code digestOf} is set when the notice
 * went in a member's daily digest (the digest's notice id).
 */
@Revision("1")
public record NoticeDelivered(String procedureId, String noticeId, NoticeKind kind, String memberId, List<String> to,
                              List<String> cc, String subject, Instant queuedAt, Instant acceptedAt,
                              NoticeOutcome outcome, String messageId, String serverReply, int attempts,
                              String digestOf)
        implements SilenceProcedureEvent {

    public NoticeDelivered {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }
}
