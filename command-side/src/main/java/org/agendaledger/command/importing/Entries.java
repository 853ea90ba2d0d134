package org.agendaledger.command.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendaledger.events.meeting.DocumentationEntry;

/**
 * A document listed under "Documentation" or in a list of documents, in the forms the documents print it: "Title of
 * the document (SYMBOL)", "SYMBOL Title", "SYMBOL: Title", "SYMBOL – Title". A bare symbol is no entry: a document
 * is listed with its title.
 */
final class Entries {

    private static final Pattern SYMBOL_FIRST = Pattern.compile("^\\s*(?::|[-\u2013\u2014]|\t)?\\s*(\\S.*)$");
    /** What may follow a symbol in its parentheses: "and Corr.1", ", Add.1 and Add.2". */
    private static final Pattern SYMBOL_TAIL = Pattern.compile("^(?:\\s*(?:,|and)\\s*(?:Add|Corr|Rev)\\.\\d+)*$");

    private Entries() {
    }

    /** The entry a line lists, or null. */
    static DocumentationEntry parse(String text) {
        String line = text.strip().replaceFirst("[.;]$", "");
        if (line.endsWith(")")) {
            int open = line.lastIndexOf('(');
            if (open > 0) {
                String inner = line.substring(open + 1, line.length() - 1).strip();
                Vocabulary.Found symbol = Vocabulary.symbol(inner);
                String title = line.substring(0, open).strip();
                if (symbol != null && symbol.start() == 0 && SYMBOL_TAIL.matcher(inner.substring(symbol.end()))
                        .matches() && !title.isEmpty()) {
                    return new DocumentationEntry(inner, title);
                }
            }
        }
        Vocabulary.Found symbol = Vocabulary.symbol(line);
        if (symbol != null && symbol.start() == 0) {
            Matcher rest = SYMBOL_FIRST.matcher(line.substring(symbol.end()));
            if (rest.matches() && Character.isLetter(rest.group(1).codePointAt(0))) {
                return new DocumentationEntry(symbol.value(), rest.group(1).strip());
            }
        }
        return null;
    }

    /** Whether the line is a symbol and nothing else. */
    static boolean bareSymbol(String text) {
        return Vocabulary.isSymbol(text.strip().replaceFirst("[.;]$", ""));
    }
}
