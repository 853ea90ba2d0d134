package org.agendaledger.command.meeting;

import java.util.List;
import org.agendaledger.command.shared.RuleViolation;

/**
 * What the first page of an issued provisional agenda states besides its symbol and date: under which distribution
 * it goes out ("Distr.: General") and in which of the meeting's languages it was written ("Original: English").
 * Both are the secretariat's to say; nothing is assumed.
 */
public final class AgendaIssue {

    /** The distributions a United Nations document is issued under, as printed after "Distr.:". */
    public static final List<String> DISTRIBUTIONS = List.of("General", "Limited", "Restricted");

    private AgendaIssue() {
    }

    /** Refuses a distribution that is not one of {@link #DISTRIBUTIONS} or a language the meeting does not use. */
    static void check(String distribution, String originalLanguage, List<String> meetingLanguages) {
        if (!DISTRIBUTIONS.contains(distribution)) {
            throw new RuleViolation("UNKNOWN_DISTRIBUTION", "A provisional agenda is issued under the distribution "
                    + "General, Limited or Restricted, not '%s'.".formatted(distribution));
        }
        if (!meetingLanguages.contains(originalLanguage)) {
            throw new RuleViolation("NOT_A_LANGUAGE_OF_THE_MEETING", ("The original language must be one of the "
                    + "meeting's languages (%s), not '%s'.").formatted(String.join(", ", meetingLanguages),
                            originalLanguage));
        }
    }
}
