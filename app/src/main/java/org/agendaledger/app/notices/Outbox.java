package org.agendaledger.app.notices;

import static org.agendaledger.app.notices.NoticeProcedures.instant;
import static org.agendaledger.app.notices.NoticeProcedures.lines;
import static org.agendaledger.app.notices.NoticeProcedures.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.agendaledger.events.silence.NoticeKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox of notices ({@code notice_outbox}) and the record of every delivery attempt ({@code notice_attempt}).
 * A message is written once per notice id — the event that caused it, the recipient, the kind — so a redelivered
 * event adds nothing; the sender moves it from {@code QUEUED} to its outcome.
 */
@Component
public class Outbox {

    /** Where a message stands. */
    public enum Status {
        QUEUED, SENT, REFUSED, HELD, NO_ADDRESS, SUPERSEDED, DIGEST, DIGESTED
    }

    /** One message as it is (or would be) sent. */
    public record Message(String noticeId, String procedureId, NoticeKind kind, String memberId, List<String> to,
                          List<String> cc, String replyTo, String subject, String textBody, String htmlBody,
                          String calendar, Status status, Instant queuedAt, Instant dueAt, int attempts,
                          Instant acceptedAt, String messageId, String serverReply, String lastError, String digestId,
                          boolean proofRecorded) {
    }

    /** One delivery attempt. */
    public record Attempt(String noticeId, int attempt, Instant attemptedAt, String result, String serverReply,
                          String error) {
    }

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the message unless one with its notice id is there already; true when written. */
    boolean write(Message m) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM notice_outbox WHERE notice_id = ?", Integer.class,
                m.noticeId());
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update("""
                INSERT INTO notice_outbox (notice_id, procedure_id, kind, member_id, recipients_to, recipients_cc,
                  reply_to, subject, text_body, html_body, calendar, status, queued_at, due_at, attempts, accepted_at,
                  message_id, server_reply, last_error, digest_id, proof_recorded)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, NULL, NULL, NULL, FALSE)""",
                m.noticeId(), m.procedureId(), m.kind() == null ? "DIGEST" : m.kind().name(), m.memberId(),
                String.join("\n", m.to()), String.join("\n", m.cc()), m.replyTo(), m.subject(), m.textBody(),
                m.htmlBody(), m.calendar(), m.status().name(), utc(m.queuedAt()), utc(m.dueAt()), m.messageId());
        return true;
    }

    /** The reminders of the procedure not yet sent: they will not be, the procedure ended or its deadline moved. */
    int supersedeReminders(String procedureId) {
        return jdbc.update("""
                UPDATE notice_outbox SET status = 'SUPERSEDED' WHERE procedure_id = ? AND kind = 'REMINDER'
                  AND status IN ('QUEUED', 'DIGEST')""", procedureId);
    }

    /** Sends the member's messages not yet delivered to the new addresses. */
    void readdress(String procedureId, String memberId, List<String> to, List<String> cc) {
        jdbc.update("""
                UPDATE notice_outbox SET recipients_to = ?, recipients_cc = ? WHERE procedure_id = ? AND member_id = ?
                  AND status IN ('QUEUED', 'DIGEST')""", String.join("\n", to), String.join("\n", cc), procedureId,
                memberId);
    }

    /** The messages due now, oldest first. */
    List<Message> due(Instant now, int limit) {
        return jdbc.query("SELECT * FROM notice_outbox WHERE status = 'QUEUED' AND due_at <= ? ORDER BY due_at, "
                + "notice_id FETCH FIRST " + limit + " ROWS ONLY", (rs, n) -> message(rs), utc(now));
    }

    /** The messages with an outcome not yet recorded as proof in the event store. */
    List<Message> unproven(int limit) {
        return jdbc.query("""
                SELECT * FROM notice_outbox WHERE proof_recorded = FALSE AND procedure_id IS NOT NULL
                  AND status IN ('SENT', 'REFUSED', 'HELD', 'NO_ADDRESS') ORDER BY queued_at, notice_id
                FETCH FIRST %d ROWS ONLY""".formatted(limit), (rs, n) -> message(rs));
    }

    void proven(String noticeId) {
        jdbc.update("UPDATE notice_outbox SET proof_recorded = TRUE WHERE notice_id = ?", noticeId);
    }

    /** Records an attempt and moves the message to its outcome. */
    void outcome(Message m, Status status, Instant at, Instant acceptedAt, String serverReply, String error,
                 Instant nextDue, String result) {
        int attempt = m.attempts() + 1;
        jdbc.update("""
                INSERT INTO notice_attempt (notice_id, attempt, attempted_at, result, server_reply, error)
                VALUES (?, ?, ?, ?, ?, ?)""", m.noticeId(), attempt, utc(at), result, clip(serverReply),
                clip(error));
        jdbc.update("""
                UPDATE notice_outbox SET status = ?, attempts = ?, accepted_at = ?, server_reply = ?, last_error = ?,
                  due_at = ? WHERE notice_id = ?""", status.name(), attempt, utc(acceptedAt), clip(serverReply),
                clip(error), utc(nextDue == null ? m.dueAt() : nextDue), m.noticeId());
        if (m.procedureId() == null) {
            // a digest: the messages it carried share its outcome
            jdbc.update("""
                    UPDATE notice_outbox SET status = ?, attempts = ?, accepted_at = ?, server_reply = ?
                    WHERE digest_id = ? AND status = 'DIGESTED'""",
                    status == Status.QUEUED ? "DIGESTED" : status.name(), attempt, utc(acceptedAt),
                    clip(serverReply), m.noticeId());
        }
    }

    /** A reminder that is not sent: its procedure ended. */
    void supersede(String noticeId) {
        jdbc.update("UPDATE notice_outbox SET status = 'SUPERSEDED' WHERE notice_id = ? AND status = 'QUEUED'",
                noticeId);
    }

    /** The members with messages waiting for their digest, and those messages. */
    List<Message> waitingForDigest() {
        return jdbc.query("SELECT * FROM notice_outbox WHERE status = 'DIGEST' ORDER BY member_id, queued_at",
                (rs, n) -> message(rs));
    }

    void digested(String noticeId, String digestId) {
        jdbc.update("UPDATE notice_outbox SET status = 'DIGESTED', digest_id = ? WHERE notice_id = ?", digestId,
                noticeId);
    }

    /** Every message, newest first (the outbox page). */
    public List<Message> latest(int limit) {
        return jdbc.query("SELECT * FROM notice_outbox ORDER BY queued_at DESC, notice_id FETCH FIRST " + limit
                + " ROWS ONLY", (rs, n) -> message(rs));
    }

    public Optional<Message> find(String noticeId) {
        return jdbc.query("SELECT * FROM notice_outbox WHERE notice_id = ?", (rs, n) -> message(rs), noticeId)
                .stream().findFirst();
    }

    public List<Attempt> attempts(String noticeId) {
        return jdbc.query("SELECT * FROM notice_attempt WHERE notice_id = ? ORDER BY attempt",
                (rs, n) -> new Attempt(rs.getString("notice_id"), rs.getInt("attempt"), instant(rs, "attempted_at"),
                        rs.getString("result"), rs.getString("server_reply"), rs.getString("error")),
                noticeId);
    }

    /** The messages a digest carried. */
    List<Message> inDigest(String digestId) {
        return jdbc.query("SELECT * FROM notice_outbox WHERE digest_id = ? ORDER BY queued_at", (rs, n) -> message(rs),
                digestId);
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static Message message(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        return new Message(rs.getString("notice_id"), rs.getString("procedure_id"),
                "DIGEST".equals(kind) ? null : NoticeKind.valueOf(kind), rs.getString("member_id"),
                lines(rs.getString("recipients_to")), lines(rs.getString("recipients_cc")), rs.getString("reply_to"),
                rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                rs.getString("calendar"), Status.valueOf(rs.getString("status")), instant(rs, "queued_at"),
                instant(rs, "due_at"), rs.getInt("attempts"), instant(rs, "accepted_at"), rs.getString("message_id"),
                rs.getString("server_reply"), rs.getString("last_error"), rs.getString("digest_id"),
                rs.getBoolean("proof_recorded"));
    }
}
