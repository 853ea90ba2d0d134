package org.agendaledger.events.meeting;

import java.util.List;

/**
 * What the agenda's document says around its items, as the secretariat sets it: every line of the first page, the
 * structure of the text and its annexes. A null value is not said: the document prints the house style's default
 * or, for the meeting's own facts (its body, place and dates), what the meeting's plan says. Symbol, date of issue,
 * distribution and original language are given when the agenda is issued.
 *
 * @param style              the house style that decides headings, wording, masthead and dates, e.g. "un-secretariat"
 * @param masthead           the organisation lines ("United Nations", or the conventions and programmes)
 * @param parentBody         the body the meeting's body reports to ("Conference of the Parties to …")
 * @param body               the meeting's body as printed, instead of the plan's
 * @param sessionLine        "Fourth session", "Tenth meeting"
 * @param placeAndDates      "Bonn, 25 February–7 March 1997", instead of the line derived from the plan
 * @param itemReference      "Item 2 (a) of the provisional agenda", and on further lines what the item is called
 * @param title              instead of the style's ("Annotated provisional agenda")
 * @param subtitle           "Note by the Executive Secretary"
 * @param addendum           "Add.1": the document is an addendum to the symbol it is issued under
 * @param corrigendum        "Corr.1"
 * @param jobNumber          the document's job number, e.g. "V.20-02897 (E)"
 * @param agendaList         false for a document without the list of items (an addendum with annotations only)
 * @param chapterHeadings    whether the parts are chapters "I.", "II."…; null follows the style
 * @param numberedParagraphs whether paragraphs are numbered 1, 2, 3… through the document; null follows the style
 * @param introductionHeading the heading of the introduction, instead of the style's ("Introduction")
 * @param agendaHeading      the heading of the list of items, instead of the style's ("Provisional agenda")
 * @param annotationsHeading the heading of the annotations, instead of the style's ("Annotations")
 * @param introduction       paragraphs before the list of items
 * @param listIntroduction   paragraphs under the list's heading, before the items ("The provisional agenda … is as
 *                           follows:")
 * @param annexes            the annexes in order; null follows the style (the organization of work, when planned)
 * @param footnotes          the footnotes the texts refer to as {@code [^id]}
 */
public record DocumentParts(String style, List<String> masthead, String parentBody, String body, String sessionLine,
                            String placeAndDates, String itemReference, String title, String subtitle,
                            String addendum, String corrigendum, String jobNumber, Boolean agendaList,
                            Boolean chapterHeadings, Boolean numberedParagraphs, String introductionHeading,
                            String agendaHeading, String annotationsHeading, List<String> introduction,
                            List<String> listIntroduction, List<Annex> annexes, List<Footnote> footnotes) {

    public DocumentParts {
        masthead = masthead == null ? List.of() : List.copyOf(masthead);
        introduction = introduction == null ? List.of() : List.copyOf(introduction);
        listIntroduction = listIntroduction == null ? List.of() : List.copyOf(listIntroduction);
        annexes = annexes == null ? null : List.copyOf(annexes);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    /** Nothing said: the house style and the meeting's plan decide everything. */
    public static final DocumentParts NONE = new DocumentParts(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Parts without paragraphs under the list's heading. */
    public DocumentParts(String style, List<String> masthead, String parentBody, String body, String sessionLine,
                         String placeAndDates, String itemReference, String title, String subtitle, String addendum,
                         String corrigendum, String jobNumber, Boolean agendaList, Boolean chapterHeadings,
                         Boolean numberedParagraphs, String introductionHeading, String agendaHeading,
                         String annotationsHeading, List<String> introduction, List<Annex> annexes,
                         List<Footnote> footnotes) {
        this(style, masthead, parentBody, body, sessionLine, placeAndDates, itemReference, title, subtitle, addendum,
                corrigendum, jobNumber, agendaList, chapterHeadings, numberedParagraphs, introductionHeading,
                agendaHeading, annotationsHeading, introduction, null, annexes, footnotes);
    }
}
