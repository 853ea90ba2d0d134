package org.agendaledger.command.importing;

/**
 * A line of the read text that is in no part of the proposal: its number (from 1), its text and why it was not
 * placed ("page furniture" for blank lines, page numbers and running headers, which are dropped on purpose).
 */
public record Unplaced(int line, String text, String reason) {
}
