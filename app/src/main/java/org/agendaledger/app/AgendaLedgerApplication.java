package org.agendaledger.app;

import org.agendaledger.app.audit.AuditCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Agenda Ledger: both sides, storage, security and the real story, in one application. */
@SpringBootApplication(scanBasePackages = "org.agendaledger")
public class AgendaLedgerApplication {

    public static void main(String[] args) {
        // the audit tools check exported files on any machine: they need neither Spring nor a database
        if (AuditCommandLine.wanted(args)) {
            System.exit(AuditCommandLine.run(args, System.out));
        }
        // a secretariat's system does not report usage to third parties unless its operator opts in
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(AgendaLedgerApplication.class, args);
    }
}
