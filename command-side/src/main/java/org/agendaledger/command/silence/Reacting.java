package org.agendaledger.command.silence;

import org.agendaledger.command.shared.InvalidFields;
import org.agendaledger.command.shared.NotPermitted;
import org.agendaledger.events.EventMetaData;
import org.agendaledger.events.silence.Channel;

/**
 * Whose reaction to a proposal a command records and how it reached the secretariat, judged on who sends it (the
 * command's {@link EventMetaData#ROLE} and {@link EventMetaData#MEMBER_ID}):
 * <ul>
 * <li>a Bureau member reacts only as themselves, online, without a reference: a member named must be the one they
 *     act as, and none named means them;</li>
 * <li>the secretariat records a reaction received off-line, naming the member, the channel (letter, e-mail, note
 *     verbale) and a reference to the letter or message;</li>
 * <li>a command sent by nobody signed in (no role, or the process's) is judged by its channel alone: it names the
 *     member, an off-line reaction has its reference and an online one none.</li>
 * </ul>
 *
 * @param byTheMember whether the member sent it themselves (a member may not react to what was not circulated to
 *                    them at all, where the secretariat is told that the member was not an addressee)
 */
record Reacting(String memberId, Channel channel, String reference, boolean byTheMember) {

    /** The code of a reaction refused for its fields. */
    static final String INVALID = "INVALID_REACTION";

    static Reacting judged(String role, String actingMember, String memberId, Channel channel, String reference) {
        if (EventMetaData.BUREAU_MEMBER_ROLE.equals(role)) {
            return byMember(actingMember, memberId, channel, reference);
        }
        boolean recordedBySecretariat = role != null && !EventMetaData.SYSTEM_ROLE.equals(role);
        boolean offLine = channel != null && channel != Channel.ONLINE;
        InvalidFields.Collector refused = new InvalidFields.Collector(INVALID)
                .check(!blank(memberId), "memberId", "Name the member whose reaction you are recording.");
        if (recordedBySecretariat) {
            refused.check(offLine, "channel", "Say how the reaction was received: LETTER, EMAIL or NOTE_VERBALE.");
        } else {
            refused.check(channel != null, "channel",
                    "Say how the reaction was received: ONLINE, LETTER, EMAIL or NOTE_VERBALE.");
        }
        if (recordedBySecretariat || offLine) {
            refused.check(!blank(reference), "reference",
                    "Identify the letter or message, e.g. \"letter of 28 April 2020\".");
        } else {
            refused.check(reference == null, "reference", "An online reaction has no reference; leave it out.");
        }
        refused.throwIfAny();
        return new Reacting(memberId, channel, reference, false);
    }

    private static Reacting byMember(String actingMember, String memberId, Channel channel, String reference) {
        if (actingMember == null) {
            throw new NotPermitted("NOT_ACTING_FOR_A_MEMBER",
                    "This user acts for no Bureau member, so it cannot react to a proposal.");
        }
        if (!blank(memberId) && !memberId.equals(actingMember)) {
            throw new NotPermitted("NOT_AS_THEMSELVES", "A Bureau member can only react to a proposal as themselves.");
        }
        // how a letter came, and its reference, are the secretariat's to record
        new InvalidFields.Collector(INVALID)
                .check(channel == null || channel == Channel.ONLINE, "channel",
                        "A Bureau member reacts online; leave the channel out.")
                .check(reference == null, "reference",
                        "Only the secretariat records the reference of a letter or message; leave it out.")
                .throwIfAny();
        return new Reacting(actingMember, Channel.ONLINE, null, true);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
