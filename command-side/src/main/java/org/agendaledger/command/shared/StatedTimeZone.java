package org.agendaledger.command.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The rule for the time zone a meeting and its deadlines are stated in: an IANA region such as Europe/Vienna, or
 * UTC. An offset (+02:00) or an abbreviation (GMT, CET) is refused: it does not follow the venue's summer time, so a
 * deadline stated in it would drift from the one the members read.
 */
public final class StatedTimeZone {

    /** The longest zone id accepted, in characters. */
    public static final int LONGEST = 64;
    /** The sentence that refuses any other zone. */
    public static final String SENTENCE = "Use an IANA time zone such as Europe/Vienna.";
    /** The code of a command refused for its zone alone. */
    public static final String CODE = "INVALID_TIME_ZONE";

    private StatedTimeZone() {
    }

    public static boolean valid(String zone) {
        if (zone == null || zone.length() > LONGEST) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return zone.contains("/") || "UTC".equals(zone);
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The instant of a local date and time stated in the zone; a zone that is none is refused (field timeZone). */
    public static Instant instant(LocalDateTime local, String zone) {
        require(zone);
        return local.atZone(ZoneId.of(zone)).toInstant();
    }

    /** Refuses a zone that is not one, as the field {@code timeZone}. */
    public static void require(String zone) {
        if (!valid(zone)) {
            throw new InvalidFields(CODE, Map.of("timeZone", SENTENCE));
        }
    }
}
