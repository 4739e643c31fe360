package dev.tint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tint.shell.repl.ReplConsole;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole JLine REPL driven through a dumb terminal with scripted keystrokes. */
class JLineReplTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String keys) throws Exception {
        return run(keys, Map.of("TINT_HISTORY", dir.resolve("history").toString()));
    }

    private int run(String keys, Map<String, String> env) throws Exception {
        // A DumbTerminal itself: TerminalBuilder with streams would give a pty-backed terminal
        // once JLine's JNI provider is present.
        Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8);
        Session session = new Session(RunOptions.defaults(), new Streams(new ByteArrayInputStream(new byte[0]), out, err, false));
        return new JLineRepl(session, () -> ReplConsole.create(terminal, env)).run();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void resultsAreShownAndUnderscoreHoldsTheLastOne() throws Exception {
        assertEquals(0, run("1+1\nx = 21\nx * 2\nNone\n_ + 1\n"));
        assertEquals("2\n42\n43\n", out(), screen() + "|" + err());
        assertTrue(screen().startsWith("Tint 0.1.0 on Java "), screen());
        assertTrue(screen().contains(">>> "));
        assertFalse(screen().contains("\u001b"), "a dumb terminal gets no escape sequences");
    }

    @Test
    void aBlockContinuesUntilAnEmptyLineWithAutoIndent() throws Exception {
        // The body is typed without indentation: JLine's auto-indent supplies it.
        assertEquals(0, run("def f(n):\nreturn n * 3\n\nf(4)\n"));
        assertEquals("12\n", out());
    }

    @Test
    void anErrorIsReportedAndTheNextLineWorks() throws Exception {
        assertEquals(0, run("1/0\nprint('after')\n"));
        assertTrue(err().contains("ZeroDivisionError: division by zero"), err());
        assertEquals("after\n", out());
    }

    @Test
    void exitQuitAndSysExitEndWithTheirStatus() throws Exception {
        assertEquals(0, run("exit\nprint('never')\n"));
        assertEquals("", out());
        assertEquals(0, run("quit\n"));
        assertEquals(3, run("import sys\nsys.exit(3)\n"));
        assertEquals(5, run("exit(5)\n"));
    }

    @Test
    void endOfInputExitsWithStatusZero() throws Exception {
        assertEquals(0, run("x = 1\n"));
    }

    @Test
    void metaCommandsAnswerOnTheTerminal() throws Exception {
        assertEquals(0, run(":frames user\n:locals maybe\n:suggest on\n:nope\nhelp\n"));
        assertTrue(screen().contains("frames: user"), screen());
        assertTrue(screen().contains("usage: :locals on|off"), screen());
        assertTrue(screen().contains("suggestions: on"), screen());
        assertTrue(screen().contains("unknown command :nope (try :help)"), screen());
        assertTrue(screen().contains(":suggest on|off"), "help lists the commands");
    }

    @Test
    void historyIsKeptAcrossSessionsAsWholeEntries() throws Exception {
        run("def f():\nreturn 1\n\nanswer = 42\n");
        String saved = Files.readString(dir.resolve("history"), StandardCharsets.UTF_8);
        assertTrue(saved.contains("answer = 42"), saved);
        assertTrue(saved.contains("def f():\\n"), "a multi-line entry is one history entry: " + saved);
        screen.reset();
        run(":history\n");
        assertTrue(screen().contains("answer = 42"), screen());
    }

    @Test
    void anUnusableHistoryFileGivesOneWarningAndTheReplWorksOn() throws Exception {
        Path folder = dir.resolve("a-folder");
        Files.createDirectories(folder);
        assertEquals(0, run("6 * 7\n", Map.of("TINT_HISTORY", folder.toString())));
        assertEquals("42\n", out());
        String warning = "tint: history disabled (" + folder + ": is a directory)";
        assertTrue(screen().contains(warning), screen());
        assertEquals(screen().indexOf("history disabled"), screen().lastIndexOf("history disabled"), "said once");
    }

    @Test
    void aCorruptHistoryFileDoesNotStopTheRepl() throws Exception {
        Path history = dir.resolve("history");
        Files.write(history, new byte[] {0, (byte) 0xff, (byte) 0xfe, ':', '\n', '1', '2', ':', 'x', '\n'});
        assertEquals(0, run("6 * 7\n"));
        assertEquals("42\n", out());
        assertTrue(screen().contains("tint: history disabled (" + history + ": not UTF-8 text; the file is left as it is)"),
                screen());
        assertFalse(screen().contains("could not read"), screen());
        assertEquals(10, Files.size(history), "the user's file is not rewritten");
    }

    @Test
    void anInternalErrorIsReportedShortlyAndTheSessionGoesOn() {
        Session session = new Session(RunOptions.defaults(), new Streams(new ByteArrayInputStream(new byte[0]), out, err, false));
        Integer status = session.onInterpreterThread(() -> {
            throw new IllegalStateException("boom");
        }, null);
        assertEquals(null, status);
        assertTrue(err().contains("[system]"), err());
        assertTrue(err().contains("SystemError: internal error in Tint: java.lang.IllegalStateException: boom"), err());
        assertFalse(err().contains("\tat "), "no Java stack trace without --debug");
    }
}
