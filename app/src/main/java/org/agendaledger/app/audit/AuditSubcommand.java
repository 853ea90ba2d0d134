package org.agendaledger.app.audit;

import java.io.PrintStream;
import java.util.List;

/** One {@code audit} subcommand of the application's command line. */
interface AuditSubcommand {

    /** Its arguments as the usage text shows them, e.g. {@code <file.jsonl>}. */
    String arguments();

    /** What it does, in one line. */
    String summary();

    /** Runs with the arguments after its name; returns the process's exit code. */
    int run(List<String> arguments, PrintStream out);
}
