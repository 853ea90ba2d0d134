package org.agendaledger.command.bureau;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.command.bureau.BureauCommands.AppointBureauMember;
import org.agendaledger.command.bureau.BureauCommands.ChangeMemberContact;
import org.agendaledger.command.bureau.BureauCommands.EstablishBureau;
import org.agendaledger.command.bureau.BureauCommands.RetireBureauMember;
import org.agendaledger.command.bureau.BureauCommands.SetSecretariatAddress;
import org.agendaledger.command.shared.ContactRules;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.RuleViolation;
import org.agendaledger.command.shared.UnknownReference;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.bureau.BureauMemberAppointed;
import org.agendaledger.events.bureau.BureauMemberContactChanged;
import org.agendaledger.events.bureau.BureauMemberRetired;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.events.bureau.SecretariatAddressSet;
import org.agendaledger.events.silence.Addressee;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The (extended) Bureau: who is a member right now and where each is told, the list a silence procedure freezes, and
 * the secretariat's own address for copies and replies.
 */
@Aggregate(filterEventsByType = true)
public class Bureau {

    @AggregateIdentifier
    private String bureauId;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private String secretariatAddress;

    private record Member(String displayName, MemberContact contact) {
    }

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
                    "%s is already a member of this Bureau.".formatted(members.get(command.memberId()).displayName()));
        }
        ContactRules.require(command.contact());
        apply(new BureauMemberAppointed(bureauId, command.memberId(), command.displayName(), command.contact()));
    }

    @CommandHandler
    void handle(ChangeMemberContact command) {
        requireMember(command.memberId());
        if (command.contact() == null) {
            throw new InvalidFields(ContactRules.CODE,
                    Map.of("contact", "Give the member's contact: at least one address to send the notices to."));
        }
        ContactRules.require(command.contact());
        if (command.contact().equals(members.get(command.memberId()).contact())) {
            return; // the contact the Bureau holds already: nothing changes
        }
        apply(new BureauMemberContactChanged(bureauId, command.memberId(), command.contact()));
    }

    @CommandHandler
    void handle(SetSecretariatAddress command) {
        ContactRules.requireSecretariatAddress(command.address());
        if (command.address().equals(secretariatAddress)) {
            return;
        }
        apply(new SecretariatAddressSet(bureauId, command.address()));
    }

    @CommandHandler
    void handle(RetireBureauMember command) {
        requireMember(command.memberId());
        apply(new BureauMemberRetired(bureauId, command.memberId()));
    }

    private void requireMember(String memberId) {
        if (!members.containsKey(memberId)) {
            throw new UnknownReference("UNKNOWN_MEMBER", "There is no member '%s' in this Bureau.".formatted(memberId));
        }
    }

    /** The members at this moment, in order of appointment, with their contacts: the addressees a procedure freezes. */
    List<Addressee> currentMembers() {
        return members.entrySet().stream()
                .map(e -> new Addressee(e.getKey(), e.getValue().displayName(), e.getValue().contact())).toList();
    }

    /** The secretariat's address for copies and replies; {@code null} until one is set. */
    String secretariatAddress() {
        return secretariatAddress;
    }

    @EventSourcingHandler
    void on(BureauEstablished event) {
        bureauId = event.bureauId();
    }

    @EventSourcingHandler
    void on(BureauMemberAppointed event) {
        members.put(event.memberId(), new Member(event.displayName(), event.contact()));
    }

    @EventSourcingHandler
    void on(BureauMemberContactChanged event) {
        members.computeIfPresent(event.memberId(), (id, member) -> new Member(member.displayName(), event.contact()));
    }

    @EventSourcingHandler
    void on(SecretariatAddressSet event) {
        secretariatAddress = event.address();
    }

    @EventSourcingHandler
    void on(BureauMemberRetired event) {
        members.remove(event.memberId());
    }
}
