package org.agendaledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Production sign-in over HTTP Basic: users whose passwords are bcrypt-encoded (cost 10, as in production), the
 * application's password encoder watched. Within the verified-credentials time a user's right password is hashed
 * once, however many requests carry it; a wrong one is hashed, refused and counted every time; a lock forgets the
 * user's checked password, so it is hashed again once the lock has ended.
 */
@AutoConfigureMockMvc
@Import(SignInThrottlingIT.MovableTime.class)
class VerifiedCredentialsIT extends LedgerIntegrationTest {

    private static final String CLERK = "clerk-password";
    private static final String REGISTRAR = "registrar-password";
    private static final String CLERK_ENCODED = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(CLERK);
    private static final String REGISTRAR_ENCODED = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(REGISTRAR);

    /** The users of this test only: the secretariat (for the application's own start) and two bcrypt users. */
    @DynamicPropertySource
    static void bcryptUsers(DynamicPropertyRegistry registry) {
        user(registry, 0, "secretariat", "{noop}" + ApiClient.PASSWORD);
        user(registry, 1, "clerk", CLERK_ENCODED);
        user(registry, 2, "registrar", REGISTRAR_ENCODED);
    }

    private static void user(DynamicPropertyRegistry registry, int index, String username, String password) {
        String prefix = "agenda-ledger.security.users[" + index + "].";
        registry.add(prefix + "username", () -> username);
        registry.add(prefix + "password", () -> password);
        registry.add(prefix + "role", () -> "SECRETARIAT");
    }

    @MockitoSpyBean
    PasswordEncoder encoder;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignInThrottlingIT.MovableClock clock;

    @Test
    void theRightPasswordIsHashedOnceWithinTheTime_andAWrongOneAfterItIsStillRefused() throws Exception {
        // when
        for (int i = 0; i < 5; i++) {
            assertThat(basic("clerk", CLERK, "192.0.2.101").getStatus()).isEqualTo(200);
        }

        // then
        assertThat(checks(CLERK, CLERK_ENCODED)).as("bcrypt for the first request only").isEqualTo(1);

        // and a wrong password after the successes is hashed and refused, every time, and counted
        assertThat(basic("clerk", "wrong", "192.0.2.101").getStatus()).isEqualTo(401);
        assertThat(basic("clerk", CLERK + " ", "192.0.2.101").getStatus()).isEqualTo(401);
        assertThat(checks("wrong", CLERK_ENCODED)).isEqualTo(1);
        assertThat(checks(CLERK + " ", CLERK_ENCODED)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT outcome FROM sign_in_record WHERE username = 'clerk' ORDER BY id",
                String.class)).containsExactly("BAD_CREDENTIALS", "BAD_CREDENTIALS");
        // the right password is still remembered
        assertThat(basic("clerk", CLERK, "192.0.2.102").getStatus()).isEqualTo(200);
        assertThat(checks(CLERK, CLERK_ENCODED)).isEqualTo(1);
    }

    @Test
    void aLockForgetsTheCheckedPassword_soItIsHashedAgainOnceTheLockHasEnded() throws Exception {
        // given a password checked and remembered
        String address = "192.0.2.111";
        assertThat(basic("registrar", REGISTRAR, address).getStatus()).isEqualTo(200);
        assertThat(basic("registrar", REGISTRAR, address).getStatus()).isEqualTo(200);
        assertThat(checks(REGISTRAR, REGISTRAR_ENCODED)).isEqualTo(1);

        // when five failures lock the user name
        for (int i = 1; i <= 5; i++) {
            assertThat(basic("registrar", "wrong-" + i, address).getStatus()).isEqualTo(401);
        }

        // then the right password is refused unchecked while the lock holds, remembered or not
        assertThat(basic("registrar", REGISTRAR, address).getStatus()).isEqualTo(429);
        assertThat(checks(REGISTRAR, REGISTRAR_ENCODED)).isEqualTo(1);

        // and once it has ended, the password is hashed again, well within the time it was remembered for
        clock.advance(Duration.ofSeconds(61));
        assertThat(basic("registrar", REGISTRAR, address).getStatus()).isEqualTo(200);
        assertThat(checks(REGISTRAR, REGISTRAR_ENCODED)).isEqualTo(2);
        assertThat(basic("registrar", REGISTRAR, address).getStatus()).isEqualTo(200);
        assertThat(checks(REGISTRAR, REGISTRAR_ENCODED)).isEqualTo(2);
    }

    private MockHttpServletResponse basic(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/meetings").with(httpBasic(username, password)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn().getResponse();
    }

    /** How often the application's encoder checked this password against this encoding. */
    private long checks(String password, String encoded) {
        return Mockito.mockingDetails(encoder).getInvocations().stream()
                .filter(call -> call.getMethod().getName().equals("matches"))
                .filter(call -> password.contentEquals((CharSequence) call.getArgument(0))
                        && encoded.equals(call.getArgument(1)))
                .count();
    }
}
