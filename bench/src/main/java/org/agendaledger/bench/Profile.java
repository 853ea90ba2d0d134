package org.agendaledger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a node spent its CPU under the command mix, from the Java Flight Recorder's execution samples of its run
 * ({@code -Dbench.profile=true}): the share of samples in which each of the application's, Axon's, the database
 * driver's and the web server's code was running, counting each area once per sample, and the methods most often on
 * top of the stack.
 */
final class Profile {

    /** Areas of code, by the package prefix of a frame; the first that matches a frame names it. */
    private static final List<String[]> AREAS = List.of(
            new String[]{"org.agendaledger.app.audit.", "hash chain and audit (app.audit)"},
            new String[]{"org.agendaledger.command.", "command side (aggregates, rules, controllers)"},
            new String[]{"org.agendaledger.query.", "read models (query side)"},
            new String[]{"org.agendaledger.", "the application's other code"},
            new String[]{"org.axonframework.eventhandling.pooled.", "Axon's pooled streaming processors"},
            new String[]{"org.axonframework.eventsourcing.", "Axon's event sourcing (aggregate loading, store)"},
            new String[]{"org.axonframework.", "Axon's other code"},
            new String[]{"org.postgresql.", "the PostgreSQL driver"},
            new String[]{"org.h2.", "H2"},
            new String[]{"com.zaxxer.hikari.", "the connection pool"},
            new String[]{"org.springframework.security.", "Spring Security"},
            new String[]{"tools.jackson.", "Jackson (serialization)"},
            new String[]{"org.apache.catalina.", "Tomcat"},
            new String[]{"org.apache.coyote.", "Tomcat"},
            new String[]{"org.springframework.", "Spring's other code"});

    private Profile() {
    }

    /** The profile as Markdown: areas by share of samples, then the hottest top-of-stack methods. */
    static String markdown(Path recording) throws IOException {
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> tops = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            jdk.jfr.consumer.RecordedThread thread = event.getThread("sampledThread");
            String threadName = thread == null || thread.getJavaName() == null ? "(native)" : thread.getJavaName();
            threads.merge(threadName.replaceAll("[-#]?\\d+", "-n").replaceAll("(-n)+", "-n"), 1, Integer::sum);
            RecordedFrame top = stack.getFrames().get(0);
            tops.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RecordedFrame frame : stack.getFrames()) {
                String type = frame.getMethod().getType().getName();
                for (String[] area : AREAS) {
                    if (type.startsWith(area[0])) {
                        seen.add(area[1]);
                        break;
                    }
                }
            }
            seen.forEach(area -> areas.merge(area, 1, Integer::sum));
        }
        StringBuilder md = new StringBuilder();
        md.append("%d execution samples of the node's threads.%n%n".formatted(samples));
        md.append("| code (in the stack of a sample) | share of samples |\n|---|---|\n");
        for (Map.Entry<String, Integer> area : sorted(areas, 12)) {
            md.append("| %s | %s |%n".formatted(area.getKey(), share(area.getValue(), samples)));
        }
        md.append("\n| threads (numbers as n) | share of samples |\n|---|---|\n");
        for (Map.Entry<String, Integer> kind : sorted(threads, 10)) {
            md.append("| `%s` | %s |%n".formatted(kind.getKey(), share(kind.getValue(), samples)));
        }
        md.append("\n| method on top of the stack | share of samples |\n|---|---|\n");
        for (Map.Entry<String, Integer> top : sorted(tops, 12)) {
            md.append("| `%s` | %s |%n".formatted(top.getKey(), share(top.getValue(), samples)));
        }
        return md.toString();
    }

    private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts, int limit) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    private static String share(int count, int samples) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * count / Math.max(1, samples));
    }
}
