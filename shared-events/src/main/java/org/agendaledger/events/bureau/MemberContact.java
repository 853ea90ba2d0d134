package org.agendaledger.events.bureau;

import java.util.List;

/**
 * Where and how a Bureau member is told of silence procedures: the e-mail addresses the notices go to and those
 * copied, the language of the messages (a code such as {@code en} or {@code fr}), the member's time zone (an IANA
 * zone such as {@code Europe/Vienna}) in which deadlines are also given, and whether the member takes one daily
 * digest instead of single messages.
 */
public record MemberContact(List<String> to, List<String> cc, String language, String timeZone, boolean digest) {

    public MemberContact {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }

    /** Whether a notice can reach the member at all. */
    public boolean reachable() {
        return !to.isEmpty();
    }
}
