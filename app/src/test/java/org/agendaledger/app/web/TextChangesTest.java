package org.agendaledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.agendaledger.app.web.TextChanges.Change;
import org.agendaledger.app.web.TextChanges.ChangedLine;
import org.agendaledger.app.web.TextChanges.Comparison;
import org.agendaledger.app.web.TextChanges.Line;
import org.agendaledger.app.web.TextChanges.Piece;
import org.junit.jupiter.api.Test;

/** The word and line comparison behind "what changed since the previous version". */
class TextChangesTest {

    /** The pieces as marked-up text: [+added+] and [-removed-]. */
    private static String marked(List<Piece> pieces) {
        return pieces.stream().map(p -> switch (p.change()) {
            case ADDED -> "[+" + p.text() + "+]";
            case REMOVED -> "[-" + p.text() + "-]";
            default -> p.text();
        }).collect(Collectors.joining());
    }

    @Test
    void anUnchangedTextIsOnePieceTheSame() {
        // given
        String text = "Non-punishment of victims of trafficking.";

        // when
        List<Piece> pieces = TextChanges.words(text, text);

        // then
        assertThat(pieces).containsExactly(new Piece(Change.SAME, text));
    }

    @Test
    void anInsertedWordIsMarkedAsAdded() {
        // given
        String before = "Joint investigations";
        String after = "Joint financial investigations";

        // when
        List<Piece> pieces = TextChanges.words(before, after);

        // then
        assertThat(marked(pieces)).isEqualTo("Joint [+financial +]investigations");
        assertThat(pieces).filteredOn(Piece::added).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("financial "));
        assertThat(pieces).noneMatch(Piece::removed);
    }

    @Test
    void aDeletedWordIsMarkedAsRemovedWhereItStood() {
        // given
        String before = "Protection of child victims";
        String after = "Protection of victims";

        // when
        List<Piece> pieces = TextChanges.words(before, after);

        // then
        assertThat(marked(pieces)).isEqualTo("Protection of [-child -]victims");
        assertThat(pieces).noneMatch(Piece::added);
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        // given
        String before = "Opening of the meeting";
        String after = "Closing of the meeting";

        // when
        List<Piece> pieces = TextChanges.words(before, after);

        // then
        assertThat(pieces).containsExactly(new Piece(Change.REMOVED, "Opening"), new Piece(Change.ADDED, "Closing"),
                new Piece(Change.SAME, " of the meeting"));
    }

    @Test
    void severalNeighbouringWordsReplacedFormOnePassage() {
        // given
        String before = "The Working Group will consider trafficking in persons.";
        String after = "The Working Group may discuss smuggling of migrants.";

        // when
        List<Piece> pieces = TextChanges.words(before, after);

        // then
        assertThat(marked(pieces)).isEqualTo(
                "The Working Group [-will consider trafficking in persons-][+may discuss smuggling of migrants+].");
    }

    @Test
    void punctuationIsComparedOnItsOwn() {
        // given
        String before = "Adoption of the agenda, and organization of work.";
        String after = "Adoption of the agenda and organization of work;";

        // when
        List<Piece> pieces = TextChanges.words(before, after);

        // then
        assertThat(marked(pieces)).isEqualTo("Adoption of the agenda[-,-] and organization of work[-.-][+;+]");
    }

    @Test
    void wordsJoinedByHyphensOrApostrophesAreOneWord() {
        // given
        String before = "The Bureau's non-punishment principle";
        String after = "The Bureau's non-prosecution principle";

        // when
        List<Piece> pieces = TextChanges.words(before, after);

        // then
        assertThat(marked(pieces)).isEqualTo("The Bureau's [-non-punishment-][+non-prosecution+] principle");
    }

    @Test
    void aDifferenceInWhitespaceAloneIsNoChange() {
        // given
        String before = "Opening  of the\tmeeting";
        String after = "Opening of the meeting";

        // when
        List<Piece> pieces = TextChanges.words(before, after);

        // then
        assertThat(pieces).containsExactly(new Piece(Change.SAME, "Opening of the meeting"));
    }

    @Test
    void anEmptyPreviousVersionMakesEverythingAddedAndAnEmptyNewOneEverythingRemoved() {
        // when / then
        assertThat(TextChanges.words("", "New text")).containsExactly(new Piece(Change.ADDED, "New text"));
        assertThat(TextChanges.words("Old text", "")).containsExactly(new Piece(Change.REMOVED, "Old text"));
        assertThat(TextChanges.words("", "")).isEmpty();
        assertThat(TextChanges.words(null, null)).isEmpty();
    }

    @Test
    void unchangedLinesStayTheSame() {
        // given
        List<Line> lines = List.of(new Line("item", "1. Organizational matters"),
                new Line("sub-item", "(a) Opening of the meeting"));

        // when
        Comparison comparison = TextChanges.lines(lines, lines);

        // then
        assertThat(comparison.changed()).isFalse();
        assertThat(comparison.lines()).extracting(ChangedLine::change).containsOnly(Change.SAME);
        assertThat(comparison.additions()).isZero();
        assertThat(comparison.removals()).isZero();
    }

    @Test
    void aLineAddedAndALineRemovedAreShownWholeWhereTheyStandOrStood() {
        // given
        List<Line> before = List.of(new Line("topic", "1.", "Non-punishment of victims"),
                new Line("topic", "2.", "Joint investigations"));
        List<Line> after = List.of(new Line("topic", "1.", "Non-punishment of victims"),
                new Line("topic", "2.", "Smuggling of migrants by sea"),
                new Line("topic", "3.", "Joint investigations"));

        // when
        Comparison comparison = TextChanges.lines(before, after);

        // then: the renumbered line is compared word by word, the new one is added whole
        assertThat(comparison.lines()).extracting(ChangedLine::change)
                .containsExactly(Change.SAME, Change.ADDED, Change.CHANGED);
        assertThat(marked(comparison.lines().get(1).pieces())).isEqualTo("[+2. Smuggling of migrants by sea+]");
        assertThat(marked(comparison.lines().get(2).pieces())).isEqualTo("[-2-][+3+]. Joint investigations");
    }

    @Test
    void aLineGoneIsKeptAsRemovedAmongTheLinesOfTheNewVersion() {
        // given
        List<Line> before = List.of(new Line("item", "1. Opening"), new Line("annotation", "A paragraph to go."),
                new Line("item", "2. Closing"));
        List<Line> after = List.of(new Line("item", "1. Opening"), new Line("item", "2. Closing"));

        // when
        Comparison comparison = TextChanges.lines(before, after);

        // then
        assertThat(comparison.lines()).extracting(ChangedLine::change)
                .containsExactly(Change.SAME, Change.REMOVED, Change.SAME);
        assertThat(comparison.lines().get(1).style()).isEqualTo("annotation");
        assertThat(comparison.removals()).isEqualTo(1);
        assertThat(comparison.additions()).isZero();
    }

    @Test
    void aLineThatOnlyMovedIsTheSameLineWithItsNewNumberMarked() {
        // given: sub-items (a) and (b) swapped
        List<Line> before = List.of(new Line("sub-item", "(a)", "Opening of the meeting"),
                new Line("sub-item", "(b)", "Adoption of the agenda"));
        List<Line> after = List.of(new Line("sub-item", "(a)", "Adoption of the agenda"),
                new Line("sub-item", "(b)", "Opening of the meeting"));

        // when
        Comparison comparison = TextChanges.lines(before, after);

        // then: the one left in place is renumbered, the other is shown gone from above and arrived below
        assertThat(comparison.lines()).extracting(l -> marked(l.pieces())).containsExactly(
                "[-(a) Opening of the meeting-]", "([-b-][+a+]) Adoption of the agenda",
                "[+(b) Opening of the meeting+]");
        assertThat(comparison.lines()).extracting(ChangedLine::change)
                .containsExactly(Change.REMOVED, Change.CHANGED, Change.ADDED);
    }

    @Test
    void aNumberedLineWithTheSameNumberAndTextIsUnchanged() {
        // given
        List<Line> lines = List.of(new Line("item", "1.", "Organizational matters"));

        // when
        Comparison comparison = TextChanges.lines(lines, List.of(new Line("item", "1.", "Organizational  matters")));

        // then
        assertThat(comparison.changed()).isFalse();
        assertThat(comparison.lines().get(0).pieces())
                .containsExactly(new Piece(Change.SAME, "1. Organizational  matters"));
    }

    @Test
    void aRewrittenLineUnlikeTheOldOneIsRemovedAndAddedWhole() {
        // given
        List<Line> before = List.of(new Line("text", "Please approve the topics"));
        List<Line> after = List.of(new Line("text", "Revised draft circulated after consultations"));

        // when
        Comparison comparison = TextChanges.lines(before, after);

        // then
        assertThat(comparison.lines()).extracting(ChangedLine::change).containsExactly(Change.REMOVED, Change.ADDED);
    }

    @Test
    void linesOfDifferentStylesAreNeverComparedWordByWord() {
        // given
        List<Line> before = List.of(new Line("item", "Opening of the meeting"));
        List<Line> after = List.of(new Line("sub-item", "Opening of the meeting"));

        // when
        Comparison comparison = TextChanges.lines(before, after);

        // then
        assertThat(comparison.lines()).extracting(ChangedLine::change).containsExactly(Change.REMOVED, Change.ADDED);
    }

    @Test
    void comparingWithNothingAddsEveryLine() {
        // when
        Comparison comparison = TextChanges.lines(List.of(), List.of(new Line("text", "First"), new Line("text", "")));

        // then
        assertThat(comparison.lines()).extracting(ChangedLine::change).containsExactly(Change.ADDED, Change.ADDED);
        assertThat(comparison.additions()).isEqualTo(1);
        assertThat(TextChanges.lines(List.of(), List.of()).lines()).isEmpty();
    }
}
