package org.agendaledger.events.meeting;

/** A document listed under an agenda item, such as a background paper. */
public record DocumentationEntry(String symbol, String title) {
}
