package org.agendaledger.command.api;

import java.util.UUID;

/** Ids given by the client are kept; missing ones are generated with a readable prefix. */
public final class Ids {

    /** The shape of every id the API accepts: 1 to 64 ASCII letters, digits, '.', '_' or '-'. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    /** The longest id. */
    public static final int MAX_LENGTH = 64;

    /** What a refused id is told, in the API and on the pages alike. */
    public static final String MESSAGE = "Use letters, digits, '.', '_' or '-' (1 to 64 characters, starting with a "
            + "letter or a digit).";

    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    private Ids() {
    }

    public static boolean valid(String id) {
        return id != null && COMPILED.matcher(id).matches();
    }

    public static String orNew(String given, String prefix) {
        return given != null && !given.isBlank() ? given : prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
