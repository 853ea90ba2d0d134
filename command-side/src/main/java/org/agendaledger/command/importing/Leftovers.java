package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The lines of a read text that no reader placed, collected as they are met and listed in the text's order. */
final class Leftovers {

    static final String PAGE_FURNITURE = "page furniture";

    private final List<Unplaced> lines = new ArrayList<>();

    void add(SourceLine line, String reason) {
        lines.add(new Unplaced(line.number(), line.raw().strip(), reason));
    }

    void furniture(SourceLine line) {
        add(line, PAGE_FURNITURE);
    }

    List<Unplaced> inOrder() {
        return lines.stream().sorted(Comparator.comparingInt(Unplaced::line)).toList();
    }
}
