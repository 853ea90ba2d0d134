package org.agendaledger.command.bureau;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands that keep the membership of a Bureau. */
public final class BureauCommands {

    private BureauCommands() {
    }

    /** Establish a (extended) Bureau. */
    public record EstablishBureau(@TargetAggregateIdentifier String bureauId, String name) {
    }

    /** Appoint a member (a State, or an officer such as "Vice-President (GRULAC)"). */
    public record AppointBureauMember(@TargetAggregateIdentifier String bureauId, String memberId, String displayName) {
    }

    /** Retire a member; procedures already circulated keep them as an addressee. */
    public record RetireBureauMember(@TargetAggregateIdentifier String bureauId, String memberId) {
    }
}
