package org.agendaledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agendaledger.app.AgendaLedgerApplication;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.IsolatedStore;
import org.agendaledger.app.ServerSentEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two identical nodes of the application on one database, as behind a load balancer that sends each request to
 * either (the test client stands in for the balancer: it connects from 127.0.0.1 and says whom it forwards for in
 * {@code X-Forwarded-For}, which the nodes trust as configured). A session begun on one node, its CSRF token
 * included, is the same session on the other; signing out on one ends it on both; the session outlives a restart of
 * every node; the event streams accept it on either node; the API stays stateless. Failed sign-ins count across the
 * nodes and their locks outlive a restart. On H2 the nodes run the embedded default with its demo users; on the
 * postgres profile, the test users.
 */
class WebSessionsAcrossNodesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String STORE = IsolatedStore.newName();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        first = node();
        second = node();
    }

    @AfterAll
    static void stopThem() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{first, second}) {
            if (node != null) {
                node.close();
            }
        }
    }

    /** One node: the same configuration every time, on the same store. */
    private static ConfigurableApplicationContext node(String... more) {
        Map<String, Object> properties = new LinkedHashMap<>(IsolatedStore.properties(STORE, false));
        properties.put("server.port", "0");
        properties.put("agenda-ledger.story.enabled", "false");
        // behind the balancer: its X-Forwarded-For is trusted (Tomcat trusts it from internal addresses only)
        properties.put("server.forward-headers-strategy", "native");
        // locks long enough to outlast a restart of the nodes
        properties.put("agenda-ledger.security.sign-in.lock", "PT10M");
        // the expired sessions deleted every second instead of every minute
        properties.put("spring.session.jdbc.cleanup-cron", "* * * * * *");
        if (IsolatedStore.onPostgres()) {
            properties.put("spring.profiles.include", "it");
        }
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        // as arguments: they come before application.yml (properties of the builder would come after it)
        return new SpringApplicationBuilder(AgendaLedgerApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    private static String password() {
        return IsolatedStore.onPostgres() ? ApiClient.PASSWORD : SecurityConfiguration.DEMO_PASSWORD;
    }

    @Test
    void aSessionBegunOnOneNodeIsTheSameSessionOnTheOther_andSigningOutOnOneEndsItOnBoth() throws Exception {
        // given: the sign-in page from the first node, the form posted to the second
        Browser browser = new Browser();
        String loginPage = browser.get(first, "/login").body();
        HttpResponse<String> signedIn = browser.post(second, "/login", "username", "secretariat",
                "password", password(), "_csrf", csrf(loginPage));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/meetings"));

        // when / then: the first node knows the session
        String meetings = browser.get(first, "/meetings").body();
        assertThat(meetings).contains("id=\"signed-in-user\">secretariat<");

        // a form of a page from the second node, posted to the first with its token, is accepted
        String bureauId = "nodes-" + UUID.randomUUID().toString().substring(0, 8);
        String bureaus = browser.get(second, "/bureaus").body();
        HttpResponse<String> established = browser.post(first, "/bureaus", "bureauId", bureauId,
                "name", "Bureau established across nodes", "_csrf", csrf(bureaus));
        assertThat(established.statusCode()).isEqualTo(302);
        assertThat(eventsOf(bureauId)).isEqualTo(1);
        // and nothing without the token
        String refusedId = bureauId + "-refused";
        assertThat(browser.post(first, "/bureaus", "bureauId", refusedId, "name", "No token").statusCode())
                .isEqualTo(403);
        assertThat(eventsOf(refusedId)).isZero();

        // when: signing out on the second node
        String sessionId = browser.sessionId();
        HttpResponse<String> signedOut = browser.post(second, "/logout", "_csrf",
                csrf(browser.get(second, "/meetings").body()));

        // then: the session is gone on both
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
        assertThat(sessions(sessionId)).isZero();
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            HttpResponse<String> page = browser.withSession(sessionId).get(node, "/meetings");
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        // when
        HttpResponse<String> signedIn = new Browser().signIn(first, "auditor");

        // then
        String cookie = sessionCookie(signedIn).orElseThrow();
        assertThat(cookie).startsWith("SESSION=");
        assertThat(attributes(cookie)).containsExactlyInAnyOrder("Path=/", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void theEventStreamsAcceptTheSessionOnEitherNode() throws Exception {
        // given
        Browser member = new Browser();
        member.signIn(first, "vp-grulac");

        // when
        HttpRequest stream = HttpRequest.newBuilder(uri(second, "/api/me/inbox/stream"))
                .header("Accept", "text/event-stream").header("Cookie", member.cookie()).build();
        HttpResponse<Stream<String>> response = HTTP.send(stream, HttpResponse.BodyHandlers.ofLines());

        // then
        try {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try {
                    response.body().forEach(lines::add);
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            });
            reader.setDaemon(true);
            reader.start();
            await().atMost(PATIENCE).until(() -> !ServerSentEvents.parse(lines).isEmpty());
            String[] opening = ServerSentEvents.parse(lines).get(0);
            assertThat(opening[0]).isEqualTo("inbox");
            assertThat(opening[1]).contains("\"memberId\":\"vp-grulac\"");
        } finally {
            response.body().close();
        }
        // the session opens the streams only, not the rest of the API
        assertThat(member.get(second, "/api/me/inbox").statusCode()).isEqualTo(401);
    }

    @Test
    void theApiStaysStatelessHttpBasic() throws Exception {
        long before = jdbc().queryForObject("SELECT COUNT(*) FROM spring_session", Long.class);
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(node, "/api/meetings"))
                    .header("Authorization", basic("auditor", password())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM spring_session", Long.class)).isEqualTo(before);
    }

    @Test
    void expiredSessionsAreDeleted() throws Exception {
        // given
        Browser browser = new Browser();
        browser.signIn(first, "president");
        String sessionId = browser.sessionId();
        assertThat(sessions(sessionId)).isOne();

        // when: the session has been idle longer than it may be
        jdbc().update("UPDATE spring_session SET last_access_time = 0, expiry_time = 0 WHERE session_id = ?",
                sessionId);

        // then: the clean-up of one node or the other deletes it, attributes and all
        await().atMost(PATIENCE).until(() -> sessions(sessionId) == 0);
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM spring_session_attributes a WHERE NOT EXISTS "
                + "(SELECT 1 FROM spring_session s WHERE s.primary_id = a.session_primary_id)", Long.class)).isZero();
        assertThat(browser.get(second, "/meetings").statusCode()).isEqualTo(302);
    }

    @Test
    void failedSignInsCountOnEveryNodeAndTheLockHoldsOnEach() throws Exception {
        // given: failures from one client through either node
        String client = "203.0.113.7";
        for (int i = 1; i <= 5; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? first : second;
            assertThat(basicFrom(node, "probe-across-nodes", "wrong-" + i, client).statusCode()).isEqualTo(401);
        }

        // when / then: refused on both nodes, and on the sign-in page too (a user name nobody has: the users are
        // all needed by the other tests; that a lock refuses even the right password is SignInThrottlingIT's)
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            HttpResponse<String> refused = basicFrom(node, "probe-across-nodes", "another", client);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("\"code\":\"SIGN_IN_LOCKED\"");
        }
        Browser browser = new Browser();
        HttpResponse<String> page = browser.post(second, "/login", "username", "probe-across-nodes", "password", "x",
                "_csrf", csrf(browser.get(first, "/login").body()));
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?locked"));
        // recorded with the client's address as the balancer forwarded it (the browser's, above, came unforwarded)
        assertThat(jdbc().queryForList("SELECT DISTINCT address FROM sign_in_record WHERE username = ? "
                + "AND channel = 'BASIC'", String.class, "probe-across-nodes")).containsExactly(client);
    }

    @Test
    void everyUserSignsInOnEitherNode() throws Exception {
        for (String username : users()) {
            HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(uri(first, "/api/meetings"))
                    .header("Authorization", basic(username, password())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).as(username).isEqualTo(200);
            Browser browser = new Browser();
            browser.signIn(second, username);
            assertThat(browser.get(first, "/meetings").body()).as(username)
                    .contains("id=\"signed-in-user\">" + username + "<");
        }
    }

    /** Restarts both nodes: the tests may run in any order, each keeping to its own users and data. */
    @Test
    void aSessionAndALockOutliveARestartOfEveryNode() throws Exception {
        // given
        Browser browser = new Browser();
        browser.signIn(first, "secretariat");
        String client = "203.0.113.8";
        for (int i = 1; i <= 5; i++) {
            basicFrom(second, "probe-restart", "wrong", client);
        }

        // when: every node stops, and the nodes start again
        first.close();
        second.close();
        first = node();
        second = node();

        // then
        assertThat(browser.get(first, "/meetings").body()).contains("id=\"signed-in-user\">secretariat<");
        assertThat(browser.get(second, "/meetings").body()).contains("id=\"signed-in-user\">secretariat<");
        assertThat(basicFrom(first, "probe-restart", "wrong", client).statusCode()).isEqualTo(429);
    }

    @Test
    void behindHttpsTheCookieIsSecure() throws Exception {
        // given: a node configured as the postgres profile is, for a deployment behind HTTPS
        ConfigurableApplicationContext secure = node("server.servlet.session.cookie.secure", "true");
        try {
            // when
            HttpResponse<String> signedIn = new Browser().signIn(secure, "auditor");

            // then
            assertThat(attributes(sessionCookie(signedIn).orElseThrow()))
                    .containsExactlyInAnyOrder("Path=/", "Secure", "HttpOnly", "SameSite=Lax");
        } finally {
            secure.close();
        }
    }

    // --- helpers

    private static List<String> users() {
        if (IsolatedStore.onPostgres()) {
            return List.of("secretariat", "auditor", "president", "vp-grulac", "vp-weog", "member-a", "member-b",
                    "member-c", "member-d", "member-e", "member-f");
        }
        return List.of("secretariat", "auditor", "president", "vp-african-states", "vp-asia-pacific",
                "vp-eastern-europe", "vp-grulac", "vp-weog", "rapporteur", "chair-wg-trafficking");
    }

    private static HttpResponse<String> basicFrom(ConfigurableApplicationContext node, String username,
                                                  String password, String client)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(node, "/api/meetings"))
                .header("Authorization", basic(username, password)).header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        return token.group(1);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION="))
                .reduce((earlier, later) -> later);
    }

    /** A cookie's attributes, after its name and value. */
    private static List<String> attributes(String setCookie) {
        return Stream.of(setCookie.split(";")).skip(1).map(String::trim).toList();
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
    }

    private static JdbcTemplate jdbc() {
        return first.getBean(JdbcTemplate.class);
    }

    private static long sessions(String sessionId) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM spring_session WHERE session_id = ?", Long.class,
                sessionId);
    }

    private static long eventsOf(String aggregateId) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    /** A browser behind the balancer: one session cookie, sent to whichever node gets the request. */
    private static final class Browser {

        private String session;

        Browser withSession(String sessionId) {
            Browser other = new Browser();
            other.session = Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
            return other;
        }

        /** The id of the session, as Spring Session stores it (the cookie holds it in Base64). */
        String sessionId() {
            return new String(Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
        }

        String cookie() {
            return "SESSION=" + session;
        }

        HttpResponse<String> signIn(ConfigurableApplicationContext node, String username)
                throws IOException, InterruptedException {
            String login = get(node, "/login").body();
            HttpResponse<String> signedIn = post(node, "/login", "username", username, "password", password(),
                    "_csrf", csrf(login));
            assertThat(signedIn.statusCode()).as(username).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).as(username).doesNotContain("error", "locked"));
            return signedIn;
        }

        HttpResponse<String> get(ConfigurableApplicationContext node, String path)
                throws IOException, InterruptedException {
            return keep(HTTP.send(request(node, path).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(ConfigurableApplicationContext node, String path, String... fields)
                throws IOException, InterruptedException {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < fields.length; i += 2) {
                pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return keep(HTTP.send(request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&"))))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }

        private HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path));
            return session == null ? request : request.header("Cookie", cookie());
        }

        private HttpResponse<String> keep(HttpResponse<String> response) {
            sessionCookie(response).ifPresent(cookie -> {
                String value = cookie.substring("SESSION=".length(), cookie.indexOf(';'));
                session = value.isEmpty() ? null : value;
            });
            return response;
        }
    }
}
