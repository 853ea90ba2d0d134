package org.agendaledger.events.bureau;

import org.axonframework.serialization.Revision;

/** A member's contact (addresses, language, time zone, digest) was replaced by the one given. */
@Revision("1")
public record BureauMemberContactChanged(String bureauId, String memberId, MemberContact contact)
        implements BureauEvent {
}
