package org.agendaledger.command.importing;

import java.time.LocalDate;

/**
 * What the first page of a read document says of its issue, to propose when the agenda is issued: the symbol
 * without its "/Add.1" or "/Corr.1" (those are document parts), the date of issue, the distribution and the
 * original language. Each is null where the text does not say it.
 *
 * @param distribution     "General", "Limited" or "Restricted"
 * @param originalLanguage "English", or "English only" for a document issued in one language only
 */
public record IssueSuggestion(String symbol, LocalDate dateOfIssue, String distribution, String originalLanguage) {
}
