package org.agendaledger.app.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the notices keep of each procedure ({@code notice_procedure}, {@code notice_addressee}): the text, the
 * deadline and the addressees with where each is told, so that every later message of the procedure reaches the
 * same people. Written in the notices' processor transaction.
 */
@Component
class NoticeProcedures {

    /** A procedure as its notices need it. */
    record Procedure(String procedureId, String meetingId, String bureauId, String subjectKind, int subjectVersion,
                     String subjectHash, String text, Instant deadline, String timeZone, String secretariatAddress,
                     String recirculationOf, boolean open, Instant startedAt) {
    }

    private final JdbcTemplate jdbc;

    NoticeProcedures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the procedure and its addressees; false when it is kept already (a redelivered start). */
    boolean keep(SilenceProcedureStarted started) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM notice_procedure WHERE procedure_id = ?",
                Integer.class, started.procedureId());
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update("""
                INSERT INTO notice_procedure (procedure_id, meeting_id, bureau_id, subject_kind, subject_version,
                  subject_hash, text_under_silence, deadline, time_zone, secretariat_address, recirculation_of, status,
                  started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""",
                started.procedureId(), started.meetingId(), started.bureauId(), started.subject().kind().name(),
                started.subject().version(), started.subject().contentHash(), started.text(), utc(started.deadline()),
                started.timeZone(), started.secretariatAddress(), started.recirculationOf(),
                utc(started.startedAt()));
        int position = 0;
        for (Addressee addressee : started.addressees()) {
            MemberContact c = addressee.contact();
            jdbc.update("""
                    INSERT INTO notice_addressee (procedure_id, member_id, display_name, position, contact_to,
                      contact_cc, language, time_zone, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    started.procedureId(), addressee.memberId(), addressee.displayName(), position++,
                    c == null ? null : String.join("\n", c.to()), c == null ? null : String.join("\n", c.cc()),
                    c == null ? null : c.language(), c == null ? null : c.timeZone(), c != null && c.digest());
        }
        return true;
    }

    Optional<Procedure> find(String procedureId) {
        return jdbc.query("SELECT * FROM notice_procedure WHERE procedure_id = ?", (rs, n) -> procedure(rs),
                procedureId).stream().findFirst();
    }

    /** The latest procedure on the same subject of the same meeting started before this one. */
    Optional<Procedure> previous(Procedure procedure) {
        return jdbc.query("""
                SELECT * FROM notice_procedure WHERE meeting_id = ? AND subject_kind = ? AND started_at < ?
                  AND procedure_id <> ? ORDER BY started_at DESC""", (rs, n) -> procedure(rs),
                procedure.meetingId(), procedure.subjectKind(), utc(procedure.startedAt()),
                procedure.procedureId()).stream().findFirst();
    }

    List<Recipient> addressees(String procedureId) {
        return jdbc.query("SELECT * FROM notice_addressee WHERE procedure_id = ? ORDER BY position",
                (rs, n) -> recipient(rs), procedureId);
    }

    void end(String procedureId) {
        jdbc.update("UPDATE notice_procedure SET status = 'ENDED' WHERE procedure_id = ?", procedureId);
    }

    void moveDeadline(String procedureId, Instant deadline) {
        jdbc.update("UPDATE notice_procedure SET deadline = ? WHERE procedure_id = ?", utc(deadline), procedureId);
    }

    /** A member's new contact, for the open procedures of the Bureau that address the member. */
    void changeContact(String bureauId, String memberId, MemberContact c) {
        jdbc.update("""
                UPDATE notice_addressee SET contact_to = ?, contact_cc = ?, language = ?, time_zone = ?, digest = ?
                WHERE member_id = ? AND procedure_id IN (SELECT procedure_id FROM notice_procedure
                  WHERE bureau_id = ? AND status = 'OPEN')""",
                c == null ? null : String.join("\n", c.to()), c == null ? null : String.join("\n", c.cc()),
                c == null ? null : c.language(), c == null ? null : c.timeZone(), c != null && c.digest(), memberId,
                bureauId);
    }

    /** The open procedures of the Bureau that address the member. */
    List<String> openFor(String bureauId, String memberId) {
        return jdbc.queryForList("""
                SELECT p.procedure_id FROM notice_procedure p JOIN notice_addressee a ON a.procedure_id = p.procedure_id
                WHERE p.bureau_id = ? AND p.status = 'OPEN' AND a.member_id = ?""", String.class, bureauId, memberId);
    }

    private static Procedure procedure(ResultSet rs) throws SQLException {
        return new Procedure(rs.getString("procedure_id"), rs.getString("meeting_id"), rs.getString("bureau_id"),
                rs.getString("subject_kind"), rs.getInt("subject_version"), rs.getString("subject_hash"),
                rs.getString("text_under_silence"), instant(rs, "deadline"), rs.getString("time_zone"),
                rs.getString("secretariat_address"), rs.getString("recirculation_of"),
                "OPEN".equals(rs.getString("status")), instant(rs, "started_at"));
    }

    private static Recipient recipient(ResultSet rs) throws SQLException {
        return new Recipient(rs.getString("member_id"), rs.getString("display_name"), lines(rs.getString("contact_to")),
                lines(rs.getString("contact_cc")), rs.getString("language"), rs.getString("time_zone"),
                rs.getBoolean("digest"));
    }

    static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
