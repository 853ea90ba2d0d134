package org.agendaledger.command.meeting;

import java.util.List;
import org.agendaledger.command.shared.RuleViolation;

/**
 * What the first page of an issued provisional agenda states besides its symbol and date: under which distribution
 * it goes out ("Distr.: General") and in which of the meeting's languages it was written ("Original: English") — or
 * that it is issued in that one language only ("English only"). Both are the secretariat's to say; nothing is
 * assumed.
 */
public final class AgendaIssue {

    /** The distributions a United Nations document is issued under, as printed after "Distr.:". */
    public static final List<String> DISTRIBUTIONS = List.of("General", "Limited", "Restricted");

    /** Added to a language, says the document is issued in that language only: "English only". */
    static final String ONLY = " only";

    private AgendaIssue() {
    }

    /** Refuses a distribution that is not one of {@link #DISTRIBUTIONS} or a language the meeting does not use. */
    static void check(String distribution, String originalLanguage, List<String> meetingLanguages) {
        if (!DISTRIBUTIONS.contains(distribution)) {
            throw new RuleViolation("UNKNOWN_DISTRIBUTION", "A provisional agenda is issued under the distribution "
                    + "General, Limited or Restricted, not '%s'.".formatted(distribution));
        }
        String language = originalLanguage != null && originalLanguage.endsWith(ONLY)
                ? originalLanguage.substring(0, originalLanguage.length() - ONLY.length())
                : originalLanguage;
        if (!meetingLanguages.contains(language)) {
            throw new RuleViolation("NOT_A_LANGUAGE_OF_THE_MEETING", ("The original language must be one of the "
                    + "meeting's languages (%s), or one of them followed by ' only', not '%s'.")
                    .formatted(String.join(", ", meetingLanguages),
                            originalLanguage));
        }
    }
}
