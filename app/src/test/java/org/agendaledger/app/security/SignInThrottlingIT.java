package org.agendaledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in throttling on the whole application with its default limits (5 failures per user name, 20 per address,
 * within 15 minutes; locks of 1 minute doubling up to 15), through HTTP Basic and the sign-in form alike. The
 * application's clock is moved forward instead of waiting for a lock to end. Each test uses user names and client
 * addresses of its own (MockMvc lets a request come from any address).
 */
@AutoConfigureMockMvc
@Import(SignInThrottlingIT.MovableTime.class)
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingIT extends LedgerIntegrationTest {

    private static final String RIGHT = ApiClient.PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LOCKED_MESSAGE = Pattern.compile("<p[^>]*id=\"login-locked\".*?</p>", Pattern.DOTALL);

    /** The application's clock, moved forward by the tests. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

        void advance(Duration duration) {
            ahead.updateAndGet(current -> current.plus(duration));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @TestConfiguration
    static class MovableTime {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    MeterRegistry meters;

    @Test
    void givenFiveFailures_whenTheRightPasswordFollows_thenItIsRefusedUnheardUntilTheLockEnds(CapturedOutput output)
            throws Exception {
        // given
        String address = "192.0.2.11";
        long events = eventCount();
        double failuresBefore = count("agenda_ledger_sign_in_failures", "reason", "bad_credentials");
        double locksBefore = count("agenda_ledger_sign_in_locks", "subject", "user");
        for (int i = 1; i <= 4; i++) {
            assertThat(basic("member-a", "wrong-" + i, address).getStatus()).isEqualTo(401);
        }
        assertThat(lockOn("member-a")).as("four failures do not lock").isEmpty();

        // when
        assertThat(basic("member-a", "wrong-5", address).getStatus()).isEqualTo(401);
        MockHttpServletResponse refused = basic("member-a", RIGHT, address);

        // then
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        JsonNode problem = JSON.readTree(refused.getContentAsString());
        assertThat(problem.get("code").asString()).isEqualTo("SIGN_IN_LOCKED");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("Try again in 60 second(s)");
        // the lock is the user name's: from another address, and through the sign-in page, too
        assertThat(basic("member-a", RIGHT, "192.0.2.12").getStatus()).isEqualTo(429);
        MvcResult page = mvc.perform(form("member-a", RIGHT, "192.0.2.13"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked")).andReturn();
        assertThat(lockedPage(page)).contains("signing in is paused", "Try again in 1 minute.");

        // when the lock has ended
        clock.advance(Duration.ofSeconds(61));

        // then
        assertThat(basic("member-a", RIGHT, address).getStatus()).isEqualTo(200);
        assertThat(records("member-a")).containsExactly(
                "BAD_CREDENTIALS 192.0.2.11 BASIC", "BAD_CREDENTIALS 192.0.2.11 BASIC",
                "BAD_CREDENTIALS 192.0.2.11 BASIC", "BAD_CREDENTIALS 192.0.2.11 BASIC",
                "BAD_CREDENTIALS 192.0.2.11 BASIC", "LOCKED_USER 192.0.2.11 BASIC",
                "REFUSED_LOCKED 192.0.2.11 BASIC", "REFUSED_LOCKED 192.0.2.12 BASIC",
                "REFUSED_LOCKED 192.0.2.13 FORM");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_record WHERE username = 'member-a' AND outcome "
                + "IN ('LOCKED_USER', 'REFUSED_LOCKED') AND locked_until IS NOT NULL", Long.class)).isEqualTo(4);
        assertThat(count("agenda_ledger_sign_in_failures", "reason", "bad_credentials") - failuresBefore)
                .isEqualTo(5);
        assertThat(count("agenda_ledger_sign_in_locks", "subject", "user") - locksBefore).isEqualTo(1);
        assertThat(output.getOut()).contains("WARN").contains("Sign-in failed: user name 'member-a' from 192.0.2.11 "
                + "(BASIC); 5 of 5 failures for the user name", "Sign-in locked for the user name 'member-a' until",
                "Sign-in refused without checking the password: user name 'member-a' from 192.0.2.13 (FORM)");
        assertThat(eventCount()).as("signing in stores no event").isEqualTo(events);
    }

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToFifteenMinutes_andASuccessStartsAgainFromOne() throws Exception {
        String address = "192.0.2.21";
        for (long expected : List.of(60L, 120L, 240L, 480L, 900L, 900L)) {
            // when
            for (int i = 1; i <= 5; i++) {
                basic("member-b", "wrong", address);
            }

            // then
            assertThat(basic("member-b", RIGHT, address).getHeader("Retry-After"))
                    .isEqualTo(Long.toString(expected));
            clock.advance(Duration.ofSeconds(expected + 1));
        }
        // a success forgets the locks so far
        assertThat(basic("member-b", RIGHT, address).getStatus()).isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            basic("member-b", "wrong", address);
        }
        assertThat(basic("member-b", RIGHT, address).getHeader("Retry-After")).isEqualTo("60");
        // as does a whole window without a lock after the last one
        clock.advance(Duration.ofMinutes(1).plusMinutes(15).plusSeconds(1));
        for (int i = 1; i <= 5; i++) {
            basic("member-b", "wrong", address);
        }
        assertThat(basic("member-b", RIGHT, address).getHeader("Retry-After")).isEqualTo("60");
    }

    @Test
    void aSuccessStartsTheUserNameAgainFromNoFailures() throws Exception {
        String address = "192.0.2.31";
        for (int round = 1; round <= 2; round++) {
            for (int i = 1; i <= 4; i++) {
                assertThat(basic("member-c", "wrong", address).getStatus()).isEqualTo(401);
            }
            // eight failures in all, but never five since the last success
            assertThat(basic("member-c", RIGHT, address).getStatus()).as("round " + round).isEqualTo(200);
        }
        assertThat(lockOn("member-c")).isEmpty();
    }

    @Test
    void afterTwentyFailuresFromOneAddress_aUserWhoNeverFailedIsRefusedThereButNotElsewhere() throws Exception {
        // given: four failures for each of five names (none of them locked by name), one address
        String address = "198.51.100.41";
        double addressLocks = count("agenda_ledger_sign_in_locks", "subject", "address");
        for (int name = 1; name <= 5; name++) {
            for (int i = 1; i <= 4; i++) {
                assertThat(basic("guess-" + name, "wrong", address).getStatus()).isEqualTo(401);
            }
        }

        // when / then
        MockHttpServletResponse refused = basic("vp-weog", RIGHT, address);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        mvc.perform(form("vp-weog", RIGHT, address))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        assertThat(basic("vp-weog", RIGHT, "198.51.100.42").getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT outcome FROM sign_in_record WHERE address = ? AND outcome <> "
                + "'BAD_CREDENTIALS' ORDER BY id", String.class, address))
                .containsExactly("LOCKED_ADDRESS", "REFUSED_LOCKED", "REFUSED_LOCKED");
        assertThat(count("agenda_ledger_sign_in_locks", "subject", "address") - addressLocks).isEqualTo(1);

        // and once the lock has ended
        clock.advance(Duration.ofSeconds(61));
        mvc.perform(form("vp-weog", RIGHT, address))
                .andExpect(authenticated().withUsername("vp-weog"));
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64Network() throws Exception {
        for (int i = 1; i <= 20; i++) {
            basic("v6-guess-" + (i % 5), "wrong", "2001:db8:1:2:0:0:0:" + Integer.toHexString(i));
        }
        assertThat(basic("president", RIGHT, "2001:db8:1:2:ffff:0:0:1").getStatus()).isEqualTo(429);
        assertThat(basic("president", RIGHT, "2001:db8:1:3::1").getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT subject FROM sign_in_throttle WHERE subject_kind = 'ADDRESS' "
                + "AND subject LIKE '2001:db8:%'", String.class)).containsExactly("2001:db8:1:2::/64");
    }

    @Test
    void theUserNameCountsWithoutRegardToCase() throws Exception {
        String address = "192.0.2.51";
        for (String typed : List.of("Member-D", "MEMBER-D", "member-D", "Member-d", "member-d")) {
            basic(typed, "wrong", address);
        }
        assertThat(basic("member-d", RIGHT, address).getStatus()).isEqualTo(429);
        assertThat(jdbc.queryForList("SELECT username FROM sign_in_record WHERE LOWER(username) = 'member-d' "
                + "AND outcome = 'BAD_CREDENTIALS' ORDER BY id", String.class)).as("recorded as typed")
                .containsExactly("Member-D", "MEMBER-D", "member-D", "Member-d", "member-d");
    }

    @Test
    void aLockSaysNothingAboutWhetherTheUserExists() throws Exception {
        for (int i = 1; i <= 5; i++) {
            basic("member-e", "wrong", "192.0.2.61");
            basic("no-such-user", "wrong", "192.0.2.62");
        }
        MockHttpServletResponse known = basic("member-e", RIGHT, "192.0.2.61");
        MockHttpServletResponse unknown = basic("no-such-user", RIGHT, "192.0.2.62");
        assertThat(unknown.getStatus()).isEqualTo(known.getStatus()).isEqualTo(429);
        // the same answer, but for the seconds left, which may differ by one between the two
        assertThat(unknown.getContentAsString().replaceAll("\\d+", "N"))
                .isEqualTo(known.getContentAsString().replaceAll("\\d+", "N"));
        String knownPage = lockedPage(mvc.perform(form("member-e", RIGHT, "192.0.2.61")).andReturn());
        String unknownPage = lockedPage(mvc.perform(form("no-such-user", RIGHT, "192.0.2.62")).andReturn());
        assertThat(unknownPage).isEqualTo(knownPage).contains("signing in is paused");
    }

    @Test
    void theSignInFormCountsAsHttpBasicDoes() throws Exception {
        String address = "192.0.2.71";
        for (int i = 1; i <= 5; i++) {
            mvc.perform(form("member-f", "wrong", address))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(basic("member-f", RIGHT, address).getStatus()).isEqualTo(429);
        assertThat(records("member-f")).startsWith("BAD_CREDENTIALS 192.0.2.71 FORM")
                .contains("LOCKED_USER 192.0.2.71 FORM");
    }

    @Test
    void aForwardedForHeaderIsNotTrustedUnlessConfigured() throws Exception {
        // given: a real request to the server, claiming to be forwarded for another client
        HttpClient client = HttpClient.newHttpClient();
        String credentials = Base64.getEncoder().encodeToString("forwarded-probe:wrong"
                .getBytes(StandardCharsets.UTF_8));

        // when
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/meetings"))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", "203.0.113.99")
                .build(), HttpResponse.BodyHandlers.ofString());

        // then: counted against the address the request came from
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForList("SELECT address FROM sign_in_record WHERE username = 'forwarded-probe'",
                String.class)).singleElement().satisfies(recorded -> assertThat(recorded)
                        .isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }

    @Test
    void everyUserStillSignsInBothWays() throws Exception {
        for (String username : List.of("secretariat", "auditor", "president", "vp-grulac", "vp-weog")) {
            assertThat(basic(username, RIGHT, "192.0.2.81").getStatus()).as(username).isEqualTo(200);
            mvc.perform(form(username, RIGHT, "192.0.2.81"))
                    .andExpect(authenticated().withUsername(username)).andExpect(redirectedUrl("/meetings"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_record WHERE address = '192.0.2.81'",
                Long.class)).as("a success is not recorded").isZero();
    }

    // --- helpers

    private MockHttpServletResponse basic(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/meetings").with(httpBasic(username, password)).with(from(address)))
                .andReturn().getResponse();
    }

    /** The sign-in form posted with its CSRF token, as the browser sends it. */
    private MockHttpServletRequestBuilder form(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The message of the sign-in page the browser is sent back to after a refused attempt, in its session. */
    private String lockedPage(MvcResult refused) throws Exception {
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        var page = get("/login").param("locked", "");
        for (Cookie cookie : refused.getResponse().getCookies()) {
            page.cookie(cookie);
        }
        String html = mvc.perform(page).andReturn().getResponse().getContentAsString();
        Matcher message = LOCKED_MESSAGE.matcher(html);
        assertThat(message.find()).as("the page says the sign-in is paused: " + html).isTrue();
        return message.group().replaceAll("\\s+", " ");
    }

    private List<Map<String, Object>> lockOn(String username) {
        return jdbc.queryForList("SELECT * FROM sign_in_throttle WHERE subject_kind = 'USER' AND subject = ? "
                + "AND locked_until IS NOT NULL", username);
    }

    private List<String> records(String username) {
        return jdbc.queryForList("SELECT outcome, address, channel FROM sign_in_record WHERE username = ? ORDER BY id",
                username).stream().map(row -> row.get("outcome") + " " + row.get("address") + " " + row.get("channel"))
                .toList();
    }

    private double count(String name, String tag, String value) {
        return meters.find(name).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
    }
}
