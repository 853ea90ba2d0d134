package org.agendaledger.app.notices;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.Scenario;
import org.agendaledger.events.silence.NoticeDelivered;
import org.agendaledger.events.silence.NoticeKind;
import org.agendaledger.events.silence.NoticeOutcome;
import org.agendaledger.events.silence.SilenceProcedureStarted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notices through a real SMTP server in the JVM (GreenMail): a circulation reaches each addressee once, in the
 * addressee's language and time zone, with a copy to the secretariat; a reminder arrives before the deadline; the
 * outcome reaches everyone; a member without an address is recorded as not notified; every outcome is proof of
 * notice in the procedure's stream; a rebuild of every read model and a redelivered event send nothing; a mail
 * server that is down delays the mail, which arrives once it is up; no reminder after a withdrawal.
 */
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class NoticesIT extends LedgerIntegrationTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = started();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.auth", () -> "false");
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
        registry.add("spring.mail.properties.mail.smtp.starttls.required", () -> "false");
        registry.add("agenda-ledger.notices.reminders", () -> "PT592S,PT30S");
        registry.add("agenda-ledger.notices.send-every", () -> "PT0.5S");
        registry.add("agenda-ledger.notices.first-retry", () -> "PT1S");
        registry.add("agenda-ledger.notices.longest-retry", () -> "PT2S");
    }

    @Autowired
    Outbox outbox;

    @Autowired
    NoticeProjection projection;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void aCirculationReachesEachAddresseeOnceThenAReminderThenTheWithdrawalAndNoFurtherReminder() throws Exception {
        Scenario s = bureauWithContacts();
        String procedureId = s.circulate("SUBSTANTIVE_TOPICS", 600);

        // one circulation to each addressee with an address, one copy to the secretariat
        List<MimeMessage> circulation = await().atMost(PATIENCE).until(() -> to(procedureId, "Silence procedure",
                "Procédure d’approbation tacite"), m -> m.size() == 3);
        MimeMessage president = only(circulation, "president-" + s.suffix + "@mission.example.org");
        String text = plainText(president);
        assertThat(president.getSubject()).startsWith("Silence procedure: substantive topics of " + s.meetingId);
        assertThat(text).contains("Circulated for approval").contains("(Europe/Vienna)")
                .contains("/procedures/" + procedureId).contains("To break silence");
        assertThat(president.getRecipients(Message.RecipientType.CC)).extracting(Object::toString)
                .containsExactly("desk-" + s.suffix + "@mission.example.org");
        assertThat(president.getReplyTo()).extracting(Object::toString)
                .containsExactly("secretariat@unodc.example.org");
        MimeMessage grulac = only(circulation, "grulac-" + s.suffix + "@mission.example.org");
        assertThat(grulac.getSubject()).startsWith("Procédure d’approbation tacite");
        assertThat(plainText(grulac)).contains("(America/Bogota)").contains("(Europe/Vienna)");
        only(circulation, "secretariat@unodc.example.org");

        // the deadline attached as a calendar entry, read back with the iCalendar library
        SilenceProcedureStarted started = (SilenceProcedureStarted) eventsOf(procedureId).get(0).getPayload();
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(attachment(president, "deadline.ics")));
        net.fortuna.ical4j.model.component.VEvent deadline = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents(
                "VEVENT").get(0);
        assertThat(java.time.ZonedDateTime.from(deadline.getDateTimeStart().getDate()).toInstant())
                .isEqualTo(started.deadline());
        assertThat(deadline.getUid().orElseThrow().getValue()).contains(procedureId);

        // proof of notice for everyone, the member without an address recorded as not notified
        List<NoticeDelivered> proofs = await().atMost(PATIENCE).until(() -> proofs(procedureId),
                p -> p.stream().filter(n -> n.kind() == NoticeKind.CIRCULATION).count() == 4);
        assertThat(proofs).filteredOn(n -> n.kind() == NoticeKind.CIRCULATION)
                .extracting(NoticeDelivered::memberId, NoticeDelivered::outcome)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("president", NoticeOutcome.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("vp-grulac", NoticeOutcome.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("vp-weog", NoticeOutcome.NO_ADDRESS),
                        org.assertj.core.groups.Tuple.tuple(null, NoticeOutcome.ACCEPTED));
        NoticeDelivered proof = proofs.stream().filter(n -> "president".equals(n.memberId())).findFirst().orElseThrow();
        assertThat(proof.acceptedAt()).isNotNull();
        assertThat(proof.serverReply()).startsWith("250");
        assertThat(proof.messageId()).isEqualTo(president.getMessageID());
        // the auditor reads who was told, and when
        tools.jackson.databind.JsonNode told = await().atMost(PATIENCE).until(() -> as("auditor")
                .get("/api/silence-procedures/" + procedureId + "/notices").json(),
                j -> j.get("addressees")
                        .findValues("answer").stream().filter(a -> !a.asString().equals("PENDING")).count() == 3);
        assertThat(told.get("addressees").findValues("answer")).extracting(tools.jackson.databind.JsonNode::asString)
                .containsExactly("NOTIFIED", "NOTIFIED", "NO_ADDRESS");
        assertThat(told.get("addressees").get(0).get("notified").get("acceptedAt").asString())
                .isEqualTo(proof.acceptedAt().toString());

        // the first reminder (592 s before a deadline 600 s away) arrives before the deadline
        await().atMost(PATIENCE).until(() -> to(procedureId, "Reminder", "Rappel"), m -> m.size() == 3);

        // withdrawn: everyone is told, and the later reminder is never sent
        expect(secretariat().post("/api/silence-procedures/" + procedureId + "/withdrawal",
                Map.of("reason", "Dates under review")), 200);
        await().atMost(PATIENCE).until(() -> to(procedureId, "withdrawn", "retirée"), m -> m.size() == 3);
        assertThat(outbox.latest(500)).filteredOn(m -> procedureId.equals(m.procedureId())
                && m.kind() == NoticeKind.REMINDER && m.status() == Outbox.Status.SUPERSEDED)
                .hasSize(3);
        assertThat(to(procedureId, "Reminder", "Rappel")).hasSize(3);
    }

    @Test
    void silenceBrokenAndApprovalReachEveryAddresseeAndTheSecretariatWithTheObjectionAndTheVersion() {
        Scenario s = bureauWithContacts();
        String broken = s.circulate("SUBSTANTIVE_TOPICS", 600);
        expect(as("president").post("/api/silence-procedures/" + broken + "/objections", Map.of("memberId",
                "president", "kind", "OBJECTION", "text", "We cannot accept the second topic.")), 201);
        List<MimeMessage> told = await().atMost(PATIENCE).until(() -> to(broken, "Silence broken", "interrompue"),
                m -> m.size() == 3);
        assertThat(told).allSatisfy(m -> assertThat(plainText(m))
                .contains("We cannot accept the second topic."));

        String approved = s.circulate("SUBSTANTIVE_TOPICS", Scenario.SOON);
        List<MimeMessage> outcome = await().atMost(PATIENCE).until(() -> to(approved, "Approved", "Approuvé"),
                m -> m.size() == 3);
        SilenceProcedureStarted started = (SilenceProcedureStarted) eventsOf(approved).get(0).getPayload();
        assertThat(outcome).allSatisfy(m -> assertThat(plainText(m))
                .contains(started.subject().contentHash()));
    }

    @Test
    void aRebuildOfEveryReadModelAndARedeliveredEventSendNothing() throws Exception {
        Scenario s = bureauWithContacts();
        String procedureId = s.circulate("SUBSTANTIVE_TOPICS", 600);
        await().atMost(PATIENCE).until(() -> to(procedureId, "Silence procedure", "Procédure"), m -> m.size() == 3);
        // this procedure's messages (the other tests' procedures go on sending theirs meanwhile)
        int before = to(procedureId, "Silence procedure", "Procédure").size();
        long rows = outbox.latest(10_000).stream().filter(m -> procedureId.equals(m.procedureId())).count();

        for (String readModel : List.of("meeting-view", "bureau-view", "agenda-view", "silence-procedures",
                "decision-trail", "audit-log")) {
            expect(secretariat().post("/api/admin/projections/" + readModel + "/rebuild", Map.of()), 202);
        }
        expect(secretariat().post("/api/admin/projections/notices/rebuild", Map.of()), 404);
        await().atMost(PATIENCE).until(() -> Stream.of("meeting-view", "silence-procedures", "audit-log")
                .allMatch(r -> secretariat().get("/api/admin/projections/" + r + "/rebuild").json().get("state")
                        .asString().equals("UP_TO_DATE")));
        DomainEventMessage<?> start = eventsOf(procedureId).get(0);
        projection.on((SilenceProcedureStarted) start.getPayload(), start); // delivered again
        Thread.sleep(3000); // several rounds of the sender

        assertThat(to(procedureId, "Silence procedure", "Procédure")).hasSize(before);
        assertThat(outbox.latest(10_000).stream().filter(m -> procedureId.equals(m.procedureId()))).hasSize(
                (int) rows);
    }

    @Test
    void aMailServerThatIsDownDelaysTheMailWhichArrivesOnceWhenItIsUp() throws Exception {
        Scenario s = bureauWithContacts();
        smtp.stop();
        String procedureId;
        try {
            procedureId = s.circulate("SUBSTANTIVE_TOPICS", 600);
            await().atMost(PATIENCE).until(() -> outbox.latest(500).stream()
                    .filter(m -> procedureId.equals(m.procedureId()) && m.kind() == NoticeKind.CIRCULATION
                            && m.status() != Outbox.Status.NO_ADDRESS)
                    .filter(m -> m.attempts() >= 2 && m.status() == Outbox.Status.QUEUED).count() == 3);
            // and the node stays up and ready meanwhile: mail waits, the load balancer keeps sending
            ApiClient.Response health = as("auditor").get("/actuator/health");
            assertThat(health.status()).as(health.toString()).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("UP");
        } finally {
            smtp = started();
        }
        List<MimeMessage> arrived = await().atMost(PATIENCE).until(() -> to(procedureId, "Silence procedure",
                "Procédure"), m -> m.size() == 3);
        Thread.sleep(3000);
        assertThat(to(procedureId, "Silence procedure", "Procédure")).hasSize(arrived.size());
        Outbox.Message president = outbox.latest(500).stream().filter(m -> procedureId.equals(m.procedureId())
                && m.kind() == NoticeKind.CIRCULATION && "president".equals(m.memberId())).findFirst().orElseThrow();
        List<Outbox.Attempt> attempts = outbox.attempts(president.noticeId());
        assertThat(attempts).extracting(Outbox.Attempt::result).contains("DEFERRED").endsWith("ACCEPTED");
        assertThat(attempts.get(0).error()).isNotBlank();
        NoticeDelivered proof = await().atMost(PATIENCE).until(() -> proofs(procedureId).stream()
                .filter(n -> "president".equals(n.memberId())).findFirst(), java.util.Optional::isPresent).get();
        assertThat(proof.attempts()).isEqualTo(attempts.size());
    }

    @Test
    void aProcedureOnTheStorysBureauTellsEachOfItsMembersAndThePageShowsWhoWasNotifiedWhen() throws Exception {
        String bureau = "cop-untoc-extended-bureau";
        String meetingId = "meeting-story-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        expect(secretariat().post("/api/meetings", Scenario.plan(meetingId, bureau)), 201);
        expect(secretariat().post("/api/meetings/" + meetingId + "/topics", Map.of("topics", List.of(
                Map.of("topicId", "t1", "title", "Non-punishment of victims")))), 200);
        String procedureId = "sp-story-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        expect(secretariat().post("/api/silence-procedures", Map.of("procedureId", procedureId, "meetingId",
                meetingId, "subject", "SUBSTANTIVE_TOPICS", "text", "The topics for the eleventh meeting",
                "deadline", Scenario.localIn(600), "timeZone", Scenario.ZONE)), 201);
        List<String> members = expect(secretariat().get("/api/bureaus/" + bureau), 200).json().get("members")
                .findValues("memberId").stream().map(tools.jackson.databind.JsonNode::asString).toList();
        assertThat(members).hasSize(8);

        List<MimeMessage> told = await().atMost(PATIENCE).until(() -> to(procedureId, "Silence procedure",
                "Procédure d’approbation tacite"), m -> m.size() == members.size() + 1);
        for (String member : members) {
            only(told, member + "@cop-untoc.example.org");
        }
        only(told, "untoc.cop.secretariat@un.example.org");
        await().atMost(PATIENCE).until(() -> proofs(procedureId).stream()
                .filter(n -> n.outcome() == NoticeOutcome.ACCEPTED).count() == members.size() + 1);

        String page = await().atMost(PATIENCE).until(() -> mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/procedures/" + procedureId)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("auditor").roles("AUDITOR")))
                .andReturn().getResponse().getContentAsString(),
                p -> members.stream()
                        .allMatch(m -> p.contains("id=\"notices-" + m + "\"")) && !p.contains(">pending<"));
        assertThat(page).contains("notified of the circulation at");
        // the audit log carries the proof of notice as every other event
        String audit = expect(as("auditor").get("/api/meetings/" + meetingId + "/events?type=NoticeDelivered"
                + "&size=100"), 200).raw();
        assertThat(audit).contains("president@cop-untoc.example.org").contains("acceptedAt");
    }

    @Test
    void anExtensionAndARevisedTextReachEveryoneWithTheNewDeadlineAndWhatChanged() {
        Scenario s = bureauWithContacts();
        String procedureId = s.circulate("SUBSTANTIVE_TOPICS", 600);
        expect(secretariat().post("/api/silence-procedures/" + procedureId + "/extension", Map.of("deadline",
                Scenario.localIn(900), "timeZone", Scenario.ZONE, "reason", "The holiday of 1 May")), 200);
        List<MimeMessage> extended = await().atMost(PATIENCE).until(() -> to(procedureId, "extended",
                "prolongée"), m -> m.size() == 3);
        assertThat(extended).allSatisfy(m -> assertThat(plainText(m)).contains("The holiday of 1 May"));
        assertThat(attachment(only(extended, "president-" + s.suffix + "@mission.example.org"), "deadline.ics"))
                .contains("silence-procedure-" + procedureId);

        expect(as("president").post("/api/silence-procedures/" + procedureId + "/objections", Map.of("memberId",
                "president", "kind", "AMENDMENT", "text", "Add a topic on joint investigations.")), 201);
        // the meeting releases the topics once the process has carried the breach to it; the revised text is then
        // set and re-circulated
        await().atMost(PATIENCE).until(() -> eventsOf(s.meetingId).stream()
                .anyMatch(e -> e.getPayloadType().getSimpleName().equals("SubjectReleasedFromSilence")));
        expect(secretariat().post("/api/meetings/" + s.meetingId + "/topics", Map.of("topics", List.of(
                Map.of("topicId", "t1", "title", "Non-punishment of victims"),
                Map.of("topicId", "t2", "title", "Joint investigations"),
                Map.of("topicId", "t3", "title", "Joint investigation teams")))), 200);
        String revised = expect(secretariat().post("/api/silence-procedures/" + procedureId + "/recirculation",
                Map.of("text", "Circulated for approval\nWith a topic on joint investigations", "deadline",
                        Scenario.localIn(600), "timeZone", Scenario.ZONE)),
                201).json().get("id").asString();
        List<MimeMessage> recirculated = await().atMost(PATIENCE).until(() -> to(revised, "revised text",
                "texte révisé"), m -> m.size() == 3);
        String text = plainText(only(recirculated, "president-" + s.suffix + "@mission.example.org"));
        assertThat(text).contains("What changed since the previous version").contains("+ With a topic on joint "
                + "investigations");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A Bureau of three: two with addresses (one French, in Bogota), one without; the secretariat's address. */
    private Scenario bureauWithContacts() {
        Scenario s = new Scenario(secretariat()).bureau();
        String members = "/api/bureaus/" + s.bureauId + "/members";
        expect(secretariat().post(members, map("memberId", "president", "displayName", "President",
                "contact", map("to", List.of("president-" + s.suffix + "@mission.example.org"),
                        "cc", List.of("desk-" + s.suffix + "@mission.example.org"), "language", "en"))),
                201);
        expect(secretariat().post(members, map("memberId", "vp-grulac", "displayName", "Vice-President (GRULAC)",
                "contact", map("to", List.of("grulac-" + s.suffix + "@mission.example.org"), "language", "fr",
                        "timeZone", "America/Bogota"))),
                201);
        expect(secretariat().post(members, map("memberId", "vp-weog", "displayName", "Vice-President (WEOG)")),
                201);
        expect(secretariat().put("/api/bureaus/" + s.bureauId + "/secretariat-address",
                map("address", "secretariat@unodc.example.org")), 200);
        return s.meeting().topics();
    }

    /**
     * The messages sent about the procedure whose subject holds one of the words, each once (the server keeps a copy
     * per recipient, the ones in copy included: they are one message, by its Message-ID).
     */
    private static List<MimeMessage> to(String procedureId, String... subjects) {
        Map<String, MimeMessage> sent = new java.util.LinkedHashMap<>();
        Arrays.stream(smtp.getReceivedMessages()).map(MimeMessage.class::cast)
                .filter(m -> plainText(m).contains("/procedures/" + procedureId))
                .filter(m -> Arrays.stream(subjects).anyMatch(word -> subject(m).contains(word)))
                .forEach(m -> sent.putIfAbsent(messageId(m), m));
        return List.copyOf(sent.values());
    }

    /** The text of the attachment of that name. */
    static String attachment(jakarta.mail.Part part, String name) {
        try {
            if (name.equals(part.getFileName())) {
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = attachment(multipart.getBodyPart(i), name);
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a message, decoded. */
    static String plainText(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage only(List<MimeMessage> messages, String address) {
        List<MimeMessage> to = messages.stream().filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString()
                        .equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(to).as("messages to " + address).hasSize(1);
        return to.get(0);
    }

    private List<NoticeDelivered> proofs(String procedureId) {
        return allEventsOf(procedureId).stream().map(DomainEventMessage::getPayload)
                .filter(NoticeDelivered.class::isInstance).map(NoticeDelivered.class::cast).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }
}
