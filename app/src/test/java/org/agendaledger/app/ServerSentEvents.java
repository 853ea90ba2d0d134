package org.agendaledger.app;

import java.util.ArrayList;
import java.util.List;

/** Reads the lines of a Server-Sent Events stream as the tests receive them. */
public final class ServerSentEvents {

    private ServerSentEvents() {
    }

    /** The events in the lines received so far, as (event name, data) pairs; unnamed ones are "message". */
    public static List<String[]> parse(List<String> lines) {
        List<String[]> events = new ArrayList<>();
        String name = "message";
        for (String line : List.copyOf(lines)) {
            if (line.startsWith("event:")) {
                name = line.substring("event:".length()).trim();
            } else if (line.startsWith("data:")) {
                events.add(new String[]{name, line.substring("data:".length())});
            } else if (line.isEmpty()) {
                name = "message";
            }
        }
        return events;
    }
}
