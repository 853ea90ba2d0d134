package org.agendaledger.events.meeting;

import java.util.List;

/**
 * An annex of the document, in the order annexes are printed. The generated kinds take their rows from the agenda;
 * a title, when given, replaces the house style's ("Proposed organization of work"); paragraphs and a table are the
 * contents of a {@link AnnexKind#TEXT} annex (and may introduce a generated one).
 */
public record Annex(AnnexKind kind, String title, List<String> paragraphs, AnnexTable table) {

    public Annex {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** A table of a free annex: column headings and rows of cells. */
    public record AnnexTable(List<String> columns, List<List<String>> rows) {

        public AnnexTable {
            columns = columns == null ? List.of() : List.copyOf(columns);
            rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        }
    }
}
