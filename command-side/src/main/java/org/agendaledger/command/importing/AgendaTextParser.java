package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.SubItemContent;

/**
 * Reads the plain text of an annotated provisional agenda, as copied from a document of the United Nations system,
 * into the ledger's {@link AgendaDocument}: a proposal the secretariat reviews before it imports it. The first page
 * gives the masthead, the issue's lines ({@link IssueSuggestion}) and the opening lines; the body its introduction,
 * its list of items, the annotations of each item and sub-item (paragraphs, documentation, headed sections), its
 * annexes and its footnotes. Whatever could not be placed is listed with its line and the reason, never dropped:
 * blank lines and page furniture (page numbers, running headers and footers, "/...", rules) as "page furniture".
 * <p>
 * The reading follows the layouts of the system's documents, not any one body's wording: the words it knows are the
 * generic ones of United Nations documents ("Distr.", "Original", "Item", "Annex", "Documentation", "provisional
 * agenda", "Note by"…). A pure function: the same text gives the same proposal, and nothing is read or stored.
 */
public final class AgendaTextParser {

    private static final String OTHER_CHAPTER = "a chapter that is none of the introduction, the list of items, the "
            + "annotations and the annexes";
    private static final String AFTER_LIST = "text after the list of items, before the annotations";

    public ParsedAgenda parse(String text) {
        Leftovers leftovers = new Leftovers();
        SourceText source = SourceText.read(text == null ? "" : text, leftovers);
        List<SourceLine> lines = source.lines();
        MastheadReader.FrontMatter front = new MastheadReader(leftovers).read(lines);
        List<SourceLine> after = lines.subList(front.end(), lines.size());
        String jobNumber = front.jobNumber() != null ? front.jobNumber()
                : source.footerJobNumber() != null ? source.footerJobNumber()
                : after.stream().map(SourceLine::text).filter(Vocabulary::isJobNumber).findFirst().orElse(null);
        List<SourceLine> body = withoutRunningLines(after, front, jobNumber, leftovers);
        Footnotes footnotes = new Footnotes();
        body = footnotes.takeOut(body);

        Numbering numbering = new Numbering();
        Body read = body(Chapters.split(body), source, numbering, leftovers);
        ListReader.Result list = read.list;
        List<SourceLine> annotationLines = read.annotationLines;
        List<Draft> listed = list == null ? List.of() : list.items();
        if (list != null && !list.rest().isEmpty()) {
            if (annotationLines == null) {
                // the annotations follow the list without a heading ("1. Opening of the session" again)
                annotationLines = list.rest();
            } else {
                list.rest().forEach(l -> leftovers.add(l, AFTER_LIST));
            }
        }
        List<Draft> drafts = new AnnotationsReader(listed, source, numbering, leftovers)
                .read(annotationLines == null ? List.of() : annotationLines);
        List<AgendaItemContent> items = items(drafts);
        Set<String> documented = documented(items);
        List<Annex> annexes = read.annexes.isEmpty() ? null : read.annexes.stream()
                .map(c -> new AnnexReader().read(c.annexTitle, c.lines, documented)).toList();

        String[] symbol = front.symbol() == null ? new String[3] : Vocabulary.splitSymbol(front.symbol());
        DocumentParts parts = new DocumentParts(null, front.masthead(), front.parentBody(), front.body(),
                front.sessionLine(), front.placeAndDates(), front.itemReference(), front.title(), front.subtitle(),
                symbol[1], symbol[2], jobNumber, listed.isEmpty() ? Boolean.FALSE : null, read.chapterHeadings,
                numbering.numberedParagraphs(), read.introductionHeading, read.agendaHeading, read.annotationsHeading,
                read.introduction.texts(), list == null ? List.of() : list.introduction().texts(), annexes, List.of());
        AgendaDocument document = footnotes.place(new AgendaDocument(parts, items), leftovers);
        IssueSuggestion issue = new IssueSuggestion(symbol[0], front.dateOfIssue(), front.distribution(),
                front.originalLanguage());
        return new ParsedAgenda(document, issue, leftovers.inOrder());
    }

    /** What the parts of the body hold, as the chapters are read in order. */
    private static final class Body {
        final Paragraphs introduction = new Paragraphs();
        final List<Chapters.Chapter> annexes = new ArrayList<>();
        String introductionHeading;
        String agendaHeading;
        String annotationsHeading;
        Boolean chapterHeadings;
        ListReader.Result list;
        List<SourceLine> annotationLines;
    }

    /**
     * Reads the introduction and the list, and sets the annotations' lines and the annexes aside for their readers;
     * a chapter that is no part of the document is unplaced.
     */
    private static Body body(List<Chapters.Chapter> chapters, SourceText source, Numbering numbering,
                             Leftovers leftovers) {
        Body body = new Body();
        boolean listChapter = chapters.stream().anyMatch(c -> c.part == Chapters.Part.LIST);
        for (Chapters.Chapter chapter : chapters) {
            if (chapter.heading != null && chapter.part != Chapters.Part.ANNEX) {
                body.chapterHeadings = chapter.numbered || Boolean.TRUE.equals(body.chapterHeadings);
            }
            switch (chapter.part) {
                case INTRODUCTION -> {
                    body.introductionHeading = chapter.heading != null ? chapter.heading : body.introductionHeading;
                    List<SourceLine> own = chapter.lines;
                    int start = listChapter ? -1 : ListReader.start(own);
                    if (start >= 0) {
                        // a list without a heading of its own, after the introduction's paragraphs
                        body.list = new ListReader(numbering, source).read(own.subList(start, own.size()));
                        own = own.subList(0, start);
                    }
                    own.forEach(l -> paragraph(body.introduction, l, numbering, source));
                }
                case LIST -> {
                    body.agendaHeading = chapter.heading;
                    body.list = new ListReader(numbering, source).read(chapter.lines);
                }
                case ANNOTATIONS -> {
                    body.annotationsHeading = chapter.heading;
                    body.annotationLines = chapter.lines;
                }
                case ANNEX -> body.annexes.add(chapter);
                case OTHER -> {
                    leftovers.add(chapter.headingLine, OTHER_CHAPTER);
                    chapter.lines.forEach(l -> leftovers.add(l, OTHER_CHAPTER));
                }
            }
        }
        return body;
    }

    /**
     * The running headers and footers of the pages after the first: the symbol, a job number on its own (the first
     * page's footer, when the first page itself does not give it, is the document's job number).
     */
    private static List<SourceLine> withoutRunningLines(List<SourceLine> lines, MastheadReader.FrontMatter front,
                                                        String jobNumber, Leftovers leftovers) {
        String base = front.symbol() == null ? null : Vocabulary.splitSymbol(front.symbol())[0];
        List<SourceLine> rest = new ArrayList<>();
        boolean gap = false;
        for (SourceLine line : lines) {
            String text = line.text();
            if (text.equals(front.symbol()) || text.equals(base) || text.equals(jobNumber)
                    || Vocabulary.isJobNumber(text)) {
                leftovers.furniture(line);
                gap = true;
                continue;
            }
            rest.add(gap ? new SourceLine(line.number(), line.raw(), text, line.marked(), true) : line);
            gap = false;
        }
        return rest;
    }

    private static void paragraph(Paragraphs paragraphs, SourceLine line, Numbering numbering, SourceText source) {
        String[] numbered = Structure.numbered(line.text());
        String text = numbered == null ? line.text() : numbered[1];
        if (paragraphs.add(line, text, numbered != null, source)) {
            numbering.paragraph(numbered != null);
        }
    }

    private static List<AgendaItemContent> items(List<Draft> drafts) {
        List<AgendaItemContent> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Draft draft : drafts) {
            String id = Ids.item(draft.label, ids);
            ids.add(id);
            List<SubItemContent> subItems = new ArrayList<>();
            for (Draft sub : draft.subItems) {
                subItems.add(sub.toSubItem(Ids.child(id, sub.label, subItems.stream()
                        .map(SubItemContent::subItemId).toList())));
            }
            items.add(new AgendaItemContent(id, ItemKinds.of(draft.title), draft.title, draft.paragraphs.texts(),
                    draft.documentation, subItems, draft.sections()));
        }
        return items;
    }

    /** The symbols of every document listed under an item, a sub-item or a section. */
    private static Set<String> documented(List<AgendaItemContent> items) {
        Set<String> symbols = new HashSet<>();
        for (AgendaItemContent item : items) {
            item.documentation().forEach(d -> symbols.add(d.symbol()));
            sections(item.sections(), symbols);
            item.subItems().forEach(s -> subItem(s, symbols));
        }
        return symbols;
    }

    private static void subItem(SubItemContent sub, Set<String> symbols) {
        sub.documentation().forEach(d -> symbols.add(d.symbol()));
        sections(sub.sections(), symbols);
        sub.subItems().forEach(s -> subItem(s, symbols));
    }

    private static void sections(List<AnnotationSection> sections, Set<String> symbols) {
        for (AnnotationSection section : sections) {
            section.documentation().stream().map(DocumentationEntry::symbol).forEach(symbols::add);
            sections(section.sections(), symbols);
        }
    }
}
