package dev.tint.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backspace in indentation and history suggestions, on JLine's own buffer and widgets. */
class ReplWidgetsTest {
    @TempDir
    Path dir;

    @Test
    void backspaceInIndentationRemovesOneLevel() {
        assertEquals(4, ReplWidgets.dedentWidth("def f():\n        ", 17), "8 spaces: back to 4");
        assertEquals(2, ReplWidgets.dedentWidth("if x:\n      ", 12), "6 spaces: back to 4");
        assertEquals(0, ReplWidgets.dedentWidth("if x:\n    y", 11), "after code: one character");
        assertEquals(0, ReplWidgets.dedentWidth("x = 1", 5));
        assertEquals(0, ReplWidgets.dedentWidth("if x:\n", 6), "at the start of a line: joins lines as usual");
    }

    @Test
    void theSuggestionIsTheRestOfTheNewestMatchingEntry() {
        DefaultHistory history = new DefaultHistory();
        history.add("print('old')");
        history.add("print(len(words))");
        history.add("x = 1");
        assertEquals("len(words))", ReplWidgets.suggestion("print(", history));
        assertEquals("", ReplWidgets.suggestion("zzz", history));
        assertEquals("", ReplWidgets.suggestion("", history), "nothing typed, nothing suggested");
    }

    private LineReaderImpl reader() throws Exception {
        Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        return ReplConsole.create(terminal, Map.of("TINT_HISTORY", dir.resolve("h").toString())).reader();
    }

    @Test
    void theInstalledWidgetsActOnTheBuffer() throws Exception {
        LineReaderImpl reader = reader();
        reader.getBuffer().write("if x:\n        ");
        reader.getWidgets().get(LineReader.BACKWARD_DELETE_CHAR).apply();
        assertEquals("if x:\n    ", reader.getBuffer().toString());
        reader.getWidgets().get(LineReader.BACKWARD_DELETE_CHAR).apply();
        assertEquals("if x:\n", reader.getBuffer().toString());

        reader.getBuffer().clear();
        reader.getHistory().add("answer = 42");
        reader.getBuffer().write("ans");
        reader.getWidgets().get(LineReader.END_OF_LINE).apply();
        assertEquals("ans", reader.getBuffer().toString(), "suggestions are off by default");
        ReplWidgets.suggest(reader, true);
        reader.getWidgets().get(LineReader.END_OF_LINE).apply();
        assertEquals("answer = 42", reader.getBuffer().toString());
        reader.getBuffer().clear();
        reader.getBuffer().write("answer");
        reader.getBuffer().cursor(2);
        reader.getWidgets().get(LineReader.FORWARD_CHAR).apply();
        assertEquals("answer", reader.getBuffer().toString(), "Right inside the line accepts nothing");
    }
}
