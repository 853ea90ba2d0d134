package org.agendaledger.query.silence;

import static org.agendaledger.query.silence.SilenceEvents.DEADLINE;
import static org.agendaledger.query.silence.SilenceEvents.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.agendaledger.events.meeting.MeetingScheduled;
import org.agendaledger.events.meeting.SilenceSubject;
import org.agendaledger.events.meeting.SubjectKind;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.BreachKind;
import org.agendaledger.events.silence.Channel;
import org.agendaledger.events.silence.SilenceProcedureEvent;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMemberRecord;
import org.agendaledger.query.live.ChangeSignal;
import org.agendaledger.query.live.LiveUpdates;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A Bureau member's record, from the stored read model on the real migration (H2). */
class MemberRecordTest {

    private static final Instant NOW = Instant.parse("2020-04-30T12:00:00Z");

    private SilenceProcedureProjection projection;

    @BeforeEach
    void freshDatabase() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V110__silence_procedure_view.sql"))
                .execute(dataSource);
        projection = new SilenceProcedureProjection(
                new SilenceProcedureRows(new JdbcTemplate(dataSource), JsonMapper.builder().build()), null,
                SimpleQueryUpdateEmitter.builder().build(), Clock.fixed(NOW, ZoneOffset.UTC),
                new LiveUpdates(ChangeSignal.NONE));
    }

    @Test
    void theRecordListsEveryProcedureCirculatedToTheMemberNewestFirstWithWhatTheyDidAndTheOutcome() {
        // given: four procedures of the meeting circulated to member a, one to others only, one of another meeting
        projection.on(new MeetingScheduled(MEETING, "bureau", "Working Group", "tenth", "New York",
                LocalDate.of(2031, 9, 10), LocalDate.of(2031, 9, 11), "America/New_York", List.of(), List.of(), "S",
                1, "sha256:1"), 0);
        SilenceEvents approved = new SilenceEvents("sp-approved");
        SilenceEvents broken = new SilenceEvents("sp-broken");
        SilenceEvents withdrawn = new SilenceEvents("sp-withdrawn");
        SilenceEvents revised = new SilenceEvents("sp-revised");
        SilenceEvents toOthers = new SilenceEvents("sp-to-others");
        deliver(approved.started(Instant.parse("2020-04-01T08:00:00Z"), null, "a", "b"),
                approved.approved(List.of(), "a", "b"));
        deliver(broken.started(Instant.parse("2020-04-10T08:00:00Z"), null, "a", "b"),
                broken.broken("b", BreachKind.OBJECTION, "2020-04-11T09:00:00Z"),
                broken.further("a", BreachKind.AMENDMENT, "2020-04-12T10:00:00Z"),
                broken.recirculatedAs("sp-revised"));
        deliver(withdrawn.started(Instant.parse("2020-04-15T08:00:00Z"), null, "a"),
                withdrawn.comment("a", "2020-04-16T10:00:00Z"),
                withdrawn.withdrawn("Superseded", "2020-04-17T10:00:00Z"));
        deliver(revised.started(Instant.parse("2020-04-20T08:00:00Z"), "sp-broken", "a", "b"),
                revised.broken("a", BreachKind.OBJECTION, "2020-04-21T10:00:00Z"),
                revised.late("b", "2020-05-02T10:00:00Z"));
        deliver(toOthers.started(Instant.parse("2020-04-25T08:00:00Z"), null, "b"));
        deliver(new SilenceProcedureStarted("sp-elsewhere", "another-meeting", "bureau",
                new SilenceSubject(SubjectKind.AGENDA, 3, "sha256:agenda-3"), null,
                Instant.parse("2020-03-01T08:00:00Z"), DEADLINE, "Europe/Vienna",
                List.of(new Addressee("a", "Member a")), null));

        // when
        MemberRecord record = projection.handle(new FindMemberRecord("a"));

        // then
        assertThat(record.memberId()).isEqualTo("a");
        assertThat(record.entries()).extracting(MemberRecord.Entry::procedureId)
                .containsExactly("sp-revised", "sp-withdrawn", "sp-broken", "sp-approved", "sp-elsewhere");
        MemberRecord.Entry latest = record.entries().get(0);
        assertThat(latest.status()).isEqualTo(ProcedureStatus.BROKEN);
        assertThat(latest.state()).isEqualTo(AddresseeState.OBJECTED);
        assertThat(latest.brokenByThem("a")).isTrue();
        assertThat(latest.brokenByName()).isEqualTo("Member a");
        assertThat(latest.outcome().brokenAt()).isEqualTo(Instant.parse("2020-04-21T10:00:00Z"));
        assertThat(latest.recirculationOf()).isEqualTo("sp-broken");
        assertThat(latest.reactions()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReactionKind.OBJECTION);
            assertThat(r.text()).isEqualTo("OBJECTION of a");
            assertThat(r.channel()).isEqualTo(Channel.LETTER);
            assertThat(r.reference()).isEqualTo("letter of 2020-04-21T10:00:00Z");
            assertThat(r.late()).isFalse();
        });
        assertThat(latest.deadline().timeZone()).isEqualTo("America/New_York");
        assertThat(latest.deadline().local()).isEqualTo(OffsetDateTime.parse("2020-05-01T12:00:00-04:00"));

        MemberRecord.Entry withdrawnEntry = record.entries().get(1);
        assertThat(withdrawnEntry.status()).isEqualTo(ProcedureStatus.WITHDRAWN);
        assertThat(withdrawnEntry.outcome()).isNull();
        assertThat(withdrawnEntry.withdrawal().reason()).isEqualTo("Superseded");
        assertThat(withdrawnEntry.state()).isEqualTo(AddresseeState.COMMENTED);
        assertThat(withdrawnEntry.reactions()).extracting(SilenceProcedureView.Reaction::kind)
                .containsExactly(ReactionKind.COMMENT);

        MemberRecord.Entry brokenByAnother = record.entries().get(2);
        assertThat(brokenByAnother.brokenByThem("a")).isFalse();
        assertThat(brokenByAnother.brokenByName()).isEqualTo("Member b");
        assertThat(brokenByAnother.outcome().breachKind()).isEqualTo(BreachKind.OBJECTION);
        assertThat(brokenByAnother.recirculatedAs()).isEqualTo("sp-revised");
        assertThat(brokenByAnother.reactions()).extracting(SilenceProcedureView.Reaction::kind)
                .containsExactly(ReactionKind.AMENDMENT);

        MemberRecord.Entry approvedEntry = record.entries().get(3);
        assertThat(approvedEntry.status()).isEqualTo(ProcedureStatus.APPROVED);
        assertThat(approvedEntry.outcome().approvedAt()).isEqualTo(DEADLINE);
        assertThat(approvedEntry.stayedSilent()).isTrue();
        assertThat(approvedEntry.state()).isEqualTo(AddresseeState.SILENT);
        assertThat(approvedEntry.timeLeft()).isEqualTo(Duration.ZERO);

        MemberRecord.Entry elsewhere = record.entries().get(4);
        assertThat(elsewhere.meetingId()).isEqualTo("another-meeting");
        assertThat(elsewhere.subject().kind()).isEqualTo(SubjectKind.AGENDA);
        assertThat(elsewhere.deadline().timeZone()).as("the stated zone while the meeting's is unknown")
                .isEqualTo("Europe/Vienna");
        assertThat(elsewhere.status()).isEqualTo(ProcedureStatus.OPEN);
        assertThat(elsewhere.timeLeft()).isEqualTo(Duration.between(NOW, DEADLINE));
    }

    @Test
    void aLateReactionIsKeptInTheRecordAndFlaggedLate() {
        // given
        SilenceEvents sp = new SilenceEvents("sp-topics");
        deliver(sp.started("a", "b"), sp.broken("a", BreachKind.OBJECTION, "2020-04-25T10:00:00Z"),
                sp.late("b", "2020-05-02T10:00:00Z"));

        // when
        MemberRecord record = projection.handle(new FindMemberRecord("b"));

        // then
        assertThat(record.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(AddresseeState.LATE);
            assertThat(entry.stayedSilent()).isFalse();
            assertThat(entry.reactions()).singleElement().satisfies(r -> {
                assertThat(r.late()).isTrue();
                assertThat(r.channel()).isEqualTo(Channel.EMAIL);
                assertThat(r.reference()).isEqualTo("e-mail");
            });
            assertThat(entry.brokenByName()).isEqualTo("Member a");
        });
    }

    @Test
    void aMemberToWhomNothingWasCirculatedHasAnEmptyRecord() {
        // given
        SilenceEvents sp = new SilenceEvents("sp-topics");
        deliver(sp.started("a"));

        // when / then
        assertThat(projection.handle(new FindMemberRecord("nobody")).entries()).isEmpty();
    }

    private void deliver(SilenceProcedureEvent... events) {
        for (int sequence = 0; sequence < events.length; sequence++) {
            projection.on(events[sequence], sequence, ReplayStatus.REGULAR);
        }
    }
}
