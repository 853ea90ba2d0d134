package org.agendaledger.query.bureau;

import java.time.Instant;
import java.util.List;

/**
 * A Bureau with every member it ever had, in order of appointment.
 *
 * @param establishedAt the business time the Bureau was established
 * @param members       current and retired members; a new silence procedure is circulated to the current ones
 */
public record BureauView(String bureauId, String name, Instant establishedAt, List<Member> members) {

    /**
     * One member of the Bureau.
     *
     * @param appointedAt business time of the (latest) appointment
     * @param retiredAt   business time of the retirement; {@code null} while a member
     */
    public record Member(String memberId, String displayName, MemberStatus status, Instant appointedAt,
                         Instant retiredAt) {

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
