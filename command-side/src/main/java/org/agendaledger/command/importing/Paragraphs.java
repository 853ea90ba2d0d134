package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of one part of the document as they are read, line by line: a line that goes on with a sentence
 * the previous line left open is joined to it, as is a line the text was broken before at its width, and the two
 * halves of a paragraph a page break (blank lines, a footer) has cut in two.
 */
final class Paragraphs {

    private final List<String> texts = new ArrayList<>();
    private SourceLine lastLine;

    /**
     * Adds a line of the text: a paragraph of its own when {@code fresh} (a numbered paragraph), or when the
     * previous one ends its sentence and the text was not broken before the line at its width; else the rest of
     * the previous one. True when it began a paragraph. {@code source} is null for a text read without widths.
     */
    boolean add(SourceLine line, String text, boolean fresh, SourceText source) {
        boolean broken = source != null && lastLine != null && !line.gapBefore()
                && source.brokenBefore(lastLine, line);
        lastLine = line;
        if (!fresh && !texts.isEmpty() && (broken || continues(last(), text, line.gapBefore()))) {
            String last = last();
            boolean hyphenated = last.endsWith("-") && Character.isLowerCase(text.codePointAt(0));
            texts.set(texts.size() - 1, hyphenated ? last + text : last + " " + text);
            return false;
        }
        texts.add(text);
        return true;
    }

    /**
     * Whether {@code next} goes on with {@code previous}: always on the next line of an unfinished sentence; across
     * a gap only when the sentence plainly runs on (the next line starts in lower case, or the previous is a long
     * text that stops on a lower-case word or a joining word).
     */
    static boolean continues(String previous, String next, boolean gapBefore) {
        if (Structure.endsSentence(previous) || next.isEmpty()) {
            return false;
        }
        if (!gapBefore || Character.isLowerCase(next.codePointAt(0)) || Structure.endsOnJoiningWord(previous)) {
            return true;
        }
        char end = previous.charAt(previous.length() - 1);
        return Structure.words(previous) >= 8 && Character.isLowerCase(end);
    }

    /** Whether the last paragraph stops in the middle of a sentence. */
    boolean open() {
        return !texts.isEmpty() && !Structure.endsSentence(last());
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    String last() {
        return texts.get(texts.size() - 1);
    }

    List<String> texts() {
        return List.copyOf(texts);
    }
}
