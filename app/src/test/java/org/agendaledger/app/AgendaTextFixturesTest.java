package org.agendaledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.agendaledger.command.importing.AgendaTextParser;
import org.agendaledger.command.importing.IssueSuggestion;
import org.agendaledger.command.importing.ParsedAgenda;
import org.agendaledger.command.importing.Unplaced;
import org.agendaledger.events.meeting.AgendaItemContent;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentParts;
import org.agendaledger.events.meeting.ItemKind;
import org.agendaledger.events.meeting.SubItemContent;
import org.junit.jupiter.api.Test;

/**
 * The three real annotated agendas kept as fixtures ({@code agendas/README.md}), each of another body, decade and
 * layout, read into proposals: a climate convention document of the 1990s in chapters with numbered paragraphs,
 * and two addenda of annotations only, one with "Item 1:" headings and one with "Item 1" on a line of its own. The
 * fixtures stop in the middle of a sentence where their stored copies end; what the text has is read, and no word
 * of it is lost. Each test prints its unplaced lines by reason.
 */
class AgendaTextFixturesTest {

    @Test
    void theClimateConventionDocumentInChapters() {
        ParsedAgenda parsed = parse("FCCC-AG13-1997-1.txt");

        DocumentParts parts = parsed.document().parts();
        assertThat(parts.masthead()).isEmpty();
        assertThat(parsed.issue()).isEqualTo(new IssueSuggestion("FCCC/AG13/1997/1", LocalDate.of(1997, 1, 16),
                "General", "English"));
        assertThat(parts.body()).isEqualTo("AD HOC GROUP ON ARTICLE 13");
        assertThat(parts.sessionLine()).isEqualTo("Fourth session");
        assertThat(parts.placeAndDates()).isEqualTo("Bonn, 25-28 February 1997");
        assertThat(parts.itemReference()).isEqualTo("Item 2 (a) of the provisional agenda");
        assertThat(parts.title()).isEqualTo("PROVISIONAL AGENDA AND ANNOTATIONS");
        assertThat(parts.subtitle()).isEqualTo("Note by the Executive Secretary");
        assertThat(parts.chapterHeadings()).isTrue();
        assertThat(parts.introductionHeading()).isEqualTo("INTRODUCTION");
        assertThat(parts.agendaHeading()).isEqualTo("PROVISIONAL AGENDA");
        assertThat(parts.annotationsHeading()).isEqualTo("ANNOTATIONS TO THE PROVISIONAL AGENDA");
        assertThat(parts.numberedParagraphs()).isTrue();
        assertThat(parts.introduction()).singleElement().asString()
                .startsWith("Arrangements have been made for the fourth session");
        assertThat(parts.listIntroduction()).containsExactly("The provisional agenda for the fourth session of the "
                + "AG13, proposed after consultation with the Chairman, is as follows:");

        List<AgendaItemContent> items = parsed.document().items();
        assertThat(items).extracting(AgendaItemContent::title).containsExactly("Opening of the session",
                "Organizational matters", "Scope and elements of the procedure of any proposed mechanism",
                "Report on the session");
        assertThat(items).extracting(AgendaItemContent::kind).containsExactly(ItemKind.ORGANIZATIONAL,
                ItemKind.ORGANIZATIONAL, ItemKind.SUBSTANTIVE, ItemKind.ADOPTION_OF_REPORT);
        assertThat(subItemCount(items)).isEqualTo(3);
        assertThat(items.get(1).subItems()).extracting(SubItemContent::title).containsExactly(
                "Adoption of the agenda", "Organization of the work of the session",
                "Organization of the work of future sessions");
        assertThat(items.get(0).annotation()).singleElement().asString()
                .startsWith("The fourth session of the Ad Hoc Group on Article 13 will be opened");
        assertThat(items.get(1).subItems().get(0).annotation()).hasSize(1);
        // (i) Documentation and (ii) Schedule are headed sections of sub-item (b), not sub-items of the list
        SubItemContent work = items.get(1).subItems().get(1);
        assertThat(work.subItems()).isEmpty();
        assertThat(work.sections()).extracting(AnnotationSection::heading, s -> s.paragraphs().size())
                .containsExactly(tuple("(i) Documentation", 2), tuple("(ii) Schedule", 1));
        assertThat(documentationCount(items)).as("the document lists its documents in annex I, not in the text")
                .isZero();
        assertThat(parts.annexes()).as("annex I is beyond the stored text").isNull();
        assertThat(parsed.unplaced()).isEmpty();
        assertEveryWordKept("FCCC-AG13-1997-1.txt", parsed);
    }

    @Test
    void theConventionsAddendumWithItemColonHeadings() {
        ParsedAgenda parsed = parse("UNEP-FAO-CHW-RC-POPS-JWG.2-1-Add.1.txt");

        DocumentParts parts = parsed.document().parts();
        assertThat(parts.masthead()).containsExactly(
                "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal",
                "Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and "
                        + "Pesticides in International Trade",
                "Stockholm Convention on Persistent Organic Pollutants");
        assertThat(parsed.issue()).as("the extracted text lost the symbol line").isEqualTo(new IssueSuggestion(null,
                LocalDate.of(2007, 12, 7), "General", "English only"));
        assertThat(parts.body()).isEqualTo("Ad hoc joint working group on enhancing cooperation and coordination "
                + "among the Basel, Rotterdam and Stockholm conventions");
        assertThat(parts.sessionLine()).isEqualTo("Second meeting");
        assertThat(parts.placeAndDates()).isEqualTo("Vienna, 10\u201313 December 2007");
        assertThat(parts.itemReference()).isEqualTo("Item 2 of the provisional agenda\nOrganizational matters");
        assertThat(parts.title()).isEqualTo("Annotated provisional agenda");
        assertThat(parts.agendaList()).isFalse();
        assertThat(parts.chapterHeadings()).isNull();
        assertThat(parts.numberedParagraphs()).isTrue();

        List<AgendaItemContent> items = parsed.document().items();
        assertThat(items).extracting(AgendaItemContent::title).containsExactly("Opening of the meeting",
                "Organizational matters", "Consideration of the intersessional work undertaken by the members of "
                        + "the ad hoc joint working group and by");
        assertThat(subItemCount(items)).isEqualTo(2);
        assertThat(items.get(1).subItems()).extracting(SubItemContent::subItemId, SubItemContent::title)
                .containsExactly(tuple("item-2-a", "Adoption of the agenda"), tuple("item-2-b",
                        "Organization of work"));
        assertThat(items.get(0).annotation()).hasSize(1);
        assertThat(items.get(1).annotation()).isEmpty();
        assertThat(items.get(1).subItems().get(0).annotation()).hasSize(1);
        assertThat(items.get(1).subItems().get(1).annotation()).hasSize(3).first().asString()
                .startsWith("The ad hoc joint working group has before it a scenario note");
        assertThat(documentationCount(items)).as("the documents are cited in the paragraphs").isZero();
        assertThat(parsed.unplaced()).isEmpty();
        assertEveryWordKept("UNEP-FAO-CHW-RC-POPS-JWG.2-1-Add.1.txt", parsed);
    }

    @Test
    void thePlatformsAddendumWithItemHeadingsOnALineOfTheirOwn() {
        ParsedAgenda parsed = parse("IPBES-2-1-Add.1.txt");

        DocumentParts parts = parsed.document().parts();
        assertThat(parts.masthead()).containsExactly("United Nations");
        assertThat(parsed.issue()).isEqualTo(new IssueSuggestion(null, LocalDate.of(2013, 9, 19), "General",
                "English"));
        assertThat(parts.body()).isEqualTo("Plenary of the Intergovernmental Science-Policy Platform on "
                + "Biodiversity and Ecosystem Services");
        assertThat(parts.sessionLine()).isEqualTo("Second session");
        assertThat(parts.placeAndDates()).isEqualTo("Antalya, Turkey, 9\u201314 December 2013");
        assertThat(parts.title()).isEqualTo("Annotations to the provisional agenda");
        assertThat(parts.agendaList()).isFalse();
        assertThat(parts.chapterHeadings()).isNull();
        assertThat(parts.numberedParagraphs()).isFalse();

        List<AgendaItemContent> items = parsed.document().items();
        assertThat(items).extracting(AgendaItemContent::title).containsExactly("Opening of the session",
                "Organizational matters");
        // the extraction dropped the labels "(a)", "(b)": the headings are read as what the text shows, sections
        assertThat(subItemCount(items)).isZero();
        assertThat(items.get(0).annotation()).hasSize(1);
        assertThat(items.get(1).annotation()).singleElement().asString().endsWith("will govern the current");
        assertThat(items.get(1).sections()).extracting(AnnotationSection::heading, s -> s.paragraphs().size())
                .containsExactly(tuple("Adoption of the agenda and organization of work", 2),
                        tuple("Status of the membership", 0));
        assertThat(documentationCount(items)).isZero();
        assertThat(parsed.unplaced()).isEmpty();
        assertEveryWordKept("IPBES-2-1-Add.1.txt", parsed);
    }

    @Test
    void eachFixtureCopiedWithItsLinesBrokenReadsTheSame() {
        for (String fixture : List.of("FCCC-AG13-1997-1.txt", "UNEP-FAO-CHW-RC-POPS-JWG.2-1-Add.1.txt",
                "IPBES-2-1-Add.1.txt")) {
            String broken = PrintedLines.broken(text(fixture), 60);
            assertThat(broken.lines().count()).as(fixture).isGreaterThan(text(fixture).lines().count() + 10);

            ParsedAgenda again = new AgendaTextParser().parse(broken);

            ParsedAgenda parsed = new AgendaTextParser().parse(text(fixture));
            assertThat(again.document()).as(fixture).isEqualTo(parsed.document());
            assertThat(again.issue()).as(fixture).isEqualTo(parsed.issue());
            assertThat(again.unplaced()).as(fixture).isEmpty();
        }
    }

    private static ParsedAgenda parse(String fixture) {
        ParsedAgenda parsed = new AgendaTextParser().parse(text(fixture));
        Map<String, Long> byReason = new TreeMap<>(parsed.unplaced().stream()
                .collect(Collectors.groupingBy(Unplaced::reason, Collectors.counting())));
        System.out.println(fixture + ": " + parsed.unplaced().size() + " unplaced line(s) " + byReason);
        assertThat(parsed.unplaced()).as("every unplaced line with its number and a reason")
                .allMatch(u -> u.line() > 0 && u.reason() != null && !u.reason().isBlank());
        return parsed;
    }

    private static String text(String fixture) {
        try (InputStream in = AgendaTextFixturesTest.class.getResourceAsStream("/agendas/" + fixture)) {
            assertThat(in).as(fixture + " on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int subItemCount(List<AgendaItemContent> items) {
        return items.stream().mapToInt(i -> i.subItems().size()).sum();
    }

    private static long documentationCount(List<AgendaItemContent> items) {
        return items.stream().mapToLong(i -> i.documentation().size() + i.subItems().stream()
                .mapToLong(s -> s.documentation().size()).sum()).sum();
    }

    /**
     * Every word of four letters or more of the text is somewhere in the proposal (the document, the issue, the
     * unplaced lines; the month of the date of issue in the date), but the words the layout prints by itself.
     */
    private static void assertEveryWordKept(String fixture, ParsedAgenda parsed) {
        Set<String> layout = Set.of("distr", "original", "annex", "documentation", "item", "page");
        LocalDate issued = parsed.issue().dateOfIssue();
        String kept = (parsed + (issued == null ? "" : issued.getMonth().toString())).toLowerCase(Locale.ROOT);
        Set<String> lost = new TreeSet<>();
        for (String word : text(fixture).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4 && !layout.contains(word) && !kept.contains(word)) {
                lost.add(word);
            }
        }
        assertThat(lost).as("words of %s found nowhere in the proposal", fixture).isEmpty();
    }
}
