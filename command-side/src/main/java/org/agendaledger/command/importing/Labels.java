package org.agendaledger.command.importing;

import java.util.List;
import java.util.Locale;

/**
 * The labels of the levels below the items, as the documents print them: "(a)", "(b)"… for sub-items, "(i)",
 * "(ii)"… one level deeper, "(A)", "(B)"… below that, in the same sequence as the document renderer numbers them
 * ("(z)" is followed by "(aa)").
 */
final class Labels {

    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
            "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};

    private Labels() {
    }

    /** The label of the {@code index}th entry at {@code level} (0 is the sub-items of an item). */
    static String at(int level, int index) {
        return switch (level) {
            case 0 -> "(" + letters(index) + ")";
            case 1 -> "(" + (index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1)) + ")";
            case 2 -> "(" + letters(index).toUpperCase(Locale.ROOT) + ")";
            default -> "(" + (index + 1) + ")";
        };
    }

    /**
     * Where a new entry labelled {@code label} goes on the open path (the item, then the last sub-item of each
     * level): the index of the entry on the path whose next label it is, or -1. Where two could take it ("(i)" after
     * "(h)": the ninth sub-item, or the first below "(h)"), the shallower takes it unless the line before announced
     * deeper entries ({@code deeper}, as a list line ending with ":" does).
     */
    static int depthFor(List<Draft> path, String label, boolean deeper) {
        int last = path.size() - 1;
        if (deeper && at(last, path.get(last).subItems.size()).equals(label)) {
            return last;
        }
        for (int depth = 0; depth <= last; depth++) {
            if (at(depth, path.get(depth).subItems.size()).equals(label)) {
                return depth;
            }
        }
        return -1;
    }

    /** The part of an id a label gives: "(a)" → "a", "(ii)" → "ii". */
    static String idPart(String label) {
        return label.replaceAll("[^A-Za-z0-9]", "");
    }

    private static String letters(int index) {
        return String.valueOf((char) ('a' + index % 26)).repeat(index / 26 + 1);
    }
}
