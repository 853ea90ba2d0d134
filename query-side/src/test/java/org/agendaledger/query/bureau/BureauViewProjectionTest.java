package org.agendaledger.query.bureau;

import static org.agendaledger.query.RecordedEvents.secretariat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendaledger.events.bureau.BureauEstablished;
import org.agendaledger.events.bureau.BureauMemberAppointed;
import org.agendaledger.events.bureau.BureauMemberContactChanged;
import org.agendaledger.events.bureau.BureauMemberRetired;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.events.bureau.SecretariatAddressSet;
import org.agendaledger.query.RecordedEvents;
import org.agendaledger.query.bureau.BureauQueries.FindBureau;
import org.agendaledger.query.bureau.BureauQueries.FindBureaus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;

/** The stored Bureaus on the real migration (H2), fed event by event as the processor would. */
class BureauViewProjectionTest {

    private static final String BUREAU = "extended-bureau-2031";

    private final EmbeddedDatabase database = (EmbeddedDatabase) RecordedEvents.database("V150__bureau_view.sql",
            "V240__bureau_contacts.sql");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final BureauViewProjection projection = new BureauViewProjection(jdbc);
    private final RecordedEvents store = new RecordedEvents();

    @AfterEach
    void close() {
        database.shutdown();
    }

    @Test
    void aBureauHasItsNameAndItsMembersInOrderOfAppointmentWithTheBusinessTimes() {
        story().forEach(this::handle);

        BureauView bureau = projection.handle(new FindBureau(BUREAU)).orElseThrow();

        assertThat(bureau.name()).isEqualTo("Extended Bureau 2031");
        assertThat(bureau.establishedAt()).isEqualTo(Instant.parse("2031-01-10T09:00:00Z"));
        assertThat(bureau.members()).extracting(BureauView.Member::memberId)
                .containsExactly("president", "vp-weog", "vp-grulac");
        assertThat(bureau.currentMembers()).extracting(BureauView.Member::memberId)
                .containsExactly("president", "vp-grulac");
        BureauView.Member retired = bureau.retiredMembers().get(0);
        assertThat(retired).isEqualTo(new BureauView.Member("vp-weog", "Vice-President (WEOG)",
                MemberStatus.RETIRED, Instant.parse("2031-01-10T09:10:00Z"), Instant.parse("2031-03-01T12:00:00Z"),
                null));
        BureauView.Member grulac = bureau.currentMembers().get(1);
        assertThat(grulac.displayName()).isEqualTo("Vice-President (GRULAC)");
        assertThat(grulac.status()).isEqualTo(MemberStatus.APPOINTED);
        assertThat(grulac.appointedAt()).isEqualTo(Instant.parse("2031-01-10T09:20:00Z"));
        assertThat(grulac.retiredAt()).isNull();
    }

    @Test
    void aRetiredMemberAppointedAgainIsAMemberFromTheNewAppointmentAtTheEndOfTheOrder() {
        List<DomainEventMessage<?>> events = new ArrayList<>(story());
        events.add(bureau(new BureauMemberAppointed(BUREAU, "vp-weog", "Vice-President (WEOG)"),
                "2031-04-01T08:00:00Z"));
        events.forEach(this::handle);

        BureauView bureau = projection.handle(new FindBureau(BUREAU)).orElseThrow();

        assertThat(bureau.retiredMembers()).isEmpty();
        assertThat(bureau.currentMembers()).extracting(BureauView.Member::memberId)
                .containsExactly("president", "vp-grulac", "vp-weog");
        BureauView.Member weog = bureau.currentMembers().get(2);
        assertThat(weog.appointedAt()).isEqualTo(Instant.parse("2031-04-01T08:00:00Z"));
        assertThat(weog.retiredAt()).isNull();
    }

    @Test
    void theSameEventsHandledTwiceChangeNothingTwice() {
        List<DomainEventMessage<?>> story = story();
        story.forEach(this::handle);
        List<Map<String, Object>> bureaus = table("bureau_view");
        List<Map<String, Object>> members = table("bureau_view_member");

        story.forEach(this::handle); // a redelivery, or a replay over the existing rows
        handle(story.get(2)); // vp-weog's appointment again, after the retirement: they stay retired

        assertThat(table("bureau_view")).isEqualTo(bureaus);
        assertThat(table("bureau_view_member")).isEqualTo(members);
        assertThat(bureaus).singleElement().satisfies(row -> assertThat(row.get("LAST_SEQUENCE")).isEqualTo(4L));
        assertThat(members).hasSize(3);
    }

    @Test
    void theBureausAreListedByNameEachWithItsOwnMembers() {
        story().forEach(this::handle);
        handle(store.record("Bureau", "another-bureau", new BureauEstablished("another-bureau", "Agenda Bureau"),
                secretariat("2031-02-01T09:00:00Z")));
        handle(store.record("Bureau", "another-bureau", new BureauMemberAppointed("another-bureau", "vp-grulac",
                "GRULAC"), secretariat("2031-02-01T09:05:00Z")));

        List<BureauView> bureaus = projection.handle(new FindBureaus());

        assertThat(bureaus).extracting(BureauView::bureauId).containsExactly("another-bureau", BUREAU);
        assertThat(bureaus.get(0).members()).extracting(BureauView.Member::displayName).containsExactly("GRULAC");
        assertThat(bureaus.get(1)).isEqualTo(projection.handle(new FindBureau(BUREAU)).orElseThrow());
        assertThat(projection.handle(new FindBureau("no-such-bureau"))).isEmpty();
    }

    @Test
    void eachMemberHasTheContactLastGivenAndTheBureauItsSecretariatAddress() {
        MemberContact first = new MemberContact(List.of("president@mission.example.org"), List.of(), "en", null,
                false);
        MemberContact second = new MemberContact(List.of("president@mission.example.org",
                "deputy@mission.example.org"), List.of("desk@mission.example.org"), "fr", "Europe/Paris", true);
        List<DomainEventMessage<?>> events = new ArrayList<>(story());
        events.add(bureau(new BureauMemberAppointed(BUREAU, "vp-eeg", "Vice-President (EEG)", first),
                "2031-04-01T08:00:00Z"));
        events.add(bureau(new BureauMemberContactChanged(BUREAU, "vp-eeg", second), "2031-04-02T08:00:00Z"));
        events.add(bureau(new SecretariatAddressSet(BUREAU, "secretariat@unodc.example.org"),
                "2031-04-03T08:00:00Z"));
        events.forEach(this::handle);
        handle(events.get(5)); // the first contact redelivered after the change: the change stands

        BureauView bureau = projection.handle(new FindBureau(BUREAU)).orElseThrow();

        assertThat(bureau.secretariatAddress()).isEqualTo("secretariat@unodc.example.org");
        assertThat(bureau.currentMembers()).extracting(BureauView.Member::contact)
                .containsExactly(null, null, second);
    }

    @Test
    void anEventWithoutABusinessTimeCountsFromItsRecordingTime() {
        Instant recorded = Instant.parse("2031-05-05T05:05:05Z");
        handle(new GenericDomainEventMessage<>("Bureau", "bare", 0, new BureauEstablished("bare", "Bare"),
                Map.of(), "event-bare-0", recorded));

        assertThat(projection.handle(new FindBureau("bare")).orElseThrow().establishedAt()).isEqualTo(recorded);
    }

    @Test
    void aResetClearsEveryBureauAndMember() {
        story().forEach(this::handle);

        projection.reset();

        assertThat(table("bureau_view")).isEmpty();
        assertThat(table("bureau_view_member")).isEmpty();
        assertThat(projection.handle(new FindBureaus())).isEmpty();
    }

    /** Established, three members appointed, one of them retired. */
    private List<DomainEventMessage<?>> story() {
        return List.of(
                bureau(new BureauEstablished(BUREAU, "Extended Bureau 2031"), "2031-01-10T09:00:00Z"),
                bureau(new BureauMemberAppointed(BUREAU, "president", "President of the Conference"),
                        "2031-01-10T09:05:00Z"),
                bureau(new BureauMemberAppointed(BUREAU, "vp-weog", "Vice-President (WEOG)"),
                        "2031-01-10T09:10:00Z"),
                bureau(new BureauMemberAppointed(BUREAU, "vp-grulac", "Vice-President (GRULAC)"),
                        "2031-01-10T09:20:00Z"),
                bureau(new BureauMemberRetired(BUREAU, "vp-weog"), "2031-03-01T12:00:00Z"));
    }

    private DomainEventMessage<?> bureau(Object payload, String businessTime) {
        return store.record("Bureau", BUREAU, payload, secretariat(businessTime));
    }

    private void handle(DomainEventMessage<?> event) {
        long sequence = event.getSequenceNumber();
        Object payload = event.getPayload();
        if (payload instanceof BureauEstablished e) {
            projection.on(e, sequence, event);
        } else if (payload instanceof BureauMemberAppointed e) {
            projection.on(e, sequence, event);
        } else if (payload instanceof BureauMemberRetired e) {
            projection.on(e, sequence, event);
        } else if (payload instanceof BureauMemberContactChanged e) {
            projection.on(e, sequence);
        } else if (payload instanceof SecretariatAddressSet e) {
            projection.on(e, sequence);
        } else {
            throw new IllegalArgumentException("Not a Bureau's event: " + payload);
        }
    }

    private List<Map<String, Object>> table(String name) {
        return jdbc.queryForList("SELECT * FROM " + name + " ORDER BY 1, 2");
    }
}
