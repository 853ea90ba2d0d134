package org.agendaledger.events.bureau;

import org.axonframework.serialization.Revision;

/**
 * The secretariat's own e-mail address for this Bureau: it receives a copy of every outcome and is where members'
 * replies go.
 */
@Revision("1")
public record SecretariatAddressSet(String bureauId, String address) implements BureauEvent {
}
