package org.agendaledger.events.meeting;

/**
 * A footnote of the document. A text refers to it as {@code [^id]}; the document numbers footnotes 1, 2, 3… in the
 * order of their first reference, so the id is only a name.
 */
public record Footnote(String id, String text) {
}
