package org.agendaledger.command.api;

import java.util.UUID;

/** Ids given by the client are kept; missing ones are generated with a readable prefix. */
public final class Ids {

    /** The shape of every id the API accepts. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private Ids() {
    }

    public static String orNew(String given, String prefix) {
        return given != null && !given.isBlank() ? given : prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
