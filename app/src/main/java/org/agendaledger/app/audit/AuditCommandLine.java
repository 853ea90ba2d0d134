package org.agendaledger.app.audit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar app.jar audit <subcommand> ...}: audit tools that run without the application, its database or
 * its server. {@code main} hands the arguments here before Spring starts; tests call {@link #run} the same way.
 * A new subcommand is one {@link AuditSubcommand} and one entry in {@link #SUBCOMMANDS}.
 */
public final class AuditCommandLine {

    public static final int OK = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;

    static final String AUDIT = "audit";

    private static final Map<String, AuditSubcommand> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("verify", new OfflineVerification());
        SUBCOMMANDS.put("replay", new OfflineReplay());
    }

    private AuditCommandLine() {
    }

    /** Whether the command line asks for an audit tool rather than the application. */
    public static boolean wanted(String[] args) {
        return args.length > 0 && AUDIT.equals(args[0]);
    }

    /**
     * Runs the audit subcommand the arguments name ({@code audit verify export.jsonl}), reporting to {@code out}.
     *
     * @return the exit code: {@link #OK}, {@link #BROKEN} when the audit found a problem, {@link #USAGE} for
     *         arguments it does not understand or input it cannot read
     */
    public static int run(String[] args, PrintStream out) {
        if (!wanted(args) || args.length < 2) {
            return usage(out, null);
        }
        AuditSubcommand subcommand = SUBCOMMANDS.get(args[1]);
        if (subcommand == null) {
            return usage(out, "Unknown audit command '%s'.".formatted(args[1]));
        }
        List<String> arguments = Arrays.asList(args).subList(2, args.length);
        return subcommand.run(arguments, out);
    }

    static int usage(PrintStream out, String problem) {
        if (problem != null) {
            out.println(problem);
        }
        out.println("Usage:");
        SUBCOMMANDS.forEach((name, subcommand) -> out.printf("  java -jar app.jar %s %s %s%n      %s%n", AUDIT, name,
                subcommand.arguments(), subcommand.summary()));
        out.println("Exit codes: 0 all verified, 1 problems found, 2 usage or unreadable input.");
        return USAGE;
    }
}
