package org.agendaledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Whatever is pasted, the reading answers with a proposal and never fails: texts shuffled from the lines of real
 * layouts, with stray markup, labels, footnotes, tables and control characters mixed in. Every line left unplaced
 * is one of the text's, with a reason.
 */
class AgendaTextRobustnessTest {

    private static final List<String> LINES = List.of("United Nations CTOC/COP/WG.4/2020/1", "Distr.", "GENERAL",
            "Distr.: General 4 June 2020", "ORIGINAL: ENGLISH", "English only", "V.20-02897 (E)", "Fourth session",
            "Bonn, 25 February - 7 March 1997", "Item 2 (a) of the provisional agenda", "Annotated provisional agenda",
            "Note by the Executive Secretary", "I. INTRODUCTION", "II. PROVISIONAL AGENDA", "III. ANNOTATIONS",
            "1. Opening of the session.", "2. Organizational matters:", "(a) Adoption of the agenda;", "(i)", "(ii) x",
            "(b)", "Item 1", "Item 3: Other matters", "Documentation", "FCCC/SBSTA/1997/2 A note",
            "A note (FCCC/SBSTA/1997/3)", "FCCC/SBSTA/1997/4", "1/ A footnote.", "\u00b9 Another.", "[2] More.",
            "[^x]: Marked.", "ANNEX I", "Annex", "Date\tItem\tTitle", "\t1 (a)\tOpening", "| a | b |", "|---|---|",
            "# ", "## **Annotations**", "- 3.", "-----", "/...", "2/4 V.20-02923", "Page 7", "12",
            "The meeting will be opened at 10 a.m. 1/", "and continues here", "Background", "(", ")", ":", "\u0000",
            "\u2028", "a", "Z", "the", "(continued)");

    @Test
    void anyTextGetsAProposalAndEveryUnplacedLineIsOneOfItsLinesWithAReason() {
        SplittableRandom random = new SplittableRandom(20200604);
        for (int run = 0; run < 2000; run++) {
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                lines.add(random.nextInt(8) == 0 ? "" : LINES.get(random.nextInt(LINES.size())));
            }
            String text = String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
            int physical = text.split("\\R", -1).length;

            assertThatCode(() -> new AgendaTextParser().parse(text)).as(text).doesNotThrowAnyException();
            ParsedAgenda parsed = new AgendaTextParser().parse(text);
            assertThat(parsed.unplaced()).as(text).allMatch(u -> u.line() >= 1 && u.line() <= physical
                    && u.reason() != null && !u.reason().isBlank());
        }
    }
}
