package org.agendaledger.query.bureau;

import org.agendaledger.query.consistency.ReadModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.bureau.BureauMemberAppointed;
import org.agendaledger.events.bureau.BureauMemberContactChanged;
import org.agendaledger.events.bureau.BureauMemberRetired;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.events.bureau.SecretariatAddressSet;
import org.agendaledger.query.bureau.BureauQueries.FindBureau;
import org.agendaledger.query.bureau.BureauQueries.FindBureaus;
import org.agendaledger.query.history.MeetingHistory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every Bureau with its name and every member it ever had ({@code bureau_view}, {@code bureau_view_member}): who is
 * a member now, who retired, the business time of each appointment and retirement, where each member is told, and
 * the secretariat's address. A Bureau's row remembers the
 * last sequence number of its stream that it applied, so a redelivered or replayed event changes nothing twice.
 *
 * <p>A pure read model: handling an event twice or replaying them all sends no command and no message, so replay
 * is allowed.
 */
@Component
@ProcessingGroup(BureauViewProjection.PROCESSING_GROUP)
class BureauViewProjection {

    static final String PROCESSING_GROUP = ReadModel.BUREAU_VIEW;

    private final JdbcTemplate jdbc;

    BureauViewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BureauEstablished event, @SequenceNumber long sequence, EventMessage<?> message) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM bureau_view WHERE bureau_id = ?",
                Integer.class, event.bureauId());
        if (existing != null && existing > 0) {
            return; // seen before: a redelivery or a replay over existing rows
        }
        jdbc.update("INSERT INTO bureau_view (bureau_id, name, established_at, last_sequence) VALUES (?, ?, ?, ?)",
                event.bureauId(), event.name(), utc(MeetingHistory.businessTime(message)), sequence);
    }

    @EventHandler
    void on(BureauMemberAppointed event, @SequenceNumber long sequence, EventMessage<?> message) {
        if (!advance(event.bureauId(), sequence)) {
            return;
        }
        // appointed again after retiring: a member again from this appointment, at the end of the order
        jdbc.update("DELETE FROM bureau_view_member WHERE bureau_id = ? AND member_id = ?", event.bureauId(),
                event.memberId());
        jdbc.update("""
                INSERT INTO bureau_view_member (bureau_id, member_id, display_name, status, appointed_at, retired_at,
                  appointed_sequence) VALUES (?, ?, ?, ?, ?, NULL, ?)""",
                event.bureauId(), event.memberId(), event.displayName(), MemberStatus.APPOINTED.name(),
                utc(MeetingHistory.businessTime(message)), sequence);
        contact(event.bureauId(), event.memberId(), event.contact());
    }

    @EventHandler
    void on(BureauMemberContactChanged event, @SequenceNumber long sequence) {
        if (advance(event.bureauId(), sequence)) {
            contact(event.bureauId(), event.memberId(), event.contact());
        }
    }

    @EventHandler
    void on(SecretariatAddressSet event, @SequenceNumber long sequence) {
        if (advance(event.bureauId(), sequence)) {
            jdbc.update("UPDATE bureau_view SET secretariat_address = ? WHERE bureau_id = ?", event.address(),
                    event.bureauId());
        }
    }

    private void contact(String bureauId, String memberId, MemberContact contact) {
        jdbc.update("""
                UPDATE bureau_view_member SET contact_to = ?, contact_cc = ?, contact_language = ?,
                  contact_time_zone = ?, contact_digest = ? WHERE bureau_id = ? AND member_id = ?""",
                contact == null ? null : String.join("\n", contact.to()),
                contact == null ? null : String.join("\n", contact.cc()),
                contact == null ? null : contact.language(), contact == null ? null : contact.timeZone(),
                contact == null ? null : contact.digest(), bureauId, memberId);
    }

    @EventHandler
    void on(BureauMemberRetired event, @SequenceNumber long sequence, EventMessage<?> message) {
        if (!advance(event.bureauId(), sequence)) {
            return;
        }
        jdbc.update("UPDATE bureau_view_member SET status = ?, retired_at = ? WHERE bureau_id = ? AND member_id = ?",
                MemberStatus.RETIRED.name(), utc(MeetingHistory.businessTime(message)), event.bureauId(),
                event.memberId());
    }

    /** Moves the Bureau's row to this sequence number; false when it has applied it already (or has no row). */
    private boolean advance(String bureauId, long sequence) {
        return jdbc.update("UPDATE bureau_view SET last_sequence = ? WHERE bureau_id = ? AND last_sequence < ?",
                sequence, bureauId, sequence) > 0;
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM bureau_view_member");
        jdbc.update("DELETE FROM bureau_view");
    }

    @QueryHandler
    List<BureauView> handle(FindBureaus query) {
        Map<String, List<BureauView.Member>> members = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM bureau_view_member ORDER BY bureau_id, appointed_sequence",
                (ResultSet rs) -> {
                    members.computeIfAbsent(rs.getString("bureau_id"), b -> new ArrayList<>()).add(member(rs));
                });
        return jdbc.query("SELECT * FROM bureau_view ORDER BY name, bureau_id", (rs, n) -> bureau(rs,
                members.getOrDefault(rs.getString("bureau_id"), List.of())));
    }

    @QueryHandler
    Optional<BureauView> handle(FindBureau query) {
        List<BureauView.Member> members = jdbc.query(
                "SELECT * FROM bureau_view_member WHERE bureau_id = ? ORDER BY appointed_sequence",
                (rs, n) -> member(rs), query.bureauId());
        return jdbc.query("SELECT * FROM bureau_view WHERE bureau_id = ?", (rs, n) -> bureau(rs, members),
                query.bureauId()).stream().findFirst();
    }

    private static BureauView bureau(ResultSet rs, List<BureauView.Member> members) throws SQLException {
        return new BureauView(rs.getString("bureau_id"), rs.getString("name"), instant(rs, "established_at"),
                List.copyOf(members), rs.getString("secretariat_address"));
    }

    private static BureauView.Member member(ResultSet rs) throws SQLException {
        return new BureauView.Member(rs.getString("member_id"), rs.getString("display_name"),
                MemberStatus.valueOf(rs.getString("status")), instant(rs, "appointed_at"),
                instant(rs, "retired_at"), contact(rs));
    }

    private static MemberContact contact(ResultSet rs) throws SQLException {
        String to = rs.getString("contact_to");
        if (to == null) {
            return null;
        }
        String cc = rs.getString("contact_cc");
        return new MemberContact(lines(to), lines(cc), rs.getString("contact_language"),
                rs.getString("contact_time_zone"), rs.getBoolean("contact_digest"));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
