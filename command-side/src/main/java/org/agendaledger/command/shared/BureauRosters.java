package org.agendaledger.command.shared;

import java.util.List;
import org.agendaledger.events.silence.Addressee;

/** The members of a Bureau at this moment: the addressees a silence procedure is frozen with. */
public interface BureauRosters {

    List<Addressee> currentMembers(String bureauId);
}
