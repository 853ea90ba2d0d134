package org.agendaledger.app;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A text as a copy from a printed page gives it: every line longer than the page is wide broken at the last space
 * that fits, the markup ("#", "-") on its first part only; the rows of a table stay whole.
 */
public final class PrintedLines {

    private PrintedLines() {
    }

    public static String broken(String text, int width) {
        return text.lines().map(line -> brokenLine(line, width)).collect(Collectors.joining("\n"));
    }

    private static String brokenLine(String line, int width) {
        if (line.indexOf('\t') >= 0 || line.length() <= width) {
            return line;
        }
        List<String> parts = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int at = rest.lastIndexOf(' ', width);
            if (at <= 0) {
                break;
            }
            parts.add(rest.substring(0, at));
            rest = rest.substring(at + 1);
        }
        parts.add(rest);
        return String.join("\n", parts);
    }
}
