package org.agendaledger.app.web;

import java.util.Optional;
import org.agendaledger.command.api.Actor;

/** The signed-in user as the pages show them: name, role, the Bureau member they act for, what they may do. */
record Viewer(String username, String role, String memberId) {

    static Optional<Viewer> current() {
        return Actor.current().filter(actor -> actor.role() != null)
                .map(actor -> new Viewer(actor.username(), actor.role(), actor.memberId()));
    }

    public boolean secretariat() {
        return "SECRETARIAT".equals(role);
    }

    public boolean bureauMember() {
        return "BUREAU_MEMBER".equals(role);
    }

    public boolean auditor() {
        return "AUDITOR".equals(role);
    }

    /** The role in words, for the header. */
    public String roleLabel() {
        return switch (role) {
            case "SECRETARIAT" -> "Secretariat";
            case "BUREAU_MEMBER" -> "Bureau member" + (memberId == null ? "" : " (" + memberId + ")");
            case "AUDITOR" -> "Auditor";
            default -> role;
        };
    }
}
