package org.agendaledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The password check with the verified-credentials cache, on a bcrypt user: the hash is computed once for the right
 * password within the time, every time for a wrong one, and every time with the cache off.
 */
class RememberingPasswordCheckTest {

    private static final String RIGHT = "correct horse battery staple";

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger hashed = new AtomicInteger();
    private final PasswordEncoder counting = new CountingEncoder(PasswordEncoderFactories
            .createDelegatingPasswordEncoder(), hashed);
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("president")
            .password("{bcrypt}" + new BCryptPasswordEncoder(4).encode(RIGHT)).roles("BUREAU_MEMBER").build());

    private RememberingPasswordCheck check(Duration ttl) {
        return new RememberingPasswordCheck(users, counting, new VerifiedCredentials(ttl, 100, nanos::get));
    }

    @Test
    void theRightPasswordIsHashedOnceWithinTheTime_andAgainAfterIt() {
        RememberingPasswordCheck check = check(Duration.ofMinutes(5));

        Authentication first = check.authenticate(attempt("president", RIGHT));
        Authentication second = check.authenticate(attempt("president", RIGHT));

        assertThat(first.isAuthenticated()).isTrue();
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("president");
        // the same authorities as after a full check, the password factor included
        assertThat(second.getAuthorities()).extracting(authority -> authority.getAuthority())
                .containsExactlyElementsOf(first.getAuthorities().stream().map(a -> a.getAuthority()).toList())
                .contains("ROLE_BUREAU_MEMBER", "FACTOR_PASSWORD");
        assertThat(hashed).as("the second sign-in is not hashed").hasValue(1);

        nanos.addAndGet(Duration.ofMinutes(5).toNanos());
        check.authenticate(attempt("president", RIGHT));
        assertThat(hashed).as("hashed again once the time is up").hasValue(2);
    }

    @Test
    void aWrongPasswordAfterTheRightOneIsHashedAndRefused() {
        RememberingPasswordCheck check = check(Duration.ofMinutes(5));
        check.authenticate(attempt("president", RIGHT));

        assertThatThrownBy(() -> check.authenticate(attempt("president", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> check.authenticate(attempt("president", "wrong")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(hashed).hasValue(3);
        check.authenticate(attempt("president", RIGHT));
        assertThat(hashed).as("the right password is still remembered").hasValue(3);
    }

    @Test
    void withATimeOfZeroEverySignInIsHashed() {
        RememberingPasswordCheck check = check(Duration.ZERO);

        for (int i = 0; i < 3; i++) {
            check.authenticate(attempt("president", RIGHT));
        }

        assertThat(hashed).hasValue(3);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    /** The application's encoder, each password check counted. */
    private record CountingEncoder(PasswordEncoder encoder, AtomicInteger matches) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return encoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return encoder.matches(raw, encoded);
        }
    }
}
