package org.agendaledger.events.bureau;

import org.axonframework.serialization.Revision;

/** A member joined the Bureau and from now on is an addressee of new silence procedures. */
@Revision("1")
public record BureauMemberAppointed(String bureauId, String memberId, String displayName) implements BureauEvent {
}
