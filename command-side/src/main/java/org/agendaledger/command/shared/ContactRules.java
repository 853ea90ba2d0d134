package org.agendaledger.command.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.agendaledger.events.bureau.MemberContact;

/**
 * The rules for where a Bureau member and the secretariat are told: e-mail addresses in the form a mail server
 * accepts (one mailbox, {@code name@domain.org}, no display name, no list), each at most once across {@code to} and
 * {@code cc}; at least one address to send to; a language given as its two-letter ISO 639-1 code ({@code en},
 * {@code fr}, {@code es}, …); the member's own time zone, when given, stated as a meeting's is. Refused fields are
 * named as the request names them ({@code contact.to[0]}, {@code contact.language}, …).
 */
public final class ContactRules {

    /** The most addresses in {@code to}, and in {@code cc}. */
    public static final int ADDRESSES = 10;
    /** The longest address, in characters (RFC 5321's path limit). */
    public static final int ADDRESS_LENGTH = 254;
    /** The code of a command refused for a contact. */
    public static final String CODE = "INVALID_CONTACT";
    /** An address a mail server accepts: a dot-atom local part, a domain of at least two labels. */
    public static final String ADDRESS_FORM = "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";
    public static final String ADDRESS_MESSAGE = "Write one e-mail address such as delegation@mission.example.org "
            + "(no name, no list).";
    public static final String LANGUAGE_MESSAGE = "Give the language as its two-letter code, such as en or fr.";

    private static final Pattern ADDRESS = Pattern.compile(ADDRESS_FORM);
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private ContactRules() {
    }

    /** Whether the text is one e-mail address in the accepted form. */
    public static boolean validAddress(String address) {
        return address != null && address.length() <= ADDRESS_LENGTH && ADDRESS.matcher(address).matches();
    }

    /** Refuses a member's contact that breaks a rule; {@code null} (no contact kept) is allowed. */
    public static void require(MemberContact contact) {
        if (contact == null) {
            return;
        }
        InvalidFields.Collector refused = new InvalidFields.Collector(CODE);
        refused.check(!contact.to().isEmpty(), "contact.to", "Give at least one address to send the notices to.");
        refused.check(contact.to().size() <= ADDRESSES, "contact.to", "At most %d addresses.".formatted(ADDRESSES));
        refused.check(contact.cc().size() <= ADDRESSES, "contact.cc", "At most %d addresses.".formatted(ADDRESSES));
        Set<String> seen = new HashSet<>();
        addresses(refused, "contact.to", contact.to(), seen);
        addresses(refused, "contact.cc", contact.cc(), seen);
        refused.check(contact.language() == null || LANGUAGES.contains(contact.language()), "contact.language",
                LANGUAGE_MESSAGE);
        refused.check(contact.timeZone() == null || StatedTimeZone.valid(contact.timeZone()), "contact.timeZone",
                StatedTimeZone.SENTENCE);
        refused.throwIfAny();
    }

    /** Refuses a secretariat address that is not one e-mail address. */
    public static void requireSecretariatAddress(String address) {
        new InvalidFields.Collector(CODE).check(validAddress(address), "address", ADDRESS_MESSAGE).throwIfAny();
    }

    private static void addresses(InvalidFields.Collector refused, String field, List<String> addresses,
                                  Set<String> seen) {
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            String name = "%s[%d]".formatted(field, i);
            refused.check(validAddress(address), name, ADDRESS_MESSAGE);
            refused.check(address == null || seen.add(address.toLowerCase(Locale.ROOT)), name,
                    "This address is given twice.");
        }
    }
}
