package org.agendaledger.command.bureau;

import java.util.List;
import org.agendaledger.command.shared.BureauRosters;
import org.agendaledger.events.silence.Addressee;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** The Bureaus' current members, read from the {@link Bureau} aggregate in the caller's unit of work. */
@Component
public class BureauRoster implements BureauRosters {

    private final Repository<Bureau> bureaus;

    public BureauRoster(Repository<Bureau> bureaus) {
        this.bureaus = bureaus;
    }

    @Override
    public List<Addressee> currentMembers(String bureauId) {
        return bureaus.load(bureauId).invoke(Bureau::currentMembers);
    }

    @Override
    public String secretariatAddress(String bureauId) {
        return bureaus.load(bureauId).invoke(Bureau::secretariatAddress);
    }
}
