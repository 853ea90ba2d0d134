package org.agendaledger.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are borne ({@code agenda-ledger.security.sign-in}, defaults in {@code application.yml}):
 * after {@code maxFailuresPerUser} failures for one user name, or {@code maxFailuresPerAddress} from one client
 * address, within {@code window}, further attempts for that name or from that address are refused for {@code lock},
 * twice as long at each further lock, at most {@code maxLock}.
 */
@ConfigurationProperties("agenda-ledger.security.sign-in")
record SignInLimits(int maxFailuresPerUser, int maxFailuresPerAddress, Duration window, Duration lock,
                    Duration maxLock) {

    SignInLimits {
        if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException(("agenda-ledger.security.sign-in.max-failures-per-user and "
                    + "max-failures-per-address must be at least 1 (they are %d and %d).")
                    .formatted(maxFailuresPerUser, maxFailuresPerAddress));
        }
        requirePositive("window", window);
        requirePositive("lock", lock);
        requirePositive("max-lock", maxLock);
        if (maxLock.compareTo(lock) < 0) {
            throw new IllegalArgumentException(("agenda-ledger.security.sign-in.max-lock (%s) cannot be shorter than "
                    + "lock (%s).").formatted(maxLock, lock));
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(("agenda-ledger.security.sign-in.%s must be a positive duration such "
                    + "as PT15M (it is %s).").formatted(name, value));
        }
    }

    /** How long the {@code nth} lock in a row lasts (the first is {@code lock}). */
    Duration lockNumber(int nth) {
        Duration length = lock;
        for (int i = 1; i < nth && length.compareTo(maxLock) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxLock) > 0 ? maxLock : length;
    }
}
