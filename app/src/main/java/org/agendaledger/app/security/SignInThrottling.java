package org.agendaledger.app.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Sign-in throttling on every filter chain, apart from the chains' own rules: Spring Security applies each
 * {@code Customizer<HttpSecurity>} bean to every chain, so each chain that signs in by HTTP Basic or by the sign-in
 * form gets {@link LockedSignIn} before its authentication filters; and the users' passwords are checked through
 * {@link ThrottledSignIn}, the only authentication provider, which a password checked a short while ago passes
 * without its hash being computed again ({@link VerifiedCredentials}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInLimits.class, VerifiedCredentialsSettings.class})
class SignInThrottling {

    @Bean
    VerifiedCredentials verifiedCredentials(VerifiedCredentialsSettings settings) {
        return VerifiedCredentials.of(settings);
    }

    /**
     * The password check as Spring Security would set it up from the users and the encoder (no re-encoding service),
     * a password checked a short while ago remembered, its outcome counted.
     */
    @Bean
    AuthenticationProvider throttledSignIn(UserDetailsService users, PasswordEncoder encoder,
                                           SignInThrottle throttle, VerifiedCredentials verified) {
        return new ThrottledSignIn(new RememberingPasswordCheck(users, encoder, verified), throttle, verified);
    }

    @Bean
    Customizer<HttpSecurity> lockedSignIn(SignInThrottle throttle) {
        return http -> http.with(new LockedSignInConfigurer(throttle), Customizer.withDefaults());
    }

    /** Adds {@link LockedSignIn} once the chain is configured, for the ways of signing in that it has. */
    static final class LockedSignInConfigurer extends AbstractHttpConfigurer<LockedSignInConfigurer, HttpSecurity> {

        private final SignInThrottle throttle;

        LockedSignInConfigurer(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void configure(HttpSecurity http) {
            boolean basic = http.getConfigurer(HttpBasicConfigurer.class) != null;
            boolean form = http.getConfigurer(FormLoginConfigurer.class) != null;
            if (basic || form) {
                http.addFilterBefore(new LockedSignIn(throttle, basic, form),
                        UsernamePasswordAuthenticationFilter.class);
            }
        }
    }
}
