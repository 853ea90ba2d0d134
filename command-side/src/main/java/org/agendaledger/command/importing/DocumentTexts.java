package org.agendaledger.command.importing;

import java.util.List;
import java.util.function.UnaryOperator;
import org.agendaledger.events.meeting.AgendaDocument;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.Annex;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.SubItemContent;

/**
 * Every text of a document that may refer to a footnote — paragraphs, titles, headings, documents listed, annexes —
 * passed through one function, the document otherwise unchanged.
 */
final class DocumentTexts {

    private DocumentTexts() {
    }

    static AgendaDocument rewrite(AgendaDocument document, UnaryOperator<String> text) {
        DocumentParts p = document.parts();
        List<Annex> annexes = p.annexes() == null ? null : p.annexes().stream().map(a -> new Annex(a.kind(),
                text.apply(a.title()), all(a.paragraphs(), text), a.table() == null ? null
                        : new Annex.AnnexTable(all(a.table().columns(), text), a.table().rows().stream()
                                .map(row -> all(row, text)).toList())))
                .toList();
        DocumentParts parts = new DocumentParts(p.style(), p.masthead(), text.apply(p.parentBody()),
                text.apply(p.body()), p.sessionLine(), p.placeAndDates(), text.apply(p.itemReference()),
                text.apply(p.title()), text.apply(p.subtitle()), p.addendum(), p.corrigendum(), p.jobNumber(),
                p.agendaList(), p.chapterHeadings(), p.numberedParagraphs(), text.apply(p.introductionHeading()),
                text.apply(p.agendaHeading()), text.apply(p.annotationsHeading()), all(p.introduction(), text),
                all(p.listIntroduction(), text), annexes, p.footnotes());
        List<AgendaItemContent> items = document.items().stream().map(i -> new AgendaItemContent(i.itemId(),
                i.kind(), text.apply(i.title()), all(i.annotation(), text), documents(i.documentation(), text),
                i.subItems().stream().map(s -> subItem(s, text)).toList(), sections(i.sections(), text))).toList();
        return new AgendaDocument(parts, items);
    }

    private static SubItemContent subItem(SubItemContent s, UnaryOperator<String> text) {
        return new SubItemContent(s.subItemId(), text.apply(s.title()), all(s.annotation(), text),
                documents(s.documentation(), text), sections(s.sections(), text),
                s.subItems().stream().map(d -> subItem(d, text)).toList());
    }

    private static List<AnnotationSection> sections(List<AnnotationSection> sections, UnaryOperator<String> text) {
        return sections.stream().map(s -> new AnnotationSection(text.apply(s.heading()), all(s.paragraphs(), text),
                documents(s.documentation(), text), sections(s.sections(), text))).toList();
    }

    private static List<DocumentationEntry> documents(List<DocumentationEntry> entries, UnaryOperator<String> text) {
        return entries.stream().map(e -> new DocumentationEntry(e.symbol(), text.apply(e.title()))).toList();
    }

    private static List<String> all(List<String> texts, UnaryOperator<String> text) {
        return texts.stream().map(text).toList();
    }
}
