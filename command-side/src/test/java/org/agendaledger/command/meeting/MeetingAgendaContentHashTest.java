package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.Footnote;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;
import org.junit.jupiter.api.Test;

/**
 * The agenda content hash that every agenda event carries and that silence procedures pin. The other tests
 * compute their expected hashes with {@link Agenda#contentHash()}; these pin the hash itself, so that a change of
 * encoding (which would make every running procedure fail with SUBJECT_CHANGED) cannot go unnoticed.
 */
class MeetingAgendaContentHashTest {

    private static String sha256(String canonical) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(digest);
    }

    @Test
    void theAgendaHash_isTheSha256OfTheDocumentedCanonicalEncoding() throws Exception {
        AgendaItemContent item = new AgendaItemContent("i1", ItemKind.ORGANIZATIONAL, "Opening", List.of("p"),
                List.of(new DocumentationEntry("S/1", "Doc")), List.of(new SubItemContent("s1", "Sub", List.of("q"))));

        String canonical = "{agenda"
                + "{item2:i1;14:ORGANIZATIONAL;7:Opening;{p1:p;}{doc3:S/1;3:Doc;}{sub2:s1;3:Sub;{p1:q;}}}"
                + "}";

        assertThat(hashOf(item)).isEqualTo(sha256(canonical));
    }

    @Test
    void theHashOfAnAgendaWithoutTheDocumentsData_isTheOneItAlwaysHad() {
        // pinned before sections, deeper sub-items and document parts existed: silence procedures and stored
        // stories carry this hash
        assertThat(hashOf(DRAFT))
                .isEqualTo("sha256:00c677cb8466c685bbd5bd6a854bb4b83e5c6493acbc280ca2f3882b2040d76b");
        assertThat(Agenda.of(DocumentParts.NONE, DRAFT).contentHash()).isEqualTo(hashOf(DRAFT));
        assertThat(Agenda.of(new DocumentParts(null, List.of(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, List.of(), null, List.of()), DRAFT).contentHash())
                .as("parts that say nothing are not set").isEqualTo(hashOf(DRAFT));
    }

    @Test
    void theDocumentsData_isEncodedLabelledInOrderWhereItIsThere() throws Exception {
        SubItemContent deep = new SubItemContent("s1i", "Deep", List.of("d"));
        AgendaItemContent item = new AgendaItemContent("i1", ItemKind.ORGANIZATIONAL, "Opening", List.of(),
                List.of(), List.of(new SubItemContent("s1", "Sub", List.of(), List.of(new DocumentationEntry("S/2",
                        "Note")), List.of(), List.of(deep))),
                List.of(new AnnotationSection("Background", List.of("b"), List.of(), List.of())));
        DocumentParts parts = new DocumentParts("unfccc", null, null, null, null, null, null, null, null, null, null,
                null, false, null, null, null, null, null, null, List.of(), List.of(new Footnote("f1", "Note.")));

        String canonical = "{agenda"
                + "{item2:i1;14:ORGANIZATIONAL;7:Opening;{sub2:s1;3:Sub;{doc3:S/2;4:Note;}{sub3:s1i;4:Deep;{p1:d;}}}"
                + "{section10:Background;{p1:b;}}}"
                + "{parts{style6:unfccc;}{agendaList5:false;}{annexes}{footnote2:f1;5:Note.;}}"
                + "}";

        assertThat(Agenda.of(parts, List.of(item)).contentHash()).isEqualTo(sha256(canonical));
    }

    @Test
    void theAgendaHash_coversEveryPartOfTheDocument() {
        String original = hashOf(DOCUMENT);
        DocumentParts otherSubtitle = new DocumentParts(PARTS.style(), PARTS.masthead(), PARTS.parentBody(),
                PARTS.body(), PARTS.sessionLine(), PARTS.placeAndDates(), PARTS.itemReference(), PARTS.title(),
                "Note by the Executive Director", PARTS.addendum(), PARTS.corrigendum(), PARTS.jobNumber(),
                PARTS.agendaList(), PARTS.chapterHeadings(), PARTS.numberedParagraphs(), PARTS.introductionHeading(),
                PARTS.agendaHeading(), PARTS.annotationsHeading(), PARTS.introduction(), PARTS.annexes(),
                PARTS.footnotes());
        DocumentParts styleDefaultAnnexes = new DocumentParts(PARTS.style(), PARTS.masthead(), PARTS.parentBody(),
                PARTS.body(), PARTS.sessionLine(), PARTS.placeAndDates(), PARTS.itemReference(), PARTS.title(),
                PARTS.subtitle(), PARTS.addendum(), PARTS.corrigendum(), PARTS.jobNumber(), PARTS.agendaList(),
                PARTS.chapterHeadings(), PARTS.numberedParagraphs(), PARTS.introductionHeading(),
                PARTS.agendaHeading(), PARTS.annotationsHeading(), PARTS.introduction(), null, PARTS.footnotes());
        DocumentParts noAnnexes = new DocumentParts(PARTS.style(), PARTS.masthead(), PARTS.parentBody(),
                PARTS.body(), PARTS.sessionLine(), PARTS.placeAndDates(), PARTS.itemReference(), PARTS.title(),
                PARTS.subtitle(), PARTS.addendum(), PARTS.corrigendum(), PARTS.jobNumber(), PARTS.agendaList(),
                PARTS.chapterHeadings(), PARTS.numberedParagraphs(), PARTS.introductionHeading(),
                PARTS.agendaHeading(), PARTS.annotationsHeading(), PARTS.introduction(), List.of(),
                PARTS.footnotes());
        AgendaItemContent otherSectionParagraph = new AgendaItemContent(IMPORTED_2.itemId(), IMPORTED_2.kind(),
                IMPORTED_2.title(), IMPORTED_2.annotation(), IMPORTED_2.documentation(), IMPORTED_2.subItems(),
                List.of(new AnnotationSection("Questions for discussion", List.of("(a) Which channels are used?"),
                        List.of(), List.of(new AnnotationSection("Guiding questions", List.of("How soon?"),
                                List.of(), List.of())))));
        SubItemContent otherDeepTitle = new SubItemContent(SUB_2A.subItemId(), SUB_2A.title(), SUB_2A.annotation(),
                SUB_2A.documentation(), SUB_2A.sections(), List.of(new SubItemContent(SUB_2A_I.subItemId(),
                        "Requests in very urgent cases", SUB_2A_I.annotation())));
        AgendaItemContent withOtherDeepTitle = new AgendaItemContent(IMPORTED_2.itemId(), IMPORTED_2.kind(),
                IMPORTED_2.title(), IMPORTED_2.annotation(), IMPORTED_2.documentation(), List.of(otherDeepTitle),
                IMPORTED_2.sections());

        assertThat(Agenda.of(otherSubtitle, IMPORTED).contentHash()).isNotEqualTo(original);
        assertThat(Agenda.of(styleDefaultAnnexes, IMPORTED).contentHash()).isNotEqualTo(original)
                .isNotEqualTo(Agenda.of(noAnnexes, IMPORTED).contentHash());
        assertThat(Agenda.of(PARTS, List.of(IMPORTED_1, otherSectionParagraph, ITEM_3, ITEM_4)).contentHash())
                .isNotEqualTo(original);
        assertThat(Agenda.of(PARTS, List.of(IMPORTED_1, withOtherDeepTitle, ITEM_3, ITEM_4)).contentHash())
                .isNotEqualTo(original);
        assertThat(Agenda.of(DocumentParts.NONE, IMPORTED).contentHash()).isNotEqualTo(original);
        assertThat(Agenda.of(PARTS, IMPORTED).contentHash()).isEqualTo(original);
    }

    @Test
    void theAgendaHash_changesWithTheOrderOfItems() {
        assertThat(hashOf(ITEM_2, ITEM_1, ITEM_3, ITEM_4)).isNotEqualTo(hashOf(DRAFT));
    }

    @Test
    void theAgendaHash_changesWithTheOrderOfSubItems() {
        assertThat(hashOf(withSubItems(ITEM_1, SUB_1B, SUB_1A), ITEM_2, ITEM_3, ITEM_4)).isNotEqualTo(hashOf(DRAFT));
    }

    @Test
    void theAgendaHash_coversKindAnnotationDocumentationAndSubItemAnnotation() {
        String original = hashOf(DRAFT);

        assertThat(hashOf(revised(ITEM_1, ItemKind.SUBSTANTIVE, ITEM_1.title()), ITEM_2, ITEM_3, ITEM_4))
                .isNotEqualTo(original);
        assertThat(hashOf(withAnnotation(ITEM_1, List.of()), ITEM_2, ITEM_3, ITEM_4)).isNotEqualTo(original);
        assertThat(hashOf(ITEM_1, withDocumentation(ITEM_2), ITEM_3, ITEM_4)).isNotEqualTo(original);
        assertThat(hashOf(ITEM_1, withDocumentation(ITEM_2, new DocumentationEntry(BACKGROUND_PAPER.symbol(),
                "Another title")), ITEM_3, ITEM_4)).isNotEqualTo(original);
        assertThat(hashOf(withSubItems(ITEM_1, SUB_1A, new SubItemContent(SUB_1B.subItemId(), SUB_1B.title(),
                List.of())), ITEM_2, ITEM_3, ITEM_4)).isNotEqualTo(original);
    }

    @Test
    void theAgendaHash_doesNotConfuseAParagraphWithATitle() {
        // the length-prefixed, labelled encoding keeps parts from sliding into each other
        AgendaItemContent titled = new AgendaItemContent("i1", ItemKind.OTHER_MATTERS, "Other matters", List.of(),
                List.of(), List.of());
        AgendaItemContent annotated = new AgendaItemContent("i1", ItemKind.OTHER_MATTERS, "Other", List.of(" matters"),
                List.of(), List.of());

        assertThat(hashOf(titled)).isNotEqualTo(hashOf(annotated));
    }

    @Test
    void theAgendaHash_ofEqualContent_isEqual() {
        assertThat(hashOf(List.copyOf(DRAFT))).isEqualTo(hashOf(DRAFT)).matches("sha256:[0-9a-f]{64}");
    }
}
