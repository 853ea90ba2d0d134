package org.agendaledger.command.shared;

import java.util.List;
import org.agendaledger.events.silence.Addressee;

/**
 * The members of a Bureau at this moment with their contacts, the addressees a silence procedure is frozen with, and
 * the secretariat's address it copies.
 */
public interface BureauRosters {

    List<Addressee> currentMembers(String bureauId);

    /** The secretariat's address the Bureau holds for copies and replies; {@code null} when none is set. */
    String secretariatAddress(String bureauId);
}
