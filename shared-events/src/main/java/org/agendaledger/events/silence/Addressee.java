package org.agendaledger.events.silence;

import org.agendaledger.events.bureau.MemberContact;

/**
 * A member of the Bureau to whom a silence procedure was circulated, frozen at circulation with the contact the
 * Bureau held for the member then ({@code null} when none was kept).
 */
public record Addressee(String memberId, String displayName, MemberContact contact) {

    public Addressee(String memberId, String displayName) {
        this(memberId, displayName, null);
    }
}
