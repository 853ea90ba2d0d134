package org.agendaledger.command.meeting;

import static org.agendaledger.command.meeting.MeetingTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.DocumentationEntry;
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
