package org.agendaledger.query.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The personal tokens that let a Bureau member's calendar client read their feed of open deadlines without
 * signing in: 256 random bits, URL-safe, at most one per member, a new one replacing (and so stopping) the old one.
 * The token is handed to the member once; only its SHA-256 hash is kept ({@code calendar_token},
 * {@code V250__calendar_tokens.sql}), so whoever reads the database cannot subscribe as a member.
 */
@Component
public class CalendarTokens {

    /** A token just issued, to be shown once, with the address a calendar client subscribes to. */
    public record Issued(String token, URI subscription, Instant issuedAt) {
    }

    private static final int RANDOM_BYTES = 32;
    private static final int ATTEMPTS = 3;

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CalendarTokens(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * A new token for the member, replacing any earlier one; {@code root} is the application's address as the
     * member reaches it (e.g. {@code https://ledger.example.org}), for the subscription address.
     */
    public Issued issue(String memberId, URI root) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int attempt = 1;; attempt++) {
            try {
                transaction.executeWithoutResult(status -> {
                    jdbc.update("DELETE FROM calendar_token WHERE member_id = ?", memberId);
                    jdbc.update("INSERT INTO calendar_token (member_id, token_hash, issued_at) VALUES (?, ?, ?)",
                            memberId, hash(token), OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                });
                return new Issued(token, subscription(root, token), now);
            } catch (DuplicateKeyException issuedAtTheSameMomentElsewhere) {
                // the member asked twice at once (two nodes, two tabs): the later one replaces the earlier
                if (attempt == ATTEMPTS) {
                    throw issuedAtTheSameMomentElsewhere;
                }
            }
        }
    }

    /** Stops the member's token, if they have one; true when there was one. */
    public boolean revoke(String memberId) {
        return jdbc.update("DELETE FROM calendar_token WHERE member_id = ?", memberId) > 0;
    }

    /** When the member's current token was issued; empty when they have none. */
    public Optional<Instant> issuedAt(String memberId) {
        return jdbc.query("SELECT issued_at FROM calendar_token WHERE member_id = ?",
                (rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant(), memberId).stream().findFirst();
    }

    /** The address of the deadline feed of whoever holds the token. */
    public static URI subscription(URI root, String token) {
        String base = root.toString().endsWith("/") ? root.toString().substring(0, root.toString().length() - 1)
                : root.toString();
        return URI.create(base + "/api/me/deadlines.ics?token=" + token);
    }

    /** The member whose current token this is; empty for a token never issued, replaced or revoked. */
    Optional<String> memberOf(String token) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT member_id FROM calendar_token WHERE token_hash = ?", String.class,
                hash(token)).stream().findFirst();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
