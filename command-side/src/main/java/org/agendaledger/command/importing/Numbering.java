package org.agendaledger.command.importing;

/**
 * What the readers found of the document's paragraph numbers: how many paragraphs were read, and how many of them
 * carried a number ("12.") that the document, not the text, gives them.
 */
final class Numbering {

    private int paragraphs;
    private int numbered;

    /** A paragraph read; {@code withNumber} when its number was taken off. */
    void paragraph(boolean withNumber) {
        paragraphs++;
        if (withNumber) {
            numbered++;
        }
    }

    /** True when the document numbers its paragraphs, false when it has paragraphs without, null with none. */
    Boolean numberedParagraphs() {
        return paragraphs == 0 ? null : numbered > 0;
    }
}
