package org.agendaledger.command.bureau;

import org.agendaledger.events.bureau.MemberContact;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands that keep the membership of a Bureau. */
public final class BureauCommands {

    private BureauCommands() {
    }

    /** Establish a (extended) Bureau. */
    public record EstablishBureau(@TargetAggregateIdentifier String bureauId, String name) {
    }

    /**
     * Appoint a member (a State, or an officer such as "Vice-President (GRULAC)"), with where the member is told of
     * silence procedures ({@code null}: no contact yet; such a member is listed as not notified).
     */
    public record AppointBureauMember(@TargetAggregateIdentifier String bureauId, String memberId, String displayName,
                                      MemberContact contact) {

        public AppointBureauMember(String bureauId, String memberId, String displayName) {
            this(bureauId, memberId, displayName, null);
        }
    }

    /** Replace a current member's contact; procedures circulated from now on tell the member there. */
    public record ChangeMemberContact(@TargetAggregateIdentifier String bureauId, String memberId,
                                      MemberContact contact) {
    }

    /** Set the secretariat's own address: it is copied on every outcome and receives the members' replies. */
    public record SetSecretariatAddress(@TargetAggregateIdentifier String bureauId, String address) {
    }

    /** Retire a member; procedures already circulated keep them as an addressee. */
    public record RetireBureauMember(@TargetAggregateIdentifier String bureauId, String memberId) {
    }
}
