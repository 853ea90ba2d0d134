package org.agendaledger.command.bureau;

import static org.agendaledger.command.shared.RuleViolationWithCode.unknownReference;
import static org.agendaledger.command.shared.RuleViolationWithCode.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendaledger.command.bureau.BureauCommands.AppointBureauMember;
import org.agendaledger.command.bureau.BureauCommands.EstablishBureau;
import org.agendaledger.command.bureau.BureauCommands.RetireBureauMember;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.bureau.BureauMemberAppointed;
import org.agendaledger.events.bureau.BureauMemberRetired;
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
}
