package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnexKind;
import org.agendaledger.events.meeting.DocumentationEntry;

/**
 * The annex reader: an annex's title (on its heading's line or the short line after it), its paragraphs, and its
 * table (rows of cells separated by tabs or "|", the first row the column headings).
 * <p>
 * A table is kept as it stands, as a {@link AnnexKind#TEXT} annex with an {@link Annex.AnnexTable} holding every row
 * exactly — the proposed organization of work too: its rows are the meeting's plan (the plenary slots and what is
 * assigned to them), which the ledger keeps apart from the document, so the generated annex would print the
 * ledger's slots, not the text's; kept as a table, nothing of the text is lost and the document prints the rows as
 * they were. A list of documents whose every document is one the annotations list becomes the generated
 * {@link AnnexKind#LIST_OF_DOCUMENTS}; a list of other documents, one per line, becomes a table of symbols and
 * titles.
 */
final class AnnexReader {

    /** The columns of a list of documents, as every list of documents of the system heads them. */
    private static final List<String> DOCUMENT_COLUMNS = List.of("Symbol", "Title");

    Annex read(String headingTitle, List<SourceLine> lines, Set<String> documented) {
        String title = headingTitle;
        int start = 0;
        if (title == null && !lines.isEmpty() && !lines.get(0).tabular()
                && (lines.get(0).marked() || Structure.headingLike(lines.get(0).text()))) {
            title = lines.get(0).text();
            start = 1;
        }
        int lastRow = -1;
        for (int i = start; i < lines.size(); i++) {
            if (lines.get(i).tabular()) {
                lastRow = i;
            }
        }
        Paragraphs paragraphs = new Paragraphs();
        List<List<String>> rows = new ArrayList<>();
        List<DocumentationEntry> entries = new ArrayList<>();
        boolean allEntries = true;
        int plain = 0;
        for (int i = start; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.tabular()) {
                rows.add(line.cells());
            } else if (!rows.isEmpty() && i < lastRow) {
                // a row whose tabs the extraction lost, between rows that kept theirs
                rows.add(List.of(line.text()));
            } else {
                plain++;
                DocumentationEntry entry = Entries.parse(line.text());
                if (entry == null) {
                    allEntries = false;
                } else {
                    entries.add(entry);
                }
                paragraphs.add(line, line.text(), false, null);
            }
        }
        if (!rows.isEmpty()) {
            // the first row heads the columns, unless it is already a row of documents the annotations list
            if (documentsOnly(rows, documented)) {
                return new Annex(AnnexKind.LIST_OF_DOCUMENTS, title, paragraphs.texts(), null);
            }
            List<String> columns = rows.get(0);
            List<List<String>> body = rows.subList(1, rows.size()).stream().map(r -> fitted(r, columns.size()))
                    .toList();
            if (documentsOnly(body, documented)) {
                return new Annex(AnnexKind.LIST_OF_DOCUMENTS, title, paragraphs.texts(), null);
            }
            return new Annex(AnnexKind.TEXT, title, paragraphs.texts(), new Annex.AnnexTable(columns, body));
        }
        if (plain > 0 && allEntries) {
            if (entries.stream().allMatch(e -> documented.contains(e.symbol()))) {
                return new Annex(AnnexKind.LIST_OF_DOCUMENTS, title, List.of(), null);
            }
            return new Annex(AnnexKind.TEXT, title, List.of(), new Annex.AnnexTable(DOCUMENT_COLUMNS,
                    entries.stream().map(e -> List.of(e.symbol(), e.title())).toList()));
        }
        return new Annex(AnnexKind.TEXT, title, paragraphs.texts(), null);
    }

    /** A row with as many cells as the table has columns: missing ones empty, empty ones beyond them dropped. */
    private static List<String> fitted(List<String> row, int columns) {
        List<String> cells = new ArrayList<>(row);
        while (cells.size() < columns) {
            cells.add("");
        }
        while (cells.size() > columns && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** Whether one column of the rows holds a symbol in every row, each a document the annotations list. */
    private static boolean documentsOnly(List<List<String>> rows, Set<String> documented) {
        if (rows.isEmpty() || documented.isEmpty()) {
            return false;
        }
        int width = rows.stream().mapToInt(List::size).min().orElse(0);
        for (int column = 0; column < width; column++) {
            int c = column;
            if (rows.stream().allMatch(r -> Vocabulary.isSymbol(r.get(c)) && documented.contains(r.get(c)))) {
                return true;
            }
        }
        return false;
    }
}
