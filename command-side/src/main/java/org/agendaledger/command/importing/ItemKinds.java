package org.agendaledger.command.importing;

import java.util.regex.Pattern;
import org.agendaledger.events.meeting.ItemKind;

/**
 * The kind a read item is proposed with, from the words of its title that every United Nations agenda uses:
 * <ul>
 * <li>{@link ItemKind#ADOPTION_OF_REPORT}: "Adoption of the report", "Adoption of the draft report…", "Report on
 * the session", "Report of the meeting";</li>
 * <li>{@link ItemKind#OTHER_MATTERS}: "Other matters", "Any other business", "Other business";</li>
 * <li>{@link ItemKind#ORGANIZATIONAL}: "Opening of …", "Organizational matters", "Adoption of the agenda…",
 * "Organization of work", "Election of officers", "Credentials…", "Date and venue…", "Closure of …", "Closing
 * of …";</li>
 * <li>{@link ItemKind#SUBSTANTIVE}: every other item, the business of the meeting.</li>
 * </ul>
 * The secretariat reviews the proposal, and may change a kind before it imports it.
 */
final class ItemKinds {

    private static final Pattern REPORT = Pattern.compile(
            "^(?:consideration and )?adoption of (?:the )?(?:draft )?report\\b|^report (?:on|of) the (?:session|meeting|work)\\b"
                    + "|^adoption of (?:the )?report\\b");
    private static final Pattern OTHER = Pattern.compile("^(?:other matters|any other (?:business|matters)"
            + "|other business)\\b");
    private static final Pattern ORGANIZATIONAL = Pattern.compile("^(?:opening|organizational matters"
            + "|organization of (?:the )?work|adoption of (?:the )?agenda|election of|credentials|date and venue"
            + "|dates and venue|closure|closing of)\\b");

    private ItemKinds() {
    }

    static ItemKind of(String title) {
        String words = Structure.normal(title == null ? "" : title);
        if (REPORT.matcher(words).find()) {
            return ItemKind.ADOPTION_OF_REPORT;
        }
        if (OTHER.matcher(words).find()) {
            return ItemKind.OTHER_MATTERS;
        }
        if (ORGANIZATIONAL.matcher(words).find()) {
            return ItemKind.ORGANIZATIONAL;
        }
        return ItemKind.SUBSTANTIVE;
    }
}
