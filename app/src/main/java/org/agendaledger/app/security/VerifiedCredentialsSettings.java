package org.agendaledger.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a checked password is remembered ({@code agenda-ledger.security.verified-credentials}, defaults in
 * {@code application.yml}): {@code ttl} after its check ({@code PT0S} remembers none, so every request checks the
 * password again), at most {@code maximumSize} at a time.
 */
@ConfigurationProperties("agenda-ledger.security.verified-credentials")
record VerifiedCredentialsSettings(Duration ttl, long maximumSize) {

    VerifiedCredentialsSettings {
        if (ttl == null || ttl.isNegative()) {
            throw new IllegalArgumentException(("agenda-ledger.security.verified-credentials.ttl must be a duration "
                    + "such as PT5M, or PT0S to check the password on every request (it is %s).").formatted(ttl));
        }
        if (maximumSize < 1) {
            throw new IllegalArgumentException(("agenda-ledger.security.verified-credentials.maximum-size must be at "
                    + "least 1 (it is %d).").formatted(maximumSize));
        }
    }
}
