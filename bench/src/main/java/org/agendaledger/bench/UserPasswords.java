package org.agendaledger.bench;

import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * How a benchmark node's users' passwords are stored and checked: as given ({@code {noop}}, every other figure, so
 * that the load measures the commands and not the password hash), or encoded with bcrypt at cost 10 as in
 * production, with the application's verified-credentials cache switched off ({@code ttl} {@code PT0S}: bcrypt on
 * every request) or at its default. Each user's password is encoded with a salt of its own, as an operator would.
 */
enum UserPasswords {

    NOOP("`{noop}`, as in every other figure", List.of()),
    BCRYPT_UNCACHED("`{bcrypt}` cost 10, verified-credentials cache off (`ttl: PT0S`)",
            List.of("--agenda-ledger.security.verified-credentials.ttl=PT0S")),
    BCRYPT_CACHED("`{bcrypt}` cost 10, verified-credentials cache at its default (`ttl: PT5M`)", List.of());

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(10);

    private final String label;
    private final List<String> options;

    UserPasswords(String label, List<String> options) {
        this.label = label;
        this.options = options;
    }

    /** The password as the node's configuration holds it, in Spring Security's encoded form. */
    String encoded(String password) {
        return this == NOOP ? "{noop}" + password : "{bcrypt}" + BCRYPT.encode(password);
    }

    /** The node's options besides the users, for this way of checking passwords. */
    List<String> options() {
        return options;
    }

    /** How the report names it. */
    String label() {
        return label;
    }
}
