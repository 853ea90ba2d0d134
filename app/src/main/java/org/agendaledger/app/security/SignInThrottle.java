package org.agendaledger.app.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins counted per user name and per client address in the database, so every node sees the same counts
 * and locks and a restart forgets none; each failure, lock and refused attempt recorded ({@code sign_in_record}),
 * logged as a warning and counted ({@code agenda_ledger_sign_in_failures}, {@code agenda_ledger_sign_in_locks}).
 * The time is the application's {@link Clock} (the system's in UTC unless a {@code Clock} bean is given).
 */
@Component
class SignInThrottle {

    /** Where the credentials came from: the sign-in page or HTTP Basic. */
    enum Channel {
        FORM, BASIC
    }

    /** A lock that holds: until when, and whether it is the user name's, the address's or both. */
    record Lock(Instant until, boolean user, boolean address) {

        /** Whole seconds until the lock ends, at least one: what {@code Retry-After} says. */
        long secondsLeft(Instant now) {
            long millis = Duration.between(now, until).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }

    static final String USER = "USER";
    static final String ADDRESS = "ADDRESS";
    private static final int LONGEST = 255;
    private static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SignInLimits limits;
    private final MeterRegistry meters;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, SignInLimits limits,
                   MeterRegistry meters, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.limits = limits;
        this.meters = meters;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The lock that holds now on the user name or the address, if any (nothing is written). */
    Optional<Lock> lockOn(String username, String address) {
        Instant now = now();
        List<Object[]> locks = jdbc.query("""
                SELECT subject_kind, locked_until FROM sign_in_throttle
                WHERE ((subject_kind = ? AND subject = ?) OR (subject_kind = ? AND subject = ?)) AND locked_until > ?
                """, (rs, row) -> new Object[]{rs.getString(1), instant(rs, 2)},
                USER, userKey(username), ADDRESS, addressKey(address), at(now));
        if (locks.isEmpty()) {
            return Optional.empty();
        }
        Instant until = locks.stream().map(lock -> (Instant) lock[1]).max(Instant::compareTo).orElseThrow();
        return Optional.of(new Lock(until, locks.stream().anyMatch(lock -> USER.equals(lock[0])),
                locks.stream().anyMatch(lock -> ADDRESS.equals(lock[0]))));
    }

    /** An attempt refused while a lock held, its password unchecked. */
    void refused(String username, String address, Channel channel, Lock lock) {
        Instant now = now();
        insertRecord(now, username, address, channel, "REFUSED_LOCKED", lock.until());
        meters.counter("agenda_ledger_sign_in_failures", "reason", "locked", "channel", tag(channel)).increment();
        log.warn("Sign-in refused without checking the password: user name '{}' from {} ({}) while {} is locked "
                + "until {}.", printable(username), printable(address), channel,
                lock.user() && lock.address() ? "the user name and the address" : lock.user() ? "the user name"
                        : "the address",
                lock.until());
    }

    /**
     * A wrong password or an unknown user name: counted against both, locking either at its limit. Whether this
     * failure started a lock on the user name.
     */
    boolean failed(String username, String address, Channel channel) {
        Failure failure = null;
        for (int attempt = 1; failure == null; attempt++) {
            try {
                failure = transaction.execute(status -> count(username, address, channel));
            } catch (DuplicateKeyException firstOfItsKindOnTwoNodes) {
                // another node counted the first failure of the same name or address at the same moment: count again
                if (attempt == ATTEMPTS) {
                    throw firstOfItsKindOnTwoNodes;
                }
            }
        }
        meters.counter("agenda_ledger_sign_in_failures", "reason", "bad_credentials", "channel", tag(channel))
                .increment();
        log.warn("Sign-in failed: user name '{}' from {} ({}); {} of {} failures for the user name and {} of {} from "
                + "the address within {}.", printable(username), printable(address), channel,
                failure.user().failures(), limits.maxFailuresPerUser(), failure.address().failures(),
                limits.maxFailuresPerAddress(), limits.window());
        if (failure.user().lockedUntil() != null) {
            meters.counter("agenda_ledger_sign_in_locks", "subject", "user", "channel", tag(channel)).increment();
            log.warn("Sign-in locked for the user name '{}' until {} (lock {} in a row), after {} failures.",
                    printable(username), failure.user().lockedUntil(), failure.user().locks(),
                    limits.maxFailuresPerUser());
        }
        if (failure.address().lockedUntil() != null) {
            meters.counter("agenda_ledger_sign_in_locks", "subject", "address", "channel", tag(channel)).increment();
            log.warn("Sign-in locked for the address {} until {} (lock {} in a row), after {} failures.",
                    printable(address), failure.address().lockedUntil(), failure.address().locks(),
                    limits.maxFailuresPerAddress());
        }
        forgetStale(failure.at());
        return failure.user().lockedUntil() != null;
    }

    /** A sign-in with the right password: the user name starts again from no failures and no locks. */
    void succeeded(String username) {
        jdbc.update("DELETE FROM sign_in_throttle WHERE subject_kind = ? AND subject = ? "
                + "AND (locked_until IS NULL OR locked_until <= ?)", USER, userKey(username), at(now()));
    }

    // --- counting

    /** One subject's count after a failure; {@code lockedUntil} only when this failure started a lock. */
    private record Count(int failures, int locks, Instant lockedUntil) {
    }

    private record Failure(Instant at, Count user, Count address) {
    }

    private Failure count(String username, String address, Channel channel) {
        Instant now = now();
        Count user = count(USER, userKey(username), limits.maxFailuresPerUser(), now);
        Count from = count(ADDRESS, addressKey(address), limits.maxFailuresPerAddress(), now);
        insertRecord(now, username, address, channel, "BAD_CREDENTIALS", null);
        if (user.lockedUntil() != null) {
            insertRecord(now, username, address, channel, "LOCKED_USER", user.lockedUntil());
        }
        if (from.lockedUntil() != null) {
            insertRecord(now, username, address, channel, "LOCKED_ADDRESS", from.lockedUntil());
        }
        return new Failure(now, user, from);
    }

    private Count count(String kind, String subject, int limit, Instant now) {
        List<Object[]> rows = jdbc.query("""
                SELECT failures, window_started_at, locks, locked_until FROM sign_in_throttle
                WHERE subject_kind = ? AND subject = ? FOR UPDATE
                """, (rs, row) -> new Object[]{rs.getInt(1), instant(rs, 2), rs.getInt(3), instant(rs, 4)},
                kind, subject);
        boolean known = !rows.isEmpty();
        int failures = known ? (int) rows.get(0)[0] : 0;
        Instant windowStart = known ? (Instant) rows.get(0)[1] : now;
        int locks = known ? (int) rows.get(0)[2] : 0;
        Instant lockedUntil = known ? (Instant) rows.get(0)[3] : null;
        if (!now.isBefore(windowStart.plus(limits.window()))) {
            // a new window; the locks start again from the first after a whole window without one
            if (lockedUntil == null || !now.isBefore(lockedUntil.plus(limits.window()))) {
                locks = 0;
            }
            failures = 0;
            windowStart = now;
        }
        failures++;
        int counted = failures;
        Instant newLock = null;
        if (failures >= limit) {
            locks++;
            newLock = now.plus(limits.lockNumber(locks));
            lockedUntil = newLock;
            failures = 0;
            windowStart = now;
        }
        if (known) {
            jdbc.update("UPDATE sign_in_throttle SET failures = ?, window_started_at = ?, locks = ?, locked_until = ? "
                    + "WHERE subject_kind = ? AND subject = ?", failures, at(windowStart), locks, at(lockedUntil),
                    kind, subject);
        } else {
            jdbc.update("INSERT INTO sign_in_throttle (subject_kind, subject, failures, window_started_at, locks, "
                    + "locked_until) VALUES (?, ?, ?, ?, ?, ?)", kind, subject, failures, at(windowStart), locks,
                    at(lockedUntil));
        }
        return new Count(counted, locks, newLock);
    }

    /** Rows a later failure would start afresh anyway: no failure in the last window, no lock within it. */
    private void forgetStale(Instant now) {
        OffsetDateTime before = at(now.minus(limits.window()));
        try {
            jdbc.update("DELETE FROM sign_in_throttle WHERE window_started_at < ? "
                    + "AND (locked_until IS NULL OR locked_until < ?)", before, before);
        } catch (DataAccessException e) {
            // only housekeeping (the next failure tries again), but said
            log.warn("Stale sign-in counts could not be deleted this time: {}", e.getMessage());
        }
    }

    private void insertRecord(Instant at, String username, String address, Channel channel, String outcome,
                              Instant lockedUntil) {
        jdbc.update("INSERT INTO sign_in_record (occurred_at, username, address, channel, outcome, locked_until) "
                + "VALUES (?, ?, ?, ?, ?, ?)", at(at), storable(username), storable(address), channel.name(),
                outcome, at(lockedUntil));
    }

    // --- keys and values

    /** The user name as the users are looked up (without regard to case), at most 255 characters. */
    static String userKey(String username) {
        return storable(username).toLowerCase(Locale.ROOT);
    }

    /**
     * The client address counted: an IPv4 address as it is, an IPv6 address by its /64 network (one subscriber is
     * usually given a whole /64, and could otherwise try from a new address each time).
     */
    static String addressKey(String address) {
        String value = storable(address);
        if (value.indexOf(':') < 0) {
            return value;
        }
        try {
            byte[] bytes = InetAddress.getByName(value).getAddress();
            if (bytes.length != 16) {
                return value;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return value;
        }
    }

    /** Text the database takes: no NUL (PostgreSQL refuses it), at most 255 characters. */
    private static String storable(String text) {
        String value = text == null ? "" : text.replace('\u0000', '\u2400');
        if (value.codePointCount(0, value.length()) <= LONGEST) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, LONGEST));
    }

    /** Text for a log line: control characters replaced (no forged lines), at most 100 characters. */
    private static String printable(String text) {
        String value = text == null ? "" : text;
        StringBuilder printable = new StringBuilder();
        value.codePoints().limit(100).forEach(c -> printable.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return value.codePointCount(0, value.length()) > 100 ? printable + "…" : printable.toString();
    }

    private static String tag(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
