package dev.tint.shell.repl;

import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;

/**
 * Turns proposals into JLine candidates. JLine replaces the whole word its parser found at the
 * cursor (split at whitespace only: {@code print(math.sq} is one word) by the candidate's value,
 * after escaping it; so a value is the word's text before the proposal, the proposal, and the
 * word's text after the cursor. A candidate is made only when JLine would write back exactly
 * that; otherwise (a word with backslashes, say) the proposal is dropped rather than mangle the
 * line.
 */
final class WordCandidates {
    private final ParsedLine line;
    private final String before;
    private final int wordStart;
    private final String tail;

    WordCandidates(ParsedLine line) {
        this.line = line;
        String text = line.line();
        int cursor = Math.max(0, Math.min(line.cursor(), text.length()));
        int rawCursor;
        int rawLength;
        if (line instanceof CompletingParsedLine c) {
            rawCursor = c.rawWordCursor();
            rawLength = c.rawWordLength();
        } else {
            rawCursor = line.wordCursor();
            rawLength = line.word().length();
        }
        this.before = text.substring(0, cursor);
        this.wordStart = Math.max(0, Math.min(cursor, cursor - rawCursor));
        int end = Math.max(cursor, Math.min(text.length(), wordStart + rawLength));
        this.tail = text.substring(cursor, end);
    }

    /** The text before the cursor: what completion looks at. */
    String before() {
        return before;
    }

    /** The text after the cursor. */
    String after() {
        return line.line().substring(before.length());
    }

    /** The candidate for a proposal, or null when JLine could not write it back as it is. */
    Candidate candidate(Proposal p) {
        if (p.start() < wordStart || p.start() > before.length()) {
            return null; // it would reach outside JLine's word
        }
        String raw = before.substring(wordStart, p.start()) + p.text() + tail;
        if (!(line instanceof CompletingParsedLine c)) {
            return make(raw, false, p);
        }
        if (writes(c, raw, false, raw)) {
            return make(raw, false, p);
        }
        // JLine escapes a space in a value; a trailing one is what a "complete" candidate adds.
        if (p.text().endsWith(" ") && tail.isEmpty()) {
            String bare = raw.substring(0, raw.length() - 1);
            if (writes(c, bare, true, bare)) {
                return make(bare, true, p);
            }
        }
        // A word that starts with a quote: JLine keeps the quote out of the value and writes it
        // back itself, closing it too for a "complete" candidate (and then adds a space).
        if (!raw.isEmpty() && (raw.charAt(0) == '\'' || raw.charAt(0) == '"')) {
            String inner = raw.substring(1);
            if (writes(c, inner, false, raw)) {
                return make(inner, false, p);
            }
            if (inner.endsWith(raw.substring(0, 1))) {
                String unclosed = inner.substring(0, inner.length() - 1);
                if (writes(c, unclosed, true, raw)) {
                    return make(unclosed, true, p);
                }
            }
        }
        return null;
    }

    private static boolean writes(CompletingParsedLine line, String value, boolean complete, String raw) {
        return line.escape(value, complete).toString().equals(raw);
    }

    /**
     * complete=false: JLine adds no space, the suffix the proposal wants is in its text;
     * complete=true only for a space (or a closing quote) that JLine adds itself.
     */
    private static Candidate make(String value, boolean complete, Proposal p) {
        return new Candidate(value, p.display(), p.group(), p.description(), null, null, complete);
    }
}
