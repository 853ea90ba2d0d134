package org.agendaledger.events.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a secretariat lays out and words its agendas: a house style, kept as configuration (a JSON file), never as
 * code. It gives the defaults a document's own parts can override, and the patterns of its headings, labels and
 * dates. In the patterns {@code {number}}, {@code {title}}, {@code {label}}, {@code {distribution}},
 * {@code {language}} and {@code {numeral}} stand for the values printed there.
 *
 * @param id                      the name a meeting picks the style by, e.g. "un-secretariat"
 * @param name                    what the style is called, e.g. "United Nations Secretariat"
 * @param masthead                the organisation lines when the document gives none
 * @param symbolBesideMasthead    the symbol printed on the masthead's last line ("United Nations CTOC/…") rather
 *                                than on a line of its own
 * @param mastheadOrder           the order of the first page's top: "organization", "symbol", "distribution",
 *                                "date", "original", "job-number" (each at most once; left out: not printed)
 * @param upperCaseIssueLines     distribution and original language printed in capitals ("Distr. GENERAL")
 * @param distributionLine        "Distr.: {distribution}"
 * @param originalLine            "Original: {language}"; a language given as "English only" is printed alone
 * @param draftLine               what a document not yet issued prints where the distribution goes
 * @param title                   the document's title when it gives none
 * @param introductionHeading     the introduction's heading when the document gives none
 * @param agendaHeading           the heading of the list of items when the document gives none
 * @param annotationsHeading      the heading of the annotations when the document gives none
 * @param chapterHeadings         whether the parts are chapters numbered "I.", "II."… by default
 * @param chapterHeading          "{numeral}. {title}"
 * @param numberedParagraphs      whether paragraphs are numbered 1, 2, 3… through the document by default
 * @param agendaItemLabel         an item's label in the list: "{number}."
 * @param itemHeading             an item's heading in the annotations: "{number}. {title}" or "Item {number}: {title}"
 * @param subItemHeading          a sub-item's heading: "{label} {title}"
 * @param levelLabels             the labels of the levels below items, outermost first: "letter", "roman"
 * @param documentationHeading    "Documentation"
 * @param documentationLine       how a document is listed: "{title} ({symbol})" or "{symbol}: {title}"
 * @param annexHeading            the heading of the only annex: "Annex"
 * @param numberedAnnexHeading    the heading of one of several: "Annex {numeral}"
 * @param organizationOfWorkTitle "Proposed organization of work"
 * @param organizationOfWorkColumns the columns of the organization of work
 * @param continued               added to an item that runs on from an earlier slot: "(continued)"
 * @param listOfDocumentsTitle    "List of documents"
 * @param listOfDocumentsColumns  the columns of the list of documents: symbol, title, agenda item
 * @param locale                  the language of the dates, e.g. "en"
 * @param dateFormat              "d MMMM uuuu" (java.time pattern)
 * @param dayFormat               a day of the organization of work: "EEEE, d MMMM"
 * @param timeFormat              "united-nations" (10 a.m., 3–6 p.m., 12 noon) or "24-hour" (10:00–13:00)
 * @param footnotesHeading        the heading above the footnotes, or empty for none
 */
public record HouseStyle(String id, String name, List<String> masthead, boolean symbolBesideMasthead,
                         List<String> mastheadOrder, boolean upperCaseIssueLines, String distributionLine,
                         String originalLine, String draftLine,
                         String title, String introductionHeading, String agendaHeading, String annotationsHeading,
                         boolean chapterHeadings, String chapterHeading, boolean numberedParagraphs,
                         String agendaItemLabel, String itemHeading, String subItemHeading, List<String> levelLabels,
                         String documentationHeading, String documentationLine, String annexHeading,
                         String numberedAnnexHeading, String organizationOfWorkTitle,
                         List<String> organizationOfWorkColumns, String continued, String listOfDocumentsTitle,
                         List<String> listOfDocumentsColumns, String locale, String dateFormat, String dayFormat,
                         String timeFormat, String footnotesHeading) {

    /** The time formats a style may name. */
    public static final List<String> TIME_FORMATS = List.of("united-nations", "24-hour");
    /** The level labels a style may name: (a), (b)…; (i), (ii)…; (A), (B)…; 1, 2…. */
    public static final List<String> LEVEL_LABELS = List.of("letter", "roman", "capital-letter", "number");

    /** What the top of the first page is made of, in the order {@code mastheadOrder} names them. */
    public static final List<String> MASTHEAD_PARTS = List.of("organization", "symbol", "distribution", "date",
            "original", "job-number");

    public HouseStyle {
        masthead = masthead == null ? List.of() : List.copyOf(masthead);
        mastheadOrder = mastheadOrder == null ? List.of() : List.copyOf(mastheadOrder);
        levelLabels = levelLabels == null ? List.of() : List.copyOf(levelLabels);
        organizationOfWorkColumns = organizationOfWorkColumns == null ? List.of()
                : List.copyOf(organizationOfWorkColumns);
        listOfDocumentsColumns = listOfDocumentsColumns == null ? List.of() : List.copyOf(listOfDocumentsColumns);
    }

    /** What is missing or wrong in this style, field by field; empty when it can print a document. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, String> required = new java.util.LinkedHashMap<>();
        required.put("id", id);
        required.put("name", name);
        required.put("distributionLine", distributionLine);
        required.put("originalLine", originalLine);
        required.put("draftLine", draftLine);
        required.put("title", title);
        required.put("introductionHeading", introductionHeading);
        required.put("agendaHeading", agendaHeading);
        required.put("annotationsHeading", annotationsHeading);
        required.put("chapterHeading", chapterHeading);
        required.put("agendaItemLabel", agendaItemLabel);
        required.put("itemHeading", itemHeading);
        required.put("subItemHeading", subItemHeading);
        required.put("documentationHeading", documentationHeading);
        required.put("documentationLine", documentationLine);
        required.put("annexHeading", annexHeading);
        required.put("numberedAnnexHeading", numberedAnnexHeading);
        required.put("organizationOfWorkTitle", organizationOfWorkTitle);
        required.put("continued", continued);
        required.put("listOfDocumentsTitle", listOfDocumentsTitle);
        required.put("locale", locale);
        required.put("dateFormat", dateFormat);
        required.put("dayFormat", dayFormat);
        required.put("timeFormat", timeFormat);
        required.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                problems.add(field + " is missing");
            }
        });
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add("id must be lower-case words joined by hyphens, not '" + id + "'");
        }
        if (masthead.isEmpty()) {
            problems.add("masthead needs at least one line");
        }
        if (mastheadOrder.isEmpty() || !MASTHEAD_PARTS.containsAll(mastheadOrder)
                || mastheadOrder.stream().distinct().count() != mastheadOrder.size()) {
            problems.add("mastheadOrder must name some of " + MASTHEAD_PARTS + ", each once");
        }
        if (levelLabels.isEmpty() || !LEVEL_LABELS.containsAll(levelLabels)) {
            problems.add("levelLabels must name at least one of " + LEVEL_LABELS);
        }
        if (organizationOfWorkColumns.size() != 3) {
            problems.add("organizationOfWorkColumns needs three columns: date and time, item, title");
        }
        if (listOfDocumentsColumns.size() != 3) {
            problems.add("listOfDocumentsColumns needs three columns: symbol, title, agenda item");
        }
        if (timeFormat != null && !TIME_FORMATS.contains(timeFormat)) {
            problems.add("timeFormat must be one of " + TIME_FORMATS);
        }
        if (locale != null && Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
            problems.add("locale '" + locale + "' is no language tag");
        }
        if (dateFormat != null) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(dateFormat);
                java.time.format.DateTimeFormatter.ofPattern(dayFormat == null ? "d" : dayFormat);
            } catch (IllegalArgumentException e) {
                problems.add("dateFormat or dayFormat is no date pattern: " + e.getMessage());
            }
        }
        return problems;
    }
}
