package org.agendaledger.query.bureau;

import java.time.Instant;
import java.util.List;
import org.agendaledger.events.bureau.MemberContact;

/**
 * A Bureau with every member it ever had, in order of appointment.
 *
 * @param establishedAt the business time the Bureau was established
 * @param members            current and retired members; a new silence procedure is circulated to the current ones
 * @param secretariatAddress the secretariat's address, copied on every outcome; {@code null} until set
 */
public record BureauView(String bureauId, String name, Instant establishedAt, List<Member> members,
                         String secretariatAddress) {

    /**
     * One member of the Bureau.
     *
     * @param appointedAt business time of the (latest) appointment
     * @param retiredAt   business time of the retirement; {@code null} while a member
     * @param contact     where the member is told; {@code null} when none is kept (the member is not notified)
     */
    public record Member(String memberId, String displayName, MemberStatus status, Instant appointedAt,
                         Instant retiredAt, MemberContact contact) {

        public boolean current() {
            return status == MemberStatus.APPOINTED;
        }
    }

    /** The members now, in order of appointment: the addressees of a procedure started now. */
    public List<Member> currentMembers() {
        return members.stream().filter(Member::current).toList();
    }

    /** The members who retired, in order of appointment. */
    public List<Member> retiredMembers() {
        return members.stream().filter(m -> !m.current()).toList();
    }
}
