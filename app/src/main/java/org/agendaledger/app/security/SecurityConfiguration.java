package org.agendaledger.app.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendaledger.command.api.Actor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * HTTP Basic for the API. Everyone signed in reads; the secretariat sends the commands; a Bureau member breaks
 * silence or comments (as themselves, judged by the silence procedure); an auditor sends no command at all.
 * <p>
 * Three filter chains, tried in order: the agenda document ({@code GET /api/meetings/{id}/agenda/document}), a
 * meeting's calendar, the audit export and the live streams (Server-Sent Events of a meeting, its agenda, its silence procedures and an
 * inbox), which also accept the session of a user signed in to the web pages, so a browser can open the links of a
 * meeting's page and the pages can follow changes; the API (HTTP Basic, stateless, no CSRF); the web pages (form
 * login, session, CSRF tokens on every form). A Bureau member's calendar client reads the member's deadlines with a
 * personal token instead of signing in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerUsers.class)
class SecurityConfiguration {

    static final String DEMO_PASSWORD = "demo";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(LedgerUsers configured, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (LedgerUsers.User user : configured.getUsers()) {
            requireComplete(user, names);
            if (!configured.isAllowDemoPasswords() && encoder.matches(DEMO_PASSWORD, user.getPassword())) {
                throw new IllegalStateException(("User '%s' still has the demo password. Outside the embedded "
                        + "demonstration store every user needs a real password (agenda-ledger.security.users).")
                        .formatted(user.getUsername()));
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority(Actor.ROLE_PREFIX + user.getRole().name()));
            if (user.getMemberId() != null) {
                authorities.add(new SimpleGrantedAuthority(Actor.MEMBER_AUTHORITY_PREFIX + user.getMemberId()));
            }
            users.add(User.withUsername(user.getUsername()).password(user.getPassword())
                    .authorities(authorities).build());
        }
        // checked as configured: as a UserDetailsPasswordService the manager would have Spring Security re-encode a
        // {noop} password as bcrypt after its first use, and every request after it would pay a bcrypt check for a
        // password that stands in plain text in the configuration anyway; {bcrypt} passwords are unaffected
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername;
    }

    private static void requireComplete(LedgerUsers.User user, Set<String> names) {
        if (user.getUsername() == null || user.getPassword() == null || user.getRole() == null) {
            throw new IllegalStateException("Every configured user needs a username, a password and a role.");
        }
        if (!names.add(user.getUsername())) {
            throw new IllegalStateException("User '%s' is configured twice.".formatted(user.getUsername()));
        }
        boolean member = user.getRole() == LedgerUsers.Role.BUREAU_MEMBER;
        if (member != (user.getMemberId() != null)) {
            throw new IllegalStateException(("User '%s': a BUREAU_MEMBER is bound to exactly one member id, and "
                    + "other roles to none.").formatted(user.getUsername()));
        }
    }

    /** What the web pages open from the API: HTTP Basic as the rest of the API, or the session of the web pages. */
    private static final List<String> SESSION_READABLE = List.of("/api/meetings/*/agenda/document",
            "/api/meetings/*/calendar.ics",
            "/api/schemas/agenda-document.json", "/api/audit/export",
            "/api/audit/checkpoints/latest", "/api/meetings/*/stream", "/api/meetings/*/agenda/stream",
            "/api/meetings/*/silence-procedures/stream",
            "/api/me/inbox/stream", "/api/members/*/inbox/stream");

    /**
     * The agenda document, the audit export and the live streams: HTTP Basic as the rest of the API, or the session
     * of the web pages; read-only (GET). Who may follow whose inbox is the inbox's own rule.
     */
    @Bean
    @Order(1)
    SecurityFilterChain sessionReadable(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(SESSION_READABLE.stream()
                        .map(path -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
                        .map(RequestMatcher.class::cast)
                        .toList()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .authorizeHttpRequests(auth -> auth.anyRequest()
                        .hasAnyRole("SECRETARIAT", "BUREAU_MEMBER", "AUDITOR"))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(SecurityConfiguration::unauthenticated)
                        .accessDeniedHandler(SecurityConfiguration::denied))
                .build();
    }

    /**
     * The web pages: form login and a session, CSRF tokens on every form, logout by POST. The pages of commands
     * are the secretariat's, the inbox a Bureau member's; everyone signed in reads the meetings and the Bureaus.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/meetings/new", "/meetings/*/agenda/import").hasRole("SECRETARIAT")
                        .requestMatchers(HttpMethod.POST, "/meetings", "/meetings/**").hasRole("SECRETARIAT")
                        .requestMatchers(HttpMethod.POST, "/bureaus", "/bureaus/**").hasRole("SECRETARIAT")
                        .requestMatchers(HttpMethod.POST, "/admin/**").hasRole("SECRETARIAT")
                        .requestMatchers("/admin/**").hasAnyRole("SECRETARIAT", "AUDITOR")
                        .requestMatchers("/mail", "/mail/**").hasAnyRole("SECRETARIAT", "AUDITOR")
                        .requestMatchers("/inbox", "/inbox/**").hasRole("BUREAU_MEMBER")
                        .requestMatchers("/my-record").hasRole("BUREAU_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/procedures/*/reaction").hasRole("BUREAU_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/meetings/*/procedures", "/procedures/**")
                        .hasRole("SECRETARIAT")
                        .requestMatchers(HttpMethod.POST, "/meetings/**").hasRole("SECRETARIAT")
                        .anyRequest().hasAnyRole("SECRETARIAT", "BUREAU_MEMBER", "AUDITOR"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/meetings", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .build();
    }

    /** A Bureau member's deadline feed asked for with a personal token ({@code ?token=}), by a calendar client. */
    private static final RequestMatcher DEADLINES_WITH_TOKEN = new AndRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/me/deadlines.ics"),
            request -> request.getParameter("token") != null);

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole("SECRETARIAT", "AUDITOR")
                        // a calendar client cannot sign in: it reads a member's deadlines with the member's personal
                        // token, which the feed itself checks (a token that is no member's finds nothing)
                        .requestMatchers(DEADLINES_WITH_TOKEN).permitAll()
                        // a Bureau member's own inbox, record and calendar token: refused to other roles before
                        // anything is read
                        .requestMatchers("/api/me/**").hasRole("BUREAU_MEMBER")
                        .requestMatchers(HttpMethod.GET, "/api/admin/processors", "/api/admin/dead-letters")
                        .hasAnyRole("SECRETARIAT", "AUDITOR")
                        .requestMatchers("/api/admin/**").hasRole("SECRETARIAT")
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyRole("SECRETARIAT", "BUREAU_MEMBER", "AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/silence-procedures/*/objections",
                                "/api/silence-procedures/*/comments")
                        .hasAnyRole("SECRETARIAT", "BUREAU_MEMBER")
                        // compares the store with what an auditor kept: it only reads
                        .requestMatchers(HttpMethod.POST, "/api/audit/verify")
                        .hasAnyRole("SECRETARIAT", "BUREAU_MEMBER", "AUDITOR")
                        .requestMatchers("/api/**").hasRole("SECRETARIAT")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problem(response,
                        HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Sign in with your user name and password.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problem(response,
                                HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                "Sign in with your user name and password."))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                                "FORBIDDEN", e.getMessage() != null && !e.getMessage().startsWith("Access Denied")
                                        ? e.getMessage() : "Your role does not allow this.")))
                .build();
    }

    private static void unauthenticated(jakarta.servlet.http.HttpServletRequest request,
                                        jakarta.servlet.http.HttpServletResponse response,
                                        org.springframework.security.core.AuthenticationException e)
            throws IOException {
        // no Basic challenge to a page's event stream: the browser would ask for a password out of nowhere
        String accept = request.getHeader("Accept");
        boolean stream = accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE);
        problem(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Sign in with your user name and password.",
                !stream);
    }

    private static void denied(jakarta.servlet.http.HttpServletRequest request,
                               jakarta.servlet.http.HttpServletResponse response,
                               org.springframework.security.access.AccessDeniedException e)
            throws IOException {
        // as the API says it: the reason of a refusal of the application's own (another member's inbox)
        problem(response, HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage() != null
                && !e.getMessage().startsWith("Access Denied") ? e.getMessage() : "Your role does not allow this.");
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String code,
                                String detail)
            throws IOException {
        problem(response, status, code, detail, true);
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String code,
                                String detail, boolean challenge)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED && challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Agenda Ledger\"");
        }
        response.getWriter().write("""
                {"type":"https://agenda-ledger.org/problems/%s","title":"%s","status":%d,"detail":"%s","code":"%s"}"""
                .formatted(code.toLowerCase(), status.getReasonPhrase(), status.value(),
                        detail.replace("\\", "\\\\").replace("\"", "\\\""), code));
    }
}
