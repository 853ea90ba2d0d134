package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The list reader: the provisional agenda's list of items — "1." lines with their titles, sub-items "(a)" and deeper
 * "(i)", "(A)" — with the paragraphs under the list's heading before it ("The provisional agenda … is as follows:").
 * A numbered line is an item only where its number is the next item's ("2. The provisional agenda…" before item 1
 * is a paragraph); a sub-item's label must be the next at its level. The list's punctuation (":" before sub-items,
 * ";" between them, "." at the end) is taken off the titles, as the document adds it back. The list ends at the
 * first line that is none of these; that line and those after it are handed back.
 */
final class ListReader {

    /** The items read, the paragraphs before them, and the lines after the list. */
    record Result(List<Draft> items, Paragraphs introduction, List<SourceLine> rest) {
    }

    private final Numbering numbering;
    private final SourceText source;

    ListReader(Numbering numbering, SourceText source) {
        this.numbering = numbering;
        this.source = source;
    }

    /** The index of the first line of a list among lines that may have paragraphs before it, or -1. */
    static int start(List<SourceLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String[] first = Structure.numbered(lines.get(i).text());
            if (first != null && first[0].equals("1") && titleLike(first[1])) {
                String next = lines.get(i + 1).text();
                String[] second = Structure.numbered(next);
                String[] sub = Structure.labelled(next);
                if (second != null && second[0].equals("2") && titleLike(second[1])
                        || sub != null && sub[0].equals("(a)")) {
                    return i;
                }
            }
        }
        return -1;
    }

    Result read(List<SourceLine> lines) {
        List<Draft> items = new ArrayList<>();
        Paragraphs introduction = new Paragraphs();
        List<Draft> path = new ArrayList<>();
        String firstItemLine = null;
        SourceLine firstItemSource = null;
        String lastLine = "";
        int i = 0;
        for (; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            String[] numbered = Structure.numbered(text);
            String[] labelled = Structure.labelled(text);
            if (numbered != null) {
                int number = Integer.parseInt(numbered[0]);
                if (number == 1 && items.size() == 1 && items.get(0).subItems.isEmpty()) {
                    // a second "1.": the first was a numbered paragraph before the list, not its first item
                    paragraph(introduction, Structure.numbered(firstItemLine)[1], firstItemSource, true);
                    items.clear();
                }
                if (number == items.size() + 1 && titleLike(numbered[1])) {
                    Draft item = new Draft(numbered[0], Structure.listTitle(numbered[1]));
                    if (items.isEmpty()) {
                        firstItemLine = text;
                        firstItemSource = line;
                    }
                    items.add(item);
                    path.clear();
                    path.add(item);
                    lastLine = text;
                    continue;
                }
                if (items.isEmpty()) {
                    paragraph(introduction, numbered[1], line, true);
                    continue;
                }
                break;
            }
            if (items.isEmpty()) {
                paragraph(introduction, text, line, false);
                continue;
            }
            if (labelled != null) {
                int depth = Labels.depthFor(path, labelled[0], lastLine.endsWith(":"));
                if (depth < 0) {
                    break;
                }
                Draft sub = new Draft(labelled[0], Structure.listTitle(labelled[1]));
                path.get(depth).subItems.add(sub);
                path.subList(depth + 1, path.size()).clear();
                path.add(sub);
                lastLine = text;
                continue;
            }
            // a title the extraction broke over two lines
            if (!Structure.endsSentence(lastLine) && (Character.isLowerCase(text.codePointAt(0))
                    || Structure.endsOnJoiningWord(lastLine))) {
                Draft entry = path.get(path.size() - 1);
                entry.title = Structure.listTitle(entry.title + " " + text);
                lastLine = lastLine + " " + text;
                continue;
            }
            break;
        }
        return new Result(items, introduction, List.copyOf(lines.subList(i, lines.size())));
    }

    private void paragraph(Paragraphs paragraphs, String text, SourceLine line, boolean withNumber) {
        if (paragraphs.add(line, text, withNumber, source)) {
            numbering.paragraph(withNumber);
        }
    }

    /** A text that can be an item's title in the list: one sentence at most, not a page long. */
    static boolean titleLike(String text) {
        return Structure.words(text) <= 60 && !Structure.severalSentences(text);
    }
}
