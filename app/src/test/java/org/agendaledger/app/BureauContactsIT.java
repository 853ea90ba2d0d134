package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.agendaledger.events.bureau.BureauMemberContactChanged;
import org.agendaledger.events.bureau.MemberContact;
import org.agendaledger.events.bureau.SecretariatAddressSet;
import org.agendaledger.events.silence.Addressee;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Where Bureau members and the secretariat are told, through the API: a member appointed with a contact, a contact
 * changed, the secretariat's address set; the Bureau read shows them; a procedure circulated afterwards freezes each
 * addressee's contact and the secretariat's address; a contact that breaks a rule is refused field by field and
 * stores nothing; the story's members have their (illustrative) contacts.
 */
class BureauContactsIT extends LedgerIntegrationTest {

    private static final Map<String, Object> COLOMBIA = Map.of("to", List.of("vp@colombia-mission.example.org"),
            "cc", List.of("desk@colombia-mission.example.org"), "language", "es", "timeZone", "America/Bogota");

    @Test
    void contactsAreKeptInEventsShownInTheBureauAndFrozenByTheNextCirculation() {
        Scenario s = new Scenario(secretariat()).bureau("president");
        String members = "/api/bureaus/" + s.bureauId + "/members";
        expect(secretariat().post(members, map("memberId", "vp-grulac", "displayName", "Vice-President (GRULAC)",
                "contact", COLOMBIA)), 201);
        expect(secretariat().put(members + "/president/contact", map("to", List.of("president@mission.example.org"),
                "language", "fr", "timeZone", "Europe/Paris", "digest", true)), 200);
        expect(secretariat().put("/api/bureaus/" + s.bureauId + "/secretariat-address",
                map("address", "secretariat@unodc.example.org")), 200);

        assertThat(eventsOf(s.bureauId).stream().map(e -> (Object) e.getPayload()).toList()).contains(
                new BureauMemberContactChanged(s.bureauId, "president", new MemberContact(
                        List.of("president@mission.example.org"), List.of(), "fr", "Europe/Paris", true)),
                new SecretariatAddressSet(s.bureauId, "secretariat@unodc.example.org"));
        JsonNode bureau = await().atMost(PATIENCE).until(() -> secretariat().get("/api/bureaus/" + s.bureauId)
                .json(),
                b -> b.path("secretariatAddress").asString("").equals("secretariat@unodc.example.org")
                        && b.get("members").size() == 2 && b.get("members").get(0).path("contact").isObject());
        JsonNode president = bureau.get("members").get(0);
        assertThat(president.get("contact").get("to").get(0).asString()).isEqualTo("president@mission.example.org");
        assertThat(president.get("contact").get("digest").asBoolean()).isTrue();
        assertThat(bureau.get("members").get(1).get("contact").get("timeZone").asString())
                .isEqualTo("America/Bogota");

        s.meeting();
        String procedureId = s.circulate("MEETING_PLAN", 600);
        SilenceProcedureStarted started = (SilenceProcedureStarted) eventsOf(procedureId).get(0).getPayload();
        assertThat(started.secretariatAddress()).isEqualTo("secretariat@unodc.example.org");
        assertThat(started.addressees()).containsExactly(
                new Addressee("president", "Member president", new MemberContact(
                        List.of("president@mission.example.org"), List.of(), "fr", "Europe/Paris", true)),
                new Addressee("vp-grulac", "Vice-President (GRULAC)", new MemberContact(
                        List.of("vp@colombia-mission.example.org"), List.of("desk@colombia-mission.example.org"),
                        "es", "America/Bogota", false)));
    }

    @Test
    void aContactThatBreaksARuleIsRefusedFieldByFieldAndStoresNothing() {
        Scenario s = new Scenario(secretariat()).bureau("president");
        String members = "/api/bureaus/" + s.bureauId + "/members";
        long before = eventCount();

        ApiClient.Response badAddress = expect(secretariat().put(members + "/president/contact",
                map("to", List.of("Chair <chair@mission.example.org>"), "language", "fr")), 400);
        ApiClient.Response twice = expect(secretariat().put(members + "/president/contact",
                map("to", List.of("chair@mission.example.org"), "cc", List.of("CHAIR@mission.example.org"))), 400);
        ApiClient.Response badZone = expect(secretariat().post(members, map("memberId", "vp-weog",
                "displayName", "Vice-President (WEOG)", "contact", map("to", List.of("weog@mission.example.org"),
                        "language", "zz", "timeZone", "CET"))),
                400);
        ApiClient.Response noAddress = expect(secretariat().put(members + "/president/contact",
                map("cc", List.of("desk@mission.example.org"))), 400);
        ApiClient.Response badSecretariat = expect(secretariat().put("/api/bureaus/" + s.bureauId
                + "/secretariat-address", map("address", "not an address")), 400);
        ApiClient.Response unknownMember = expect(secretariat().put(members + "/nobody/contact",
                map("to", List.of("nobody@mission.example.org"))), 404);

        assertThat(badAddress.raw()).contains("Write one e-mail address");
        assertThat(twice.raw()).contains("given twice");
        assertThat(badZone.raw()).contains("contact.language").contains("contact.timeZone");
        assertThat(noAddress.raw()).contains("to");
        assertThat(badSecretariat.raw()).contains("Write one e-mail address");
        assertThat(unknownMember.code()).isEqualTo("UNKNOWN_MEMBER");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theStorysMembersHaveTheirContactsAndTheBureauItsSecretariatAddress() {
        JsonNode bureau = secretariat().get("/api/bureaus/cop-untoc-extended-bureau").json();
        assertThat(bureau.get("secretariatAddress").asString()).isEqualTo("untoc.cop.secretariat@un.example.org");
        assertThat(bureau.get("members")).allSatisfy(m -> assertThat(m.get("contact").get("to").get(0).asString())
                .isEqualTo(m.get("memberId").asString() + "@cop-untoc.example.org"));
    }
}
