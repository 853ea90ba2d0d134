package org.agendaledger.command.importing;

import java.util.Arrays;
import java.util.List;

/**
 * One line of the read text as the readers see it.
 *
 * @param number    the line's number in the text, from 1
 * @param raw       the line as it was pasted
 * @param text      its words without the markup of a Markdown extraction ("#", "-" bullets, "**"), whitespace
 *                  collapsed
 * @param marked    whether the extraction marked it as a heading ("#" or bold throughout)
 * @param gapBefore whether blank lines or page furniture stand between it and the line read before it: a page
 *                  break or a paragraph break
 */
record SourceLine(int number, String raw, String text, boolean marked, boolean gapBefore) {

    /** Whether the line is a row of a table: its cells separated by tabs or by "|". */
    boolean tabular() {
        return raw.indexOf('\t') >= 0 || raw.strip().startsWith("|") && raw.strip().length() > 1;
    }

    /** The cells of a table row, each stripped of whitespace and bold markers; empty cells kept. */
    List<String> cells() {
        String row = raw.replace("**", "");
        if (row.indexOf('\t') >= 0) {
            return Arrays.stream(row.split("\t", -1)).map(String::strip).toList();
        }
        String piped = row.strip();
        piped = piped.substring(1, piped.endsWith("|") && piped.length() > 1 ? piped.length() - 1 : piped.length());
        return Arrays.stream(piped.split("\\|", -1)).map(String::strip).toList();
    }

    /** The same line with another text (a part of it read, the rest to read). */
    SourceLine withText(String other) {
        return new SourceLine(number, raw, other, marked, gapBefore);
    }
}
