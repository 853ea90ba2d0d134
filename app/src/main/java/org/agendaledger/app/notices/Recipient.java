package org.agendaledger.app.notices;

import java.util.List;

/**
 * Who a notice goes to: an addressee of the procedure ({@code memberId} set) or the secretariat's copy
 * ({@code memberId} null), with the addresses, the language of the message and the time zone the deadline is also
 * given in ({@code null}: only the meeting's). No address in {@code to}: the recipient cannot be told.
 */
record Recipient(String memberId, String displayName, List<String> to, List<String> cc, String language,
                 String timeZone, boolean digest) {

    Recipient {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }

    static Recipient secretariat(String address) {
        return new Recipient(null, "Secretariat", List.of(address), List.of(), "en", null, false);
    }

    boolean reachable() {
        return !to.isEmpty();
    }

    /** The key of the recipient in a notice's id. */
    String key() {
        return memberId == null ? "secretariat" : "member:" + memberId;
    }
}
