package org.agendaledger.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sign-ins whose password was checked a short while ago, so that a client sending its credentials with every
 * request (HTTP Basic) pays for the password hash (bcrypt) once per {@code ttl} instead of on every request.
 * <p>
 * What is remembered is a keyed hash: HMAC-SHA-256, under a key drawn at random when the application starts and held
 * only in this object, of the user name, the password presented and the password's stored encoding. A lookup
 * computes the same for the attempt at hand, so only the very password that was checked finds its entry: a
 * different password gives a different hash and is checked in full (and counted by {@link SignInThrottle} if
 * wrong). Neither the password nor anything a guess could be tested against is kept: without the key the hashes
 * are random numbers, and the key is never written, logged or sent anywhere. Whoever steals the database, a backup
 * or the configuration (the bcrypt encodings) therefore gets nothing more than before, since none of this is
 * there; a restart draws a new key and forgets everything. (Whoever can read the process's memory could test
 * guesses at HMAC speed rather than bcrypt's, but such a reader also sees the passwords themselves as requests
 * arrive.)
 * <p>
 * An entry lasts {@code ttl} from its check (not from its last use: a password is checked in full at least that
 * often), at most {@code maximumSize} are kept (only right passwords enter, so wrong guesses cannot crowd them out),
 * and {@link #forget(String)} drops a user name's entries when a lock starts on it. The users and their encodings
 * come from the configuration, read at start: a changed password takes a restart, which also empties this cache.
 * {@code ttl} zero remembers nothing.
 */
final class VerifiedCredentials {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    /** The keyed hash of a checked sign-in (Base64) to its user name (lower case); {@code null} when disabled. */
    private final Cache<String, String> verified;

    VerifiedCredentials(Duration ttl, long maximumSize, Ticker ticker) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        Arrays.fill(secret, (byte) 0);
        this.verified = ttl.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).ticker(ticker)
                        // the upkeep (expiry, eviction) on the caller's thread: a few entries, no pool needed
                        .executor(Runnable::run).build();
    }

    static VerifiedCredentials of(VerifiedCredentialsSettings settings) {
        return new VerifiedCredentials(settings.ttl(), settings.maximumSize(), Ticker.systemTicker());
    }

    boolean enabled() {
        return verified != null;
    }

    /** Whether exactly this password was checked for this user and encoding within the {@code ttl}. */
    boolean holds(String username, String password, String encoded) {
        return verified != null && verified.getIfPresent(keyOf(username, password, encoded)) != null;
    }

    /** Remembers a sign-in whose password has just been checked and found right. */
    void remember(String username, String password, String encoded) {
        if (verified != null) {
            verified.put(keyOf(username, password, encoded), userKey(username));
        }
    }

    /** Forgets every sign-in remembered for the user name (without regard to case). */
    void forget(String username) {
        if (verified != null) {
            String user = userKey(username);
            verified.asMap().values().removeIf(user::equals);
        }
    }

    /** How many sign-ins are remembered now (expired ones dropped first). */
    long size() {
        if (verified == null) {
            return 0;
        }
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private String keyOf(String username, String password, String encoded) {
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            // each part preceded by its length, so that no two different triples hash the same input
            update(mac, userKey(username).getBytes(StandardCharsets.UTF_8));
            update(mac, secret);
            update(mac, encoded.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static void update(Mac mac, byte[] part) {
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        mac.update(part);
    }

    /** The user name as the users are looked up: without regard to case. */
    private static String userKey(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
