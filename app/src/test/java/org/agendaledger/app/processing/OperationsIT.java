package org.agendaledger.app.processing;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.contributor.Status;
import tools.jackson.databind.JsonNode;

/** What an operator watches: the health with its details, readiness, and the metrics in Prometheus' format. */
class OperationsIT extends LedgerIntegrationTest {

    @Autowired
    private HttpCodeStatusMapper statusCodes;

    @Test
    void aNodeThatIsDownOrNotYetReadyAnswers503SoNoLoadBalancerSendsReadersToIt() {
        assertThat(statusCodes.getStatusCode(Status.DOWN)).isEqualTo(503);
        assertThat(statusCodes.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
        // a parked event is the secretariat's to mend; the node still serves everything else
        assertThat(statusCodes.getStatusCode(new Status("DEGRADED"))).isEqualTo(200);
        assertThat(statusCodes.getStatusCode(Status.UP)).isEqualTo(200);
    }

    @Test
    void readinessIsUpOnceTheStoryIsToldAndEveryReadModelHasCaughtUp() {
        JsonNode readiness = expect(as("secretariat").get("/actuator/health/readiness"), 200).json();
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        JsonNode ledger = readiness.get("components").get("ledger").get("details");
        assertThat(ledger.get("story").asString()).isEqualTo("told");
        assertThat(ledger.get("readModels").asString()).isEqualTo("caught up");
        assertThat(ledger.get("position").asLong()).isPositive();
        // anyone may ask, to route traffic; only the status is told
        JsonNode anonymous = expect(ApiClient.anonymous(port).get("/actuator/health/readiness"), 200).json();
        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        expect(ApiClient.anonymous(port).get("/actuator/health/liveness"), 200);
    }

    @Test
    void theHealthDetailsEveryProcessorForTheSecretariatAndTheAuditorButNotForAMember() {
        for (String reader : new String[]{"secretariat", "auditor"}) {
            JsonNode processors = expect(as(reader).get("/actuator/health"), 200).json().get("components")
                    .get("eventProcessors");
            assertThat(processors.get("status").asString()).isEqualTo("UP");
            for (String name : new String[]{"meeting-view", "bureau-view", "agenda-view",
                    "silence-procedures", "decision-trail", "audit-log", "silence-procedure-process"}) {
                JsonNode processor = processors.get("details").get(name);
                assertThat(processor).as(name).isNotNull();
                assertThat(processor.get("segments").asInt()).as(name).isEqualTo(4);
                assertThat(processor.get("parkedEvents").asLong()).as(name).isZero();
            }
            assertThat(processors.get("details").get("silence-procedure-process").get("kind").asString())
                    .isEqualTo("PROCESS");
        }
        assertThat(expect(as("president").get("/actuator/health"), 200).json().has("components")).isFalse();
    }

    @Test
    void theMetricsShowLagDeadLettersCommandLatencyByCommandAndRejectionsByCode() {
        // given a command accepted and one refused
        Scenario s = new Scenario(secretariat()).bureau("member-a");
        expect(secretariat().post("/api/bureaus/" + s.bureauId + "/members",
                Map.of("memberId", "member-a", "displayName", "Again")), 409);

        String metrics = expect(as("auditor").get("/actuator/prometheus"), 200).raw();

        assertThat(metrics).contains("agenda_ledger_processor_lag_events{processor=\"agenda-view\"}",
                "agenda_ledger_dead_letters{processor=\"meeting-view\"} 0.0",
                "agenda_ledger_processor_segments_in_error{processor=\"silence-procedure-process\"} 0.0",
                "agenda_ledger_rejections_total{code=\"MEMBER_ALREADY_APPOINTED\",status=\"409\"} 1.0");
        assertThat(metrics)
                .containsPattern("commandBus_allTimer_seconds_count\\{[^}]*payloadType=\"AppointBureauMember\"");
        // the metrics are the secretariat's and the auditor's
        assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as("president").get("/actuator/prometheus").status()).isEqualTo(403);
    }
}
