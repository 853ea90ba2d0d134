package org.agendaledger.app.notices;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendaledger.app.AgendaLedgerApplication;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.IsolatedStore;
import org.agendaledger.app.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A reminder that falls due while the application is stopped is sent once it runs again: the reminder waits in the
 * outbox, and the sender is a db-scheduler task, so nothing of it lived only in the stopped application's memory.
 * The circulation is not sent a second time.
 */
class NoticeRestartIT {

    @Test
    void aReminderDueWhileStoppedIsSentAfterTheRestartAndNothingIsSentTwice() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String store = IsolatedStore.newName();
            String procedureId;
            Instant reminderDue;
            try (ConfigurableApplicationContext first = start(store, port)) {
                ApiClient secretariat = ApiClient.as(port(first), "secretariat");
                Scenario s = new Scenario(secretariat).bureau();
                expect(secretariat.post("/api/bureaus/" + s.bureauId + "/members", Map.of("memberId", "president",
                        "displayName", "President", "contact", Map.of("to", List.of("president-" + s.suffix
                                + "@mission.example.org")))),
                        201);
                s.meeting().topics();
                procedureId = s.circulate("SUBSTANTIVE_TOPICS", 600);
                reminderDue = Instant.now().plusSeconds(600 - 585);
                await().atMost(Duration.ofSeconds(30)).until(() -> about(smtp, procedureId, "Silence procedure")
                        .size() == 1);
            }
            // the reminder falls due while the application is stopped
            await().atMost(Duration.ofSeconds(40)).until(() -> Instant.now().isAfter(reminderDue.plusSeconds(2)));
            assertThat(about(smtp, procedureId, "Reminder")).isEmpty();

            try (ConfigurableApplicationContext second = start(store, port)) {
                await().atMost(Duration.ofSeconds(40)).until(() -> about(smtp, procedureId, "Reminder").size() == 1);
                Thread.sleep(2000);
                assertThat(about(smtp, procedureId, "Silence procedure")).hasSize(1);
                assertThat(about(smtp, procedureId, "Reminder")).hasSize(1);
            }
        } finally {
            smtp.stop();
        }
    }

    private static List<MimeMessage> about(GreenMail smtp, String procedureId, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).map(MimeMessage.class::cast).filter(m -> {
            try {
                return m.getSubject().startsWith(subject) && NoticesIT.plainText(m).contains(procedureId);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static ConfigurableApplicationContext start(String store, int smtpPort) {
        Map<String, String> properties = new HashMap<>(IsolatedStore.properties(store, true));
        properties.put("server.port", "0");
        properties.put("spring.profiles.include", "it");
        properties.put("agenda-ledger.story.enabled", "true");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(smtpPort));
        // as the postgres profile leaves them without AGENDA_LEDGER_MAIL_USER: empty, so no authentication
        properties.put("spring.mail.username", "");
        properties.put("spring.mail.password", "");
        properties.put("spring.mail.properties.mail.smtp.auth", "false");
        properties.put("spring.mail.properties.mail.smtp.starttls.enable", "false");
        properties.put("spring.mail.properties.mail.smtp.starttls.required", "false");
        properties.put("agenda-ledger.notices.reminders", "PT585S");
        properties.put("agenda-ledger.notices.send-every", "PT0.5S");
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(AgendaLedgerApplication.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
