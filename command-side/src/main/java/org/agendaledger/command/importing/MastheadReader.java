package org.agendaledger.command.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The masthead reader: reads the first page of the text, up to and with its title and a "Note by …" under it.
 * Lines before the first of the issue's lines (symbol, "Distr.", date of issue, "Original", job number) are the
 * masthead's organisation lines, as is "United Nations" wherever it stands; after them come the body's lines (the
 * parent body, then the body), the session, the place and dates and the item reference, with the lines that follow
 * it up to the title as the rest of the reference ("Organizational matters"). The first page ends at the title, or
 * where the body of the document plainly begins (a chapter, an item, a numbered line, an annex).
 */
final class MastheadReader {

    /** What the first page says, and where the rest of the document begins ({@code end}: an index of the lines). */
    record FrontMatter(List<String> masthead, String symbol, String distribution, LocalDate dateOfIssue,
                       String originalLanguage, String jobNumber, String parentBody, String body, String sessionLine,
                       String placeAndDates, String itemReference, String title, String subtitle, int end) {
    }

    private enum Kind {
        MASTHEAD, TEXT, SESSION, PLACE, ITEM_REFERENCE
    }

    private static final class Piece {
        final Kind kind;
        final SourceLine line;
        String text;
        int lastLine;

        Piece(Kind kind, SourceLine line, String text) {
            this.kind = kind;
            this.line = line;
            this.text = text;
            this.lastLine = line.number();
        }
    }

    private final Leftovers leftovers;
    private final List<Piece> pieces = new ArrayList<>();
    private boolean issueSeen;
    private boolean distributionPending;
    private String symbol;
    private String distribution;
    private LocalDate dateOfIssue;
    private String originalLanguage;
    private String jobNumber;

    MastheadReader(Leftovers leftovers) {
        this.leftovers = leftovers;
    }

    FrontMatter read(List<SourceLine> lines) {
        String title = null;
        String subtitle = null;
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (bodyBegins(line.text())) {
                break;
            }
            i++;
            if (Vocabulary.isTitle(line.text())) {
                title = line.text();
                if (i < lines.size() && Vocabulary.isSubtitle(lines.get(i).text())) {
                    subtitle = lines.get(i).text();
                    i++;
                }
                break;
            }
            read(line, line.text());
        }
        return assemble(title, subtitle, i);
    }

    /** A line the first page does not have: a chapter, an item, a numbered or labelled line, an annex, a paragraph. */
    private static boolean bodyBegins(String text) {
        return Structure.isChapter(text) || Structure.itemHeading(text) != null || Structure.numbered(text) != null
                || Structure.labelled(text) != null || Structure.annex(text) != null
                || Structure.isDocumentation(text) || Structure.words(text) > 25
                || Structure.severalSentences(text);
    }

    /** Reads what a line (or what is left of it) says; a line may say several things ("Distr.: General 4 June 2020"). */
    private void read(SourceLine line, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        Vocabulary.Found found = symbol == null ? Vocabulary.symbol(t) : null;
        if (found != null && Structure.words(t.substring(0, found.start())) <= 8) {
            read(line, t.substring(0, found.start()));
            symbol = found.value();
            issueSeen = true;
            read(line, t.substring(found.end()));
            return;
        }
        if (t.equals(symbol)) {
            leftovers.add(line, "the symbol again on the first page");
            return;
        }
        String[] distr = Vocabulary.distribution(t);
        if (distr != null) {
            issueSeen = true;
            distribution = distr[0] != null ? distr[0] : distribution;
            distributionPending = distr[0] == null;
            read(line, distr[1]);
            return;
        }
        if (distributionPending && Vocabulary.distributionValue(t) != null) {
            distribution = Vocabulary.distributionValue(t);
            distributionPending = false;
            return;
        }
        Vocabulary.DateAt date = Vocabulary.date(t);
        if (date != null && date.start() == 0 && !Vocabulary.isPlaceAndDates(t)) {
            if (dateOfIssue != null) {
                leftovers.add(line, "a second date of issue on the first page");
                return;
            }
            dateOfIssue = date.date();
            issueSeen = true;
            read(line, t.substring(date.end()));
            return;
        }
        String language = Vocabulary.originalLanguage(t);
        if (language != null) {
            originalLanguage = language;
            issueSeen = true;
            return;
        }
        if (Vocabulary.isJobNumber(t)) {
            jobNumber = t;
            issueSeen = true;
            return;
        }
        Kind kind = Vocabulary.isUnitedNations(t) ? Kind.MASTHEAD
                : Vocabulary.isSessionLine(t) ? Kind.SESSION
                : Vocabulary.isPlaceAndDates(t) ? Kind.PLACE
                : Vocabulary.isItemReference(t) ? Kind.ITEM_REFERENCE
                : issueSeen ? Kind.TEXT : Kind.MASTHEAD;
        Piece previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        // a name broken over two lines: the second begins in lower case ("… Hazardous Wastes" / "and their
        // Disposal"), or the first stops on a joining word ("… Platform on" / "Biodiversity …")
        if ((kind == Kind.TEXT || kind == Kind.MASTHEAD) && previous != null && previous.kind == kind
                && previous.lastLine == line.number() - 1 && !line.gapBefore()
                && (Character.isLowerCase(t.codePointAt(0)) || Structure.endsOnJoiningWord(previous.text))) {
            previous.text = previous.text + " " + t;
            previous.lastLine = line.number();
            return;
        }
        pieces.add(new Piece(kind, line, t));
    }

    private FrontMatter assemble(String title, String subtitle, int end) {
        List<String> masthead = new ArrayList<>();
        List<Piece> bodies = new ArrayList<>();
        String session = null;
        String place = null;
        StringBuilder reference = null;
        boolean afterBodies = false;
        for (Piece piece : pieces) {
            Kind kind = piece.kind == Kind.MASTHEAD && !issueSeen && !Vocabulary.isUnitedNations(piece.text)
                    ? Kind.TEXT
                    : piece.kind;
            switch (kind) {
                case MASTHEAD -> masthead.add(piece.text);
                case SESSION -> {
                    afterBodies = true;
                    if (session == null) {
                        session = piece.text;
                    } else {
                        leftovers.add(piece.line, "a second session line on the first page");
                    }
                }
                case PLACE -> {
                    afterBodies = true;
                    if (place == null) {
                        place = piece.text;
                    } else {
                        leftovers.add(piece.line, "a second place and dates on the first page");
                    }
                }
                case ITEM_REFERENCE -> {
                    afterBodies = true;
                    if (reference == null) {
                        reference = new StringBuilder(piece.text);
                    } else {
                        leftovers.add(piece.line, "a second item reference on the first page");
                    }
                }
                case TEXT -> {
                    if (reference != null) {
                        // "Item 2 of the provisional agenda" / "Organizational matters": what the item is called
                        reference.append('\n').append(piece.text);
                    } else if (afterBodies) {
                        leftovers.add(piece.line, "a line of the first page that is none of its known parts");
                    } else {
                        bodies.add(piece);
                    }
                }
            }
        }
        String parentBody = null;
        String body = null;
        if (bodies.size() == 1) {
            body = bodies.get(0).text;
        } else if (bodies.size() > 1) {
            parentBody = bodies.get(0).text;
            body = bodies.get(bodies.size() - 1).text;
            bodies.subList(1, bodies.size() - 1).forEach(p -> leftovers.add(p.line,
                    "a line of the first page between the parent body and the body"));
        }
        return new FrontMatter(masthead, symbol, distribution, dateOfIssue, originalLanguage, jobNumber, parentBody,
                body, session, place, reference == null ? null : reference.toString(), title, subtitle, end);
    }
}
