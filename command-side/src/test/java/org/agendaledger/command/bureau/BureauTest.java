package org.agendaledger.command.bureau;

import static org.agendaledger.command.shared.RuleViolationWithCode.unknownReference;
import static org.agendaledger.command.shared.RuleViolationWithCode.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendaledger.command.bureau.BureauCommands.AppointBureauMember;
import org.agendaledger.command.bureau.BureauCommands.ChangeMemberContact;
import org.agendaledger.command.bureau.BureauCommands.EstablishBureau;
import org.agendaledger.command.bureau.BureauCommands.RetireBureauMember;
import org.agendaledger.command.bureau.BureauCommands.SetSecretariatAddress;
import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.bureau.BureauMemberAppointed;
import org.agendaledger.events.bureau.BureauMemberContactChanged;
import org.agendaledger.events.bureau.BureauMemberRetired;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.events.bureau.SecretariatAddressSet;
import org.agendaledger.events.silence.Addressee;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BureauTest {

    private static final String BUREAU = "bureau-cnd";

    private FixtureConfiguration<Bureau> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bureau.class);
    }

    @Test
    void givenNothing_whenBureauIsEstablished_thenBureauEstablishedIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new EstablishBureau(BUREAU, "Extended Bureau of the CND"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BureauEstablished(BUREAU, "Extended Bureau of the CND"));
    }

    @Test
    void givenEstablishedBureau_whenMemberIsAppointed_thenMemberAppointedIsRecorded() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"))
                .when(new AppointBureauMember(BUREAU, "chair", "Chair (WEOG)"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)"));
    }

    @Test
    void givenActiveMember_whenSameMemberIsAppointedAgain_thenItIsRefusedAndNothingIsRecorded() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)"))
                .when(new AppointBureauMember(BUREAU, "chair", "Chair again"))
                .expectException(violation("MEMBER_ALREADY_APPOINTED"))
                .expectNoEvents();
    }

    @Test
    void givenRetiredMember_whenMemberIsAppointedAgain_thenTheReappointmentIsRecorded() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "vp-grulac", "Vice-President (GRULAC)"),
                new BureauMemberRetired(BUREAU, "vp-grulac"))
                .when(new AppointBureauMember(BUREAU, "vp-grulac", "Vice-President (GRULAC)"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BureauMemberAppointed(BUREAU, "vp-grulac", "Vice-President (GRULAC)"));
    }

    @Test
    void givenActiveMember_whenMemberIsRetired_thenMemberRetiredIsRecorded() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)"))
                .when(new RetireBureauMember(BUREAU, "chair"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BureauMemberRetired(BUREAU, "chair"));
    }

    @Test
    void givenNoSuchMember_whenMemberIsRetired_thenItIsRefusedAsUnknownAndNothingIsRecorded() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)"))
                .when(new RetireBureauMember(BUREAU, "rapporteur"))
                .expectException(unknownReference("UNKNOWN_MEMBER"))
                .expectNoEvents();
    }

    @Test
    void givenMemberAlreadyRetired_whenMemberIsRetiredAgain_thenItIsRefusedAsUnknownAndNothingIsRecorded() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)"),
                new BureauMemberRetired(BUREAU, "chair"))
                .when(new RetireBureauMember(BUREAU, "chair"))
                .expectException(unknownReference("UNKNOWN_MEMBER"))
                .expectNoEvents();
    }

    @Test
    void givenAppointmentsAndARetirement_whenCurrentMembersAreAsked_thenTheActiveMembersAreListedInOrderOfAppointment() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)"),
                new BureauMemberAppointed(BUREAU, "vp-gr", "Vice-President (GRULAC)"),
                new BureauMemberAppointed(BUREAU, "vp-af", "Vice-President (African States)"),
                new BureauMemberRetired(BUREAU, "vp-gr"))
                .when(new AppointBureauMember(BUREAU, "rapp", "Rapporteur (Asia-Pacific)"))
                .expectSuccessfulHandlerExecution()
                .expectState(bureau -> assertThat(bureau.currentMembers()).containsExactly(
                        new Addressee("chair", "Chair (WEOG)"),
                        new Addressee("vp-af", "Vice-President (African States)"),
                        new Addressee("rapp", "Rapporteur (Asia-Pacific)")));
    }

    @Test
    void givenEstablishedBureauWithoutMembers_whenCurrentMembersAreAsked_thenTheListIsEmpty() {
        fixture.givenNoPriorActivity()
                .when(new EstablishBureau(BUREAU, "Extended Bureau"))
                .expectState(bureau -> assertThat(bureau.currentMembers()).isEqualTo(List.of()));
    }

    // ------------------------------------------------------------------------------------------------ contacts

    private static final MemberContact COLOMBIA = new MemberContact(List.of("vp@colombia-mission.example.org"),
            List.of("desk@colombia-mission.example.org"), "es", "America/Bogota", false);
    private static final MemberContact FRANCE = new MemberContact(List.of("chair@france-mission.example.org"),
            List.of(), "fr", "Europe/Paris", true);

    @Test
    void givenEstablishedBureau_whenMemberIsAppointedWithAContact_thenTheContactIsRecordedAndFrozenWithTheMember() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"))
                .when(new AppointBureauMember(BUREAU, "vp-gr", "Vice-President (GRULAC)", COLOMBIA))
                .expectEvents(new BureauMemberAppointed(BUREAU, "vp-gr", "Vice-President (GRULAC)", COLOMBIA))
                .expectState(bureau -> assertThat(bureau.currentMembers())
                        .containsExactly(new Addressee("vp-gr", "Vice-President (GRULAC)", COLOMBIA)));
    }

    @Test
    void givenMember_whenTheContactChanges_thenTheChangeIsRecordedAndNewProceduresFreezeTheNewContact() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)", COLOMBIA))
                .when(new ChangeMemberContact(BUREAU, "chair", FRANCE))
                .expectEvents(new BureauMemberContactChanged(BUREAU, "chair", FRANCE))
                .expectState(bureau -> assertThat(bureau.currentMembers())
                        .containsExactly(new Addressee("chair", "Chair (WEOG)", FRANCE)));
    }

    @Test
    void givenMemberWithAContact_whenTheSameContactIsGivenAgain_thenNothingIsRecorded() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)", FRANCE))
                .when(new ChangeMemberContact(BUREAU, "chair", FRANCE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenRetiredMember_whenTheContactIsChanged_thenItIsRefusedAsAnUnknownMember() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)"), new BureauMemberRetired(BUREAU, "chair"))
                .when(new ChangeMemberContact(BUREAU, "chair", FRANCE))
                .expectException(unknownReference("UNKNOWN_MEMBER"))
                .expectNoEvents();
    }

    @Test
    void givenBureau_whenAContactBreaksTheRules_thenEveryRefusedFieldIsNamedAndNothingIsRecorded() {
        MemberContact broken = new MemberContact(List.of("not an address", "chair@france-mission.example.org"),
                List.of("CHAIR@france-mission.example.org"), "french", "CET", false);
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"))
                .when(new AppointBureauMember(BUREAU, "chair", "Chair (WEOG)", broken))
                .expectException(InvalidFields.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("such as en or fr"))
                .expectNoEvents();
        try {
            org.agendaledger.command.shared.ContactRules.require(broken);
        } catch (InvalidFields refused) {
            assertThat(refused.fields()).containsOnlyKeys("contact.to[0]", "contact.cc[0]", "contact.language",
                    "contact.timeZone");
            assertThat(refused.fields().get("contact.cc[0]")).isEqualTo("This address is given twice.");
            return;
        }
        throw new AssertionError("the broken contact was accepted");
    }

    @Test
    void givenBureau_whenAContactHasNoAddressToSendTo_thenItIsRefused() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new BureauMemberAppointed(BUREAU, "chair", "Chair (WEOG)"))
                .when(new ChangeMemberContact(BUREAU, "chair", new MemberContact(List.of(), List.of(
                        "desk@france-mission.example.org"), "fr", null, false)))
                .expectException(violation("INVALID_CONTACT"))
                .expectNoEvents();
    }

    @Test
    void givenBureau_whenTheSecretariatAddressIsSet_thenItIsRecordedOnceAndAnInvalidOneIsRefused() {
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"))
                .when(new SetSecretariatAddress(BUREAU, "secretariat@unodc.example.org"))
                .expectEvents(new SecretariatAddressSet(BUREAU, "secretariat@unodc.example.org"))
                .expectState(bureau -> assertThat(bureau.secretariatAddress())
                        .isEqualTo("secretariat@unodc.example.org"));
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"),
                new SecretariatAddressSet(BUREAU, "secretariat@unodc.example.org"))
                .when(new SetSecretariatAddress(BUREAU, "secretariat@unodc.example.org"))
                .expectNoEvents();
        fixture.given(new BureauEstablished(BUREAU, "Extended Bureau"))
                .when(new SetSecretariatAddress(BUREAU, "Secretariat <secretariat@unodc.example.org>"))
                .expectException(violation("INVALID_CONTACT"))
                .expectNoEvents();
    }
}
