package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Proof of notice through HTTP and the pages: whether each addressee was told of the circulation and when, recorded
 * after the procedure ended, read by the auditor, by a member (their own only), on the procedure page and in the
 * decision trail. The notices given here are appended to the stream by the test; the sender runs only once, at
 * start, so it records none of its own for the test's procedure (the sender's own proofs: {@code NoticesIT}).
 */
@AutoConfigureMockMvc
@org.springframework.test.context.TestPropertySource(properties = "agenda-ledger.notices.send-every=PT1000H")
class ProofOfNoticeIT extends LedgerIntegrationTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void theAuditorReadsWhoWasToldOfTheCirculationAndWhenAndTheApprovalStands() throws Exception {
        // given: a procedure approved at its deadline, then its notices recorded
        Scenario s = new Scenario(secretariat()).bureau("member-a", "member-b").meeting().topics();
        String procedure = s.circulate("SUBSTANTIVE_TOPICS", Scenario.SOON);
        await().atMost(PATIENCE).until(() -> "APPROVED".equals(secretariat()
                .get("/api/silence-procedures/" + procedure).json().get("status").asString()));
        Instant queued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant accepted = queued.plusSeconds(3);
        record(procedure, notice(procedure, "member-a", NoticeOutcome.HELD_IN_OUTBOX, queued, null));
        record(procedure, notice(procedure, "member-b", NoticeOutcome.NO_ADDRESS, queued, null));
        record(procedure, notice(procedure, null, NoticeOutcome.ACCEPTED, queued, accepted));
        record(procedure, notice(procedure, "member-a", NoticeOutcome.ACCEPTED, queued, accepted)); // its later fate

        // when
        String notices = "/api/silence-procedures/" + procedure + "/notices";
        JsonNode proof = await().atMost(PATIENCE).until(() -> expect(as("auditor").get(notices), 200).json(),
                p -> p.get("secretariatCopies").size() == 1 && "NOTIFIED".equals(addressee(p, "member-a")
                        .get("notified").get("answer").asString()));

        // then
        assertThat(proof.get("status").asString()).isEqualTo("APPROVED");
        JsonNode a = addressee(proof, "member-a");
        assertThat(a.get("notified").get("summary").asString())
                .isEqualTo("notified of the circulation at " + accepted);
        assertThat(a.get("notices")).as("the same notice recorded twice is one").hasSize(1);
        JsonNode notice = a.get("notices").get(0);
        assertThat(notice.get("kind").asString()).isEqualTo("CIRCULATION");
        assertThat(notice.get("to").get(0).asString()).isEqualTo("member-a@mission.example.org");
        assertThat(Instant.parse(notice.get("queuedAt").asString())).isEqualTo(queued);
        assertThat(Instant.parse(notice.get("acceptedAt").asString())).isEqualTo(accepted);
        assertThat(notice.get("messageId").asString()).isEqualTo("<n-" + procedure + "@ledger>");
        assertThat(notice.get("serverReply").asString()).isEqualTo("250 OK");
        assertThat(notice.get("attempts").asInt()).isEqualTo(1);
        assertThat(addressee(proof, "member-b").get("notified").get("summary").asString())
                .isEqualTo("not notified: no address");
        assertThat(expect(secretariat().get("/api/silence-procedures/" + procedure), 200).json().get("status")
                .asString()).isEqualTo("APPROVED");
        JsonNode onlyB = expect(secretariat().get(notices + "?memberId=member-b"), 200).json();
        assertThat(onlyB.get("addressees")).hasSize(1);
        assertThat(onlyB.get("secretariatCopies")).isEmpty();

        // a member reads only their own notices
        JsonNode own = expect(as("member-b").get(notices), 200).json();
        assertThat(own.get("addressees")).singleElement()
                .satisfies(b -> assertThat(b.get("memberId").asString()).isEqualTo("member-b"));
        assertThat(own.get("secretariatCopies")).isEmpty();
        expect(as("member-b").get(notices + "?memberId=member-a"), 403);
        expect(as("auditor").get("/api/silence-procedures/sp-no-such-procedure/notices"), 404);

        // as of the approval, before the notices were recorded: none
        JsonNode before = expect(as("auditor").get(notices + "?asOf=" + queued.minusSeconds(1)), 200).json();
        assertThat(addressee(before, "member-a").get("notices")).isEmpty();
        assertThat(addressee(before, "member-a").get("notified").get("answer").asString()).isEqualTo("PENDING");

        // the decision trail shows who was told of the circulation
        JsonNode decision = await().atMost(PATIENCE).until(() -> {
            for (JsonNode d : expect(as("auditor").get("/api/meetings/" + s.meetingId + "/decisions"), 200).json()) {
                if (procedure.equals(d.path("procedureId").asString(null))) {
                    return d;
                }
            }
            return null;
        }, d -> d != null && d.get("notified").size() == 2
                && "ACCEPTED".equals(d.get("notified").get(0).path("outcome").asString(null)));
        assertThat(decision.get("notified").get(0).get("memberId").asString()).isEqualTo("member-a");
        assertThat(Instant.parse(decision.get("notified").get(0).get("acceptedAt").asString())).isEqualTo(accepted);
        assertThat(decision.get("notified").get(1).get("outcome").asString()).isEqualTo("NO_ADDRESS");

        // the pages
        String page = page("/procedures/" + procedure, "auditor");
        assertThat(page).contains("id=\"notices-member-a\"", "notified of the circulation at " + accepted,
                "member-a@mission.example.org", "&lt;n-" + procedure + "@ledger&gt;", "not notified: no address",
                "id=\"secretariat-copies\"", "<th scope=\"col\">Accepted by the mail server</th>");
        String ofB = page("/procedures/" + procedure, "member-b");
        assertThat(ofB).contains("id=\"notices-member-b\"").doesNotContain("id=\"notices-member-a\"",
                "id=\"secretariat-copies\"");
        String trail = page("/meetings/" + s.meetingId + "/decisions", "auditor");
        assertThat(trail).contains("Who was told of the circulation", "data-member-id=\"member-a\"",
                "data-outcome=\"ACCEPTED\"", "no address");
    }

    private NoticeDelivered notice(String procedure, String member, NoticeOutcome outcome, Instant queued,
                                   Instant accepted) {
        boolean ok = outcome == NoticeOutcome.ACCEPTED;
        return new NoticeDelivered(procedure, "n-" + procedure, NoticeKind.CIRCULATION, member,
                outcome == NoticeOutcome.NO_ADDRESS ? List.of()
                        : List.of((member == null ? "secretariat" : member) + "@mission.example.org"),
                List.of(), "Silence procedure: the substantive topics", queued, accepted, outcome,
                ok ? "<n-" + procedure + "@ledger>" : null, ok ? "250 OK" : null, 1, null);
    }

    /** Appends the notice to the procedure's stream, with the metadata of the stream's first event, recorded now. */
    private void record(String procedure, NoticeDelivered notice) {
        List<DomainEventMessage<?>> stream = allEventsOf(procedure);
        DomainEventMessage<?> first = stream.get(0);
        Map<String, Object> metaData = new LinkedHashMap<>(first.getMetaData());
        metaData.put("actor", "system");
        metaData.put("role", "SYSTEM");
        metaData.remove("memberId");
        metaData.put("businessTime", Instant.now().toString());
        eventStore.publish(new GenericDomainEventMessage<>(first.getType(), procedure, stream.size(), notice,
                metaData));
    }

    private static JsonNode addressee(JsonNode proof, String memberId) {
        for (JsonNode a : proof.get("addressees")) {
            if (a.get("memberId").asString().equals(memberId)) {
                return a;
            }
        }
        throw new AssertionError(memberId + " is not an addressee: " + proof);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(username.equals("auditor")
                ? user(username).authorities(() -> "ROLE_AUDITOR")
                : user(username).authorities(() -> "ROLE_BUREAU_MEMBER", () -> "MEMBER:" + username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
