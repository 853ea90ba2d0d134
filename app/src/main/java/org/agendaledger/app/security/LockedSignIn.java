package org.agendaledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a sign-in while its user name or its client address is locked, before any password is checked: HTTP Basic
 * with {@code 429} ({@code application/problem+json}, code {@code SIGN_IN_LOCKED}, {@code Retry-After} in seconds),
 * the sign-in page by sending the browser back to it with a message. The same for a name that exists and one that
 * does not, so the answer tells nothing about which users there are.
 */
final class LockedSignIn extends OncePerRequestFilter {

    /** The session attribute the sign-in page reads to say how long the pause lasts (whole minutes). */
    static final String MINUTES_LEFT = "signInMinutesLeft";
    static final String LOCKED_PAGE = "/login?locked";

    private static final RequestMatcher SIGN_IN_FORM = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SignInThrottle throttle;
    private final boolean basic;
    private final boolean form;
    private final BasicAuthenticationConverter basicCredentials = new BasicAuthenticationConverter();
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    LockedSignIn(SignInThrottle throttle, boolean basic, boolean form) {
        this.throttle = throttle;
        this.basic = basic;
        this.form = form;
    }

    static boolean basicCredentials(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (basic && basicCredentials(request)) {
            Optional<String> username = basicUsername(request);
            Optional<SignInThrottle.Lock> lock = username.flatMap(name -> throttle.lockOn(name, address));
            if (lock.isPresent()) {
                throttle.refused(username.get(), address, SignInThrottle.Channel.BASIC, lock.get());
                tooManyRequests(response, lock.get());
                return;
            }
        } else if (form && SIGN_IN_FORM.matches(request)) {
            String username = formUsername(request);
            Optional<SignInThrottle.Lock> lock = throttle.lockOn(username, address);
            if (lock.isPresent()) {
                throttle.refused(username, address, SignInThrottle.Channel.FORM, lock.get());
                long minutes = (lock.get().secondsLeft(throttle.now()) + 59) / 60;
                request.getSession().setAttribute(MINUTES_LEFT, minutes);
                redirect.sendRedirect(request, response, LOCKED_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<String> basicUsername(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken token = basicCredentials.convert(request);
            return Optional.ofNullable(token).map(UsernamePasswordAuthenticationToken::getName);
        } catch (BadCredentialsException undecodable) {
            // not a name and a password at all: Spring Security's own Basic filter refuses it
            return Optional.empty();
        }
    }

    /** The name as the form login reads it (trimmed). */
    private static String formUsername(HttpServletRequest request) {
        String username = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        return username == null ? "" : username.trim();
    }

    private void tooManyRequests(HttpServletResponse response, SignInThrottle.Lock lock) throws IOException {
        long seconds = lock.secondsLeft(throttle.now());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://agenda-ledger.org/problems/sign_in_locked");
        problem.put("title", HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", ("Too many failed sign-ins with this user name or from this address: signing in is "
                + "paused. Try again in %d second(s).").formatted(seconds));
        problem.put("code", "SIGN_IN_LOCKED");
        problem.put("retryAfter", seconds);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
