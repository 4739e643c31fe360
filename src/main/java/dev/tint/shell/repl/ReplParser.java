package dev.tint.shell.repl;

import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.PySyntaxError;
import dev.tint.syntax.Parser;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Decides when Enter runs the entry and when it continues with {@code ... }, from Tint's own
 * parser: input that could still become valid (open bracket, block header, open triple quote,
 * trailing backslash) continues; a compound statement also waits for an empty line, as in
 * CPython's REPL. Completion contexts get JLine's ordinary word splitting.
 */
public final class ReplParser extends DefaultParser {
    private static final String[] COMPOUND =
            {"def", "class", "if", "elif", "else", "for", "while", "try", "except", "finally", "@"};

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && needsMore(line)) {
            // JLine indents the new line by INDENTATION spaces per "open bracket": auto-indent.
            throw new EOFError(-1, -1, "incomplete input", "", continuationIndent(line), null);
        }
        return super.parse(line, cursor, context);
    }

    /** Indentation levels for the next line: the last line's, one more after a trailing colon. */
    public static int continuationIndent(String text) {
        String last = text.substring(text.lastIndexOf('\n') + 1);
        int spaces = 0;
        while (spaces < last.length() && last.charAt(spaces) == ' ') {
            spaces++;
        }
        int level = spaces / 4;
        String code = last.strip();
        int hash = code.indexOf('#');
        if (hash >= 0 && !code.contains("'") && !code.contains("\"")) {
            code = code.substring(0, hash).strip();
        }
        return code.endsWith(":") ? level + 1 : level;
    }

    public static boolean needsMore(String text) {
        if (text.isBlank()) {
            return false;
        }
        try {
            Parser.parse(new Source(Origin.user("<stdin>"), text + "\n"));
        } catch (PySyntaxError e) {
            return e.incomplete();
        }
        // Complete code still waits for an empty line while its last line is inside a block, or
        // starts a compound statement (`def f(n): return n * 3`, `else: pass`), as in CPython's
        // REPL. A pasted block whose last line is a simple top-level statement runs at once.
        String last = text.substring(text.lastIndexOf('\n') + 1);
        if (last.isBlank()) {
            return false;
        }
        if (Character.isWhitespace(last.charAt(0))) {
            return true;
        }
        for (String k : COMPOUND) {
            if (last.startsWith(k) && (last.length() == k.length() || !Character.isJavaIdentifierPart(last.charAt(k.length())))) {
                return true;
            }
        }
        return false;
    }
}
