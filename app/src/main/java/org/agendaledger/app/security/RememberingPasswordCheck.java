package org.agendaledger.app.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's check of a user name and password against the users, which skips only the password hash when
 * {@link VerifiedCredentials} holds this very password for this user, checked a short while ago. Everything else is
 * as Spring Security does it on every attempt: the user is looked up (an unknown name still costs a hash, so the
 * time says nothing about who exists), the account's state is checked and the signed-in user is built afresh.
 */
final class RememberingPasswordCheck extends DaoAuthenticationProvider {

    private final VerifiedCredentials verified;

    RememberingPasswordCheck(UserDetailsService users, PasswordEncoder encoder, VerifiedCredentials verified) {
        super(users);
        setPasswordEncoder(encoder);
        this.verified = verified;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt) {
        if (!(attempt.getCredentials() instanceof String password) || user.getPassword() == null) {
            super.additionalAuthenticationChecks(user, attempt);
            return;
        }
        if (verified.holds(user.getUsername(), password, user.getPassword())) {
            return;
        }
        // throws when the password is wrong: nothing is remembered then
        super.additionalAuthenticationChecks(user, attempt);
        verified.remember(user.getUsername(), password, user.getPassword());
    }
}
