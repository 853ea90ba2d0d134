package org.agendaledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The password check of every sign-in (the page's form and HTTP Basic alike), with its outcome told to the
 * {@link SignInThrottle}: a failure is counted against the user name and the address, a success starts the user name
 * again from nothing; a failure that locks the user name also drops the sign-ins {@link VerifiedCredentials}
 * remembers for it, so its password is checked in full once the lock ends. Locked names and addresses never get
 * here: {@link LockedSignIn} refuses them first.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final VerifiedCredentials verified;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, VerifiedCredentials verified) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrongPasswordOrUnknownUser) {
            HttpServletRequest request = currentRequest();
            if (throttle.failed(attempt.getName(), addressOf(attempt, request), channelOf(request))) {
                verified.forget(attempt.getName());
            }
            throw wrongPasswordOrUnknownUser;
        }
        if (signedIn != null) {
            throttle.succeeded(attempt.getName());
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String addressOf(Authentication attempt, HttpServletRequest request) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    private static SignInThrottle.Channel channelOf(HttpServletRequest request) {
        return request != null && LockedSignIn.basicCredentials(request) ? SignInThrottle.Channel.BASIC
                : SignInThrottle.Channel.FORM;
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
