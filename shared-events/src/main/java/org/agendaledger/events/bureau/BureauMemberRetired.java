package org.agendaledger.events.bureau;

import org.axonframework.serialization.Revision;

/** A member left the Bureau; procedures already circulated keep them as an addressee. */
@Revision("1")
public record BureauMemberRetired(String bureauId, String memberId) implements BureauEvent {
}
