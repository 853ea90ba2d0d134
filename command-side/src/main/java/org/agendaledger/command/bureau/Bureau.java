package org.agendaledger.command.bureau;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.bureau.BureauCommands.AppointBureauMember;
import org.agendaledger.command.bureau.BureauCommands.EstablishBureau;
import org.agendaledger.command.bureau.BureauCommands.RetireBureauMember;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.bureau.BureauMemberAppointed;
import org.agendaledger.events.bureau.BureauMemberRetired;
import org.agendaledger.events.silence.Addressee;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The (extended) Bureau: who is a member right now, the list a silence procedure freezes. */
@Aggregate(filterEventsByType = true)
public class Bureau {

    @AggregateIdentifier
    private String bureauId;
    private final Map<String, String> members = new LinkedHashMap<>();

    protected Bureau() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Bureau(EstablishBureau command) {
        apply(new BureauEstablished(command.bureauId(), command.name()));
    }

    @CommandHandler
    void handle(AppointBureauMember command) {
        if (members.containsKey(command.memberId())) {
            throw new RuleViolation("MEMBER_ALREADY_APPOINTED",
                    "%s is already a member of this Bureau.".formatted(members.get(command.memberId())));
        }
        apply(new BureauMemberAppointed(bureauId, command.memberId(), command.displayName()));
    }

    @CommandHandler
    void handle(RetireBureauMember command) {
        if (!members.containsKey(command.memberId())) {
            throw new UnknownReference("UNKNOWN_MEMBER",
                    "There is no member '%s' in this Bureau.".formatted(command.memberId()));
        }
        apply(new BureauMemberRetired(bureauId, command.memberId()));
    }

    /** The members at this moment, in order of appointment: the addressees a new procedure freezes. */
    List<Addressee> currentMembers() {
        return members.entrySet().stream().map(e -> new Addressee(e.getKey(), e.getValue())).toList();
    }

    @EventSourcingHandler
    void on(BureauEstablished event) {
        bureauId = event.bureauId();
    }

    @EventSourcingHandler
    void on(BureauMemberAppointed event) {
        members.put(event.memberId(), event.displayName());
    }

    @EventSourcingHandler
    void on(BureauMemberRetired event) {
        members.remove(event.memberId());
    }
}
