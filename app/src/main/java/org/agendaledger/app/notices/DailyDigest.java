package org.agendaledger.app.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, each member who takes a digest gets one message with every notice that waited for it since the last:
 * the digest goes to the outbox as a message of its own, and each notice it carries shares its outcome (and its
 * proof names the digest).
 */
@Component
class DailyDigest {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DailyDigest(Outbox outbox, MailTemplates templates, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.templates = templates;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Writes the digests of every member with notices waiting; the number written. */
    int writeDigests(Instant now) {
        Integer written = transaction.execute(status -> {
            Map<String, List<Outbox.Message>> byMember = new LinkedHashMap<>();
            for (Outbox.Message m : outbox.waitingForDigest()) {
                byMember.computeIfAbsent(m.memberId(), id -> new ArrayList<>()).add(m);
            }
            byMember.forEach((memberId, messages) -> {
                Outbox.Message latest = messages.get(messages.size() - 1);
                String[] member = jdbc.query("""
                        SELECT display_name, language FROM notice_addressee WHERE procedure_id = ? AND member_id = ?""",
                        (rs, n) -> new String[]{rs.getString(1), rs.getString(2)}, latest.procedureId(), memberId)
                        .stream().findFirst().orElse(new String[]{memberId, "en"});
                String digestId = "digest/%s/%s".formatted(memberId, now);
                MailTemplates.Rendered rendered = templates.digest(member[0], messages, member[1]);
                outbox.write(new Outbox.Message(digestId, null, null, memberId, latest.to(), latest.cc(),
                        latest.replyTo(), rendered.subject(), rendered.text(), rendered.html(), null,
                        Outbox.Status.QUEUED, now, now, 0, null, "<" + Integer.toHexString(digestId.hashCode())
                                + "." + now.toEpochMilli() + "@agenda-ledger.digest>",
                        null, null, null, false));
                messages.forEach(m -> outbox.digested(m.noticeId(), digestId));
            });
            return byMember.size();
        });
        return written == null ? 0 : written;
    }
}
