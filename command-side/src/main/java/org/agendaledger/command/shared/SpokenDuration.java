package org.agendaledger.command.shared;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A duration as a sentence says it: "72 hours", "1 hour and 30 minutes", "1 minute", "2.5 seconds". Hours are not
 * turned into days: a silence period is stated in hours.
 */
public final class SpokenDuration {

    private SpokenDuration() {
    }

    public static String of(Duration duration) {
        if (duration.isNegative()) {
            return "minus " + of(duration.negated());
        }
        List<String> parts = new ArrayList<>();
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        int nanos = duration.toNanosPart();
        if (hours > 0) {
            parts.add(counted(Long.toString(hours), hours == 1, "hour"));
        }
        if (minutes > 0) {
            parts.add(counted(Integer.toString(minutes), minutes == 1, "minute"));
        }
        if (seconds > 0 || nanos > 0) {
            String amount = BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros()
                    .toPlainString();
            parts.add(counted(amount, seconds == 1 && nanos == 0, "second"));
        }
        if (parts.isEmpty()) {
            return "0 seconds";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String counted(String amount, boolean one, String unit) {
        return amount + " " + unit + (one ? "" : "s");
    }
}
