package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.List;
import org.agendaledger.events.meeting.DocumentationEntry;

/**
 * The annotations reader: the headings of the annotations matched back to the items and sub-items of the list
 * ("Item 1: Title", "1. Title", "(a) Title", in any case), and what stands under each heading — its paragraphs
 * (numbers taken off), the documents of a "Documentation" block, and its headed sections ("(i) Documentation",
 * "Background"). Where the text has a list, a numbered line heads an item only if its number and title are an
 * item's of the list, a labelled line heads a sub-item only if its label is one of the list's (and its title the
 * sub-item's, or it is the next one), and any other labelled or short line heads a section. A document that is
 * annotations only (an addendum) gets its items and sub-items from the headings themselves.
 */
final class AnnotationsReader {

    private static final String NO_ITEM_YET = "text of the annotations before the first item's heading";
    private static final String NO_SUCH_ITEM = "an annotation heading for an item the list does not have";
    private static final String NO_SUCH_SUB_ITEM = "an annotation heading for a sub-item the list does not have";
    private static final String UNDER_NO_ITEM = "text under a heading that matches no item of the list";

    /** A "Documentation" heading and the documents listed under it, a line held while its entry may go on. */
    private static final class Block {
        Draft owner;
        final String heading;
        final boolean plain;
        final int firstEntry;
        String pending;
        SourceLine pendingLine;

        Block(Draft owner, String heading, boolean plain) {
            this.owner = owner;
            this.heading = heading;
            this.plain = plain;
            this.firstEntry = owner.documentation.size();
        }
    }

    private final List<Draft> items;
    private final boolean listed;
    private final SourceText source;
    private final Numbering numbering;
    private final Leftovers leftovers;
    private final List<Draft> path = new ArrayList<>();
    private boolean itemWords;
    private boolean orphan;
    private Draft section;
    private Block block;
    /** The item, sub-item or section whose heading was the last line read, while its heading may go on. */
    private Draft headed;
    private SourceLine headedLine;
    private String headingText;
    private SourceLine current;
    private boolean headedFromList;

    /** Reads the annotations of the items of {@code list}, or, when it is empty, of the items the headings name. */
    AnnotationsReader(List<Draft> list, SourceText source, Numbering numbering, Leftovers leftovers) {
        this.items = new ArrayList<>(list);
        this.source = source;
        this.listed = !list.isEmpty();
        this.numbering = numbering;
        this.leftovers = leftovers;
    }

    List<Draft> read(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            if (headed != null && !line.gapBefore() && Character.isLowerCase(text.codePointAt(0))
                    && (headedLine.marked() || source.brokenBefore(headedLine, line)
                            || Structure.endsOnJoiningWord(headedLine.text()))
                    && (!headedFromList || Structure.sameTitle(headed.title, headingText + " " + text))) {
                // a heading the extraction broke over two lines; the list's title stands for a listed one
                headingText = headingText + " " + text;
                if (!headedFromList) {
                    headed.title = headed.label == null ? headed.title + " " + text
                            : Structure.listTitle(headed.title + " " + text);
                }
                headedLine = line;
                continue;
            }
            headed = null;
            current = line;
            Structure.ItemHeading heading = Structure.itemHeading(text);
            if (heading != null) {
                itemWords = true;
                String title = heading.title();
                if (title.isEmpty() && i + 1 < lines.size() && titleOnNextLine(heading, lines.get(i + 1))) {
                    current = lines.get(++i);
                    title = current.text();
                }
                openItem(heading.number(), heading.subLabel() == null ? title : null, line);
                if (!orphan && heading.subLabel() != null && !openSubItem(heading.subLabel(), title, line)) {
                    leftovers.add(line, NO_SUCH_SUB_ITEM);
                    orphan = true;
                }
                if (orphan && current != line) {
                    leftovers.add(current, NO_SUCH_ITEM);
                }
                continue;
            }
            String[] numbered = Structure.numbered(text);
            if (numbered != null && headsItem(numbered)) {
                openItem(Integer.parseInt(numbered[0]), numbered[1], line);
                continue;
            }
            String[] labelled = Structure.labelled(text);
            if (labelled != null && !path.isEmpty() && !orphan) {
                String title = labelled[1];
                if (openSubItem(labelled[0], title, line)) {
                    continue;
                }
                if (title.isEmpty() || Structure.headingLike(title)) {
                    openSection(text, Structure.isDocumentation(title));
                    continue;
                }
            }
            if (Structure.isDocumentation(text) && !path.isEmpty() && !orphan) {
                closeBlock();
                Draft owner = section != null ? section : path.get(path.size() - 1);
                block = new Block(owner, text, section == null);
                continue;
            }
            if (block != null && numbered == null && listed(lines, i)) {
                continue;
            }
            if ((line.marked() || unmarkedHeading(lines, i)) && !goesOn(line)) {
                if (path.isEmpty() || orphan) {
                    leftovers.add(line, orphan ? UNDER_NO_ITEM : NO_ITEM_YET);
                } else {
                    openSection(text, false);
                }
                continue;
            }
            paragraph(line, numbered);
        }
        closeBlock();
        return items;
    }

    /** The title a heading line prints, without its label ("Item 1:", "1.", "(a)"). */
    private static String headingText(String text) {
        Structure.ItemHeading item = Structure.itemHeading(text);
        if (item != null) {
            return item.title();
        }
        String[] numbered = Structure.numbered(text);
        if (numbered != null) {
            return numbered[1];
        }
        String[] labelled = Structure.labelled(text);
        return labelled != null ? labelled[1] : text;
    }

    /**
     * Whether the line after "Item 1" is its title: a short line that is no other heading, and — where the text has
     * a list — the listed item's title (or the heading names no item of the list, and its title goes with it).
     */
    private boolean titleOnNextLine(Structure.ItemHeading heading, SourceLine next) {
        String text = next.text();
        if (!Structure.headingLike(text) || Structure.numbered(text) != null || Structure.labelled(text) != null
                || Structure.itemHeading(text) != null || Structure.isDocumentation(text)) {
            return false;
        }
        Draft known = listed ? item(String.valueOf(heading.number())) : null;
        if (known == null || heading.subLabel() != null) {
            return true;
        }
        return Structure.sameTitle(known.title, text);
    }

    /** Whether a numbered line heads an item rather than being a numbered paragraph. */
    private boolean headsItem(String[] numbered) {
        if (listed) {
            Draft item = item(numbered[0]);
            return item != null && Structure.sameTitle(item.title, numbered[1]);
        }
        return !itemWords && Integer.parseInt(numbered[0]) == items.size() + 1
                && !Structure.endsSentence(numbered[1]) && Structure.words(numbered[1]) <= 30
                && !Structure.severalSentences(numbered[1]);
    }

    private Draft item(String number) {
        return items.stream().filter(i -> i.label.equals(number)).findFirst().orElse(null);
    }

    private void openItem(int number, String title, SourceLine line) {
        closeBlock();
        section = null;
        path.clear();
        Draft item;
        if (listed) {
            item = item(String.valueOf(number));
            if (item == null) {
                leftovers.add(line, NO_SUCH_ITEM);
                orphan = true;
                return;
            }
        } else {
            item = new Draft(String.valueOf(number), Structure.listTitle(title == null ? "" : title));
            items.add(item);
        }
        orphan = false;
        path.add(item);
        heading(item, listed);
    }

    private void heading(Draft draft, boolean fromList) {
        headed = draft;
        headedLine = current;
        headingText = headingText(current.text());
        headedFromList = fromList;
    }

    /**
     * Opens the sub-item a labelled heading names: with a list, one of the list's (same label, and the same title
     * or the next in order); without, a new one where its label is the next. False when it names none.
     */
    private boolean openSubItem(String label, String title, SourceLine line) {
        String bare = Structure.listTitle(title);
        if (Structure.isDocumentation(bare)) {
            return false;
        }
        if (listed) {
            for (int depth = 0; depth < path.size(); depth++) {
                for (Draft sub : path.get(depth).subItems) {
                    if (sub.label.equals(label) && Structure.sameTitle(sub.title, bare)) {
                        open(depth, sub);
                        return true;
                    }
                }
            }
            if (!bare.isEmpty() && !Structure.headingLike(bare)) {
                return false;
            }
            for (int depth = 0; depth < path.size(); depth++) {
                List<Draft> subs = path.get(depth).subItems;
                int next = depth + 1 < path.size() ? subs.indexOf(path.get(depth + 1)) + 1 : 0;
                if (next < subs.size() && subs.get(next).label.equals(label)) {
                    open(depth, subs.get(next));
                    return true;
                }
            }
            return false;
        }
        if (!bare.isEmpty() && !Structure.headingLike(bare)) {
            return false;
        }
        int depth = Labels.depthFor(path, label, false);
        if (depth < 0) {
            return false;
        }
        Draft sub = new Draft(label, bare);
        path.get(depth).subItems.add(sub);
        open(depth, sub);
        return true;
    }

    private void open(int depth, Draft sub) {
        closeBlock();
        section = null;
        path.subList(depth + 1, path.size()).clear();
        path.add(sub);
        heading(sub, listed);
    }

    private void openSection(String heading, boolean documentation) {
        closeBlock();
        section = Draft.section(heading);
        path.get(path.size() - 1).sections.add(section);
        heading(section, false);
        if (documentation) {
            block = new Block(section, heading, false);
        }
    }

    /**
     * Whether a short line without a label heads what follows: not when it stops on a joining word, nor when the
     * text was broken after it at its width (a paragraph's first line).
     */
    private boolean unmarkedHeading(List<SourceLine> lines, int i) {
        SourceLine line = lines.get(i);
        if (!Structure.headingLike(line.text()) || Structure.endsOnJoiningWord(line.text())) {
            return false;
        }
        return !(i + 1 < lines.size() && !lines.get(i + 1).gapBefore() && source.brokenBefore(line, lines.get(i + 1)));
    }

    /** Whether a short line goes on with the paragraph before it ("… held at the" / "Rixos Hotel …"). */
    private boolean goesOn(SourceLine line) {
        Paragraphs paragraphs = target() == null ? null : target().paragraphs;
        return paragraphs != null && paragraphs.open() && !line.gapBefore() && !line.marked()
                && Structure.endsOnJoiningWord(paragraphs.last());
    }

    private Draft target() {
        return section != null ? section : path.isEmpty() ? null : path.get(path.size() - 1);
    }

    /** Takes a line of a "Documentation" block as a document listed; false when it is none. */
    private boolean listed(List<SourceLine> lines, int i) {
        SourceLine line = lines.get(i);
        String candidate = block.pending == null ? line.text() : block.pending + " " + line.text();
        DocumentationEntry entry = Entries.parse(candidate);
        if (entry != null && !Structure.severalSentences(candidate)) {
            block.owner.documentation.add(entry);
            block.pending = null;
            block.pendingLine = null;
            return true;
        }
        if (block.pending == null && Entries.bareSymbol(candidate)) {
            leftovers.add(line, "a document listed without its title");
            return true;
        }
        boolean heading = block.pending == null && (line.marked() || unmarkedHeading(lines, i));
        if (!heading && !Structure.endsSentence(candidate) && Structure.words(candidate) <= 80
                && !Structure.severalSentences(candidate)) {
            // an entry the extraction broke over lines: held until its symbol comes
            if (block.pending == null) {
                block.pendingLine = line;
            }
            block.pending = candidate;
            return true;
        }
        flushPending();
        return false;
    }

    private void flushPending() {
        if (block != null && block.pending != null) {
            String pending = block.pending;
            SourceLine pendingLine = block.pendingLine;
            block.pending = null;
            block.pendingLine = null;
            paragraph(pendingLine.withText(pending), null);
        }
    }

    private void closeBlock() {
        flushPending();
        block = null;
    }

    private void paragraph(SourceLine line, String[] numbered) {
        if (path.isEmpty() || orphan) {
            leftovers.add(line, orphan ? UNDER_NO_ITEM : NO_ITEM_YET);
            return;
        }
        if (block != null) {
            flushPending();
            if (block.plain) {
                // a paragraph under a "Documentation" heading: the heading heads a section of its own
                Draft owner = block.owner;
                Draft documentation = Draft.section(block.heading);
                List<DocumentationEntry> moved = owner.documentation.subList(block.firstEntry,
                        owner.documentation.size());
                documentation.documentation.addAll(moved);
                moved.clear();
                owner.sections.add(documentation);
                section = documentation;
                block = new Block(documentation, block.heading, false);
            }
        }
        String text = numbered != null ? numbered[1] : line.text();
        if (target().paragraphs.add(line, text, numbered != null, source)) {
            numbering.paragraph(numbered != null);
        }
    }
}
