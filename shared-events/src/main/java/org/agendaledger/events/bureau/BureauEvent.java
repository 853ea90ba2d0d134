package org.agendaledger.events.bureau;

/** Every fact recorded in the stream of one Bureau. */
public sealed interface BureauEvent permits BureauEstablished, BureauMemberAppointed, BureauMemberRetired,
        BureauMemberContactChanged, SecretariatAddressSet {

    /** The Bureau the fact belongs to. */
    String bureauId();
}
