package org.agendaledger.events.bureau;

import org.axonframework.serialization.Revision;

/**
 * A member joined the Bureau and from now on is an addressee of new silence procedures. {@code contact} is where the
 * member is told; it is {@code null} in events recorded before contacts were kept, and for a member appointed without
 * one.
 */
@Revision("1")
public record BureauMemberAppointed(String bureauId, String memberId, String displayName, MemberContact contact)
        implements BureauEvent {

    public BureauMemberAppointed(String bureauId, String memberId, String displayName) {
        this(bureauId, memberId, displayName, null);
    }
}
