package org.agendaledger.app.notices;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

/**
 * The embedded default, without a mail server: every notice is held in the built-in outbox, recorded as such in
 * the procedure's proof of notice, and shown on {@code /mail} (to the secretariat and the auditor, not to Bureau
 * members) exactly as it would be sent; the story replayed at start notifies no one; a member who takes a digest
 * gets one message a day carrying the day's notices.
 */
@AutoConfigureMockMvc
class MailOutboxIT extends LedgerIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Outbox outbox;

    @Autowired
    DailyDigest digest;

    @Test
    void withoutAMailServerTheNoticesAreHeldInTheOutboxShownOnTheMailPageAndRecordedAsHeld() throws Exception {
        Scenario s = bureau(false);
        String procedureId = s.circulate("SUBSTANTIVE_TOPICS", 600);

        List<NoticeDelivered> proofs = await().atMost(PATIENCE).until(() -> proofs(procedureId),
                p -> p.stream().filter(n -> n.kind() == NoticeKind.CIRCULATION).count() == 2);
        assertThat(proofs).filteredOn(n -> n.kind() == NoticeKind.CIRCULATION).extracting(NoticeDelivered::outcome)
                .containsOnly(NoticeOutcome.HELD_IN_OUTBOX);
        Outbox.Message held = outbox.latest(500).stream().filter(m -> procedureId.equals(m.procedureId())
                && "president".equals(m.memberId()) && m.kind() == NoticeKind.CIRCULATION).findFirst().orElseThrow();
        assertThat(held.status()).isEqualTo(Outbox.Status.HELD);
        assertThat(outbox.attempts(held.noticeId())).extracting(Outbox.Attempt::result).containsExactly("HELD");

        String list = mvc.perform(get("/mail").with(user("secretariat").roles("SECRETARIAT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(held.subject()).contains("president-" + s.suffix + "@mission.example.org");
        String message = mvc.perform(get("/mail/message?id=" + UriUtils.encodeQueryParam(held.noticeId(), "UTF-8"))
                .with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(message).contains("Circulated for approval").contains("sandbox=\"\"").contains("HELD");
        mvc.perform(get("/mail").with(user("president").roles("BUREAU_MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/mail/message?id=no-such-notice").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStoryReplayedAtStartNotifiesNoOne() {
        assertThat(outbox.latest(10_000))
                .noneMatch(m -> m.procedureId() != null && m.procedureId().startsWith("sp-20"));
        assertThat(proofs("sp-2019-meeting-plan")).isEmpty();
    }

    @Test
    void aMemberWhoTakesADigestGetsOneMessageCarryingTheDaysNoticesAndItsProofNamesTheDigest() {
        Scenario s = bureau(true);
        String first = s.circulate("SUBSTANTIVE_TOPICS", 600);
        expect(secretariat().post("/api/silence-procedures/" + first + "/withdrawal",
                java.util.Map.of("reason", "Dates under review")), 200);
        await().atMost(PATIENCE).until(() -> outbox.latest(500).stream().filter(m -> first.equals(m.procedureId())
                && "president".equals(m.memberId()) && m.status() == Outbox.Status.DIGEST).count() == 2);

        assertThat(digest.writeDigests(Instant.now())).isGreaterThanOrEqualTo(1);

        Outbox.Message sent = await().atMost(PATIENCE).until(() -> outbox.latest(500).stream()
                .filter(m -> m.procedureId() == null && "president".equals(m.memberId())
                        && m.textBody().contains(first))
                .findFirst(), java.util.Optional::isPresent).get();
        assertThat(sent.textBody()).contains("Circulated for approval").contains("Dates under review");
        List<NoticeDelivered> proofs = await().atMost(PATIENCE).until(() -> proofs(first).stream()
                .filter(n -> "president".equals(n.memberId())).toList(), p -> p.size() == 2);
        assertThat(proofs).extracting(NoticeDelivered::digestOf).containsOnly(sent.noticeId());
        assertThat(proofs).extracting(NoticeDelivered::outcome).containsOnly(NoticeOutcome.HELD_IN_OUTBOX);
    }

    private Scenario bureau(boolean digest) {
        Scenario s = new Scenario(secretariat()).bureau();
        expect(secretariat().post("/api/bureaus/" + s.bureauId + "/members", map("memberId", "president",
                "displayName", "President", "contact", map("to", List.of("president-" + s.suffix
                        + "@mission.example.org"), "digest", digest))),
                201);
        expect(secretariat().post("/api/bureaus/" + s.bureauId + "/members", map("memberId", "vp-grulac",
                "displayName", "Vice-President (GRULAC)", "contact", map("to", List.of("grulac-" + s.suffix
                        + "@mission.example.org")))),
                201);
        return s.meeting().topics();
    }

    private List<NoticeDelivered> proofs(String procedureId) {
        return allEventsOf(procedureId).stream().map(DomainEventMessage::getPayload)
                .filter(NoticeDelivered.class::isInstance).map(NoticeDelivered.class::cast).toList();
    }
}
