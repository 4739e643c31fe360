package dev.tint.shell.repl;

import java.util.Iterator;
import java.util.Map;
import org.jline.reader.Buffer;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/**
 * What Tint's REPL adds on top of JLine's emacs keys: Backspace in a line's indentation removes
 * a whole level, and, with suggestions on ({@code :suggest on}), Right or End at the end of the
 * entry accepts the grey suggestion JLine shows from history (fish-style).
 */
public final class ReplWidgets {
    /** Spaces per indentation level, as JLine's auto-indent inserts them. */
    static final int INDENT = 4;
    /** How far back in history a suggestion is looked for (JLine's own display stops there too). */
    private static final int SUGGESTION_DEPTH = 200;

    private ReplWidgets() {}

    /** Rebinds Backspace, Right, Ctrl-F, End and Ctrl-E of {@code reader}. */
    public static void install(LineReaderImpl reader) {
        Map<String, Widget> widgets = reader.getWidgets();
        widgets.put(LineReader.BACKWARD_DELETE_CHAR, new Dedent(reader, widgets.get(LineReader.BACKWARD_DELETE_CHAR)));
        for (String name : new String[] {LineReader.FORWARD_CHAR, LineReader.END_OF_LINE}) {
            widgets.put(name, new AcceptSuggestion(reader, widgets.get(name)));
        }
    }

    /** Turns history suggestions on or off. */
    public static void suggest(LineReader reader, boolean on) {
        reader.setAutosuggestion(on ? LineReader.SuggestionType.HISTORY : LineReader.SuggestionType.NONE);
    }

    public static boolean suggesting(LineReader reader) {
        return reader.getAutosuggestion() == LineReader.SuggestionType.HISTORY;
    }

    /**
     * The rest of the newest history entry that starts with {@code typed}; empty when none does
     * (or nothing is typed). The same rule as the suggestion JLine displays.
     */
    static String suggestion(String typed, History history) {
        if (typed.isEmpty() || history.isEmpty()) {
            return "";
        }
        Iterator<History.Entry> entries = history.reverseIterator(history.last());
        for (int seen = 0; entries.hasNext() && seen <= SUGGESTION_DEPTH; seen++) {
            String line = entries.next().line();
            if (line.startsWith(typed)) {
                return line.substring(typed.length());
            }
        }
        return "";
    }

    /** Number of spaces Backspace removes at {@code cursor}: a level in indentation, else 0 (one character). */
    static int dedentWidth(String text, int cursor) {
        int lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
        int spaces = cursor - lineStart;
        if (spaces == 0) {
            return 0;
        }
        for (int i = lineStart; i < cursor; i++) {
            if (text.charAt(i) != ' ') {
                return 0;
            }
        }
        return spaces % INDENT == 0 ? INDENT : spaces % INDENT;
    }

    private static final class Dedent implements Widget {
        private final LineReaderImpl reader;
        private final Widget original;

        Dedent(LineReaderImpl reader, Widget original) {
            this.reader = reader;
            this.original = original;
        }

        @Override
        public boolean apply() {
            Buffer buffer = reader.getBuffer();
            int width = dedentWidth(buffer.toString(), buffer.cursor());
            if (width <= 1) {
                return original.apply();
            }
            buffer.backspace(width);
            return true;
        }
    }

    private static final class AcceptSuggestion implements Widget {
        private final LineReaderImpl reader;
        private final Widget original;

        AcceptSuggestion(LineReaderImpl reader, Widget original) {
            this.reader = reader;
            this.original = original;
        }

        @Override
        public boolean apply() {
            Buffer buffer = reader.getBuffer();
            if (suggesting(reader) && buffer.cursor() == buffer.length()) {
                String rest = suggestion(buffer.toString(), reader.getHistory());
                if (!rest.isEmpty()) {
                    buffer.write(rest);
                    return true;
                }
            }
            return original.apply();
        }
    }
}
