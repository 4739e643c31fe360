package dev.tint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL in a real pseudo-terminal: tmux runs Tint, send-keys types, capture-pane reads the
 * screen. Skipped (with a message) where tmux is not installed; CI installs it.
 */
class ReplTmuxTest {
    private static final String SESSION = "tint-repl-test-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private static boolean hasTmux() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("tmux");
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private void start(String colors) throws IOException, InterruptedException {
        start(colors, "");
    }

    private void start(String colors, String environment) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "cd " + dir + " && " + environment + " COLORS=" + colors + " TINT_HISTORY=" + dir.resolve("history") + " "
                + java + " -cp " + System.getProperty("java.class.path") + " dev.tint.Main; echo EXITED=$?; sleep 30";
        tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", command);
        waitFor(screen -> screen.contains(">>>")); // capture-pane drops the trailing space
        Thread.sleep(300); // let the line reader switch the terminal to raw mode
    }

    private String screen(boolean escapes) throws IOException, InterruptedException {
        return escapes ? tmux("capture-pane", "-p", "-e", "-t", SESSION) : tmux("capture-pane", "-p", "-t", SESSION);
    }

    private String waitFor(Predicate<String> condition) throws IOException, InterruptedException {
        String s = "";
        for (int i = 0; i < 200; i++) {
            s = screen(false);
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("screen never matched:\n" + s);
    }

    /**
     * Waits until the prompt is back and the line reader has had time to put the terminal in raw
     * mode: keys typed ahead of that (Tab, Ctrl-C) would reach the terminal's line discipline.
     */
    private void readyForKeys() throws IOException, InterruptedException {
        waitFor(s -> s.stripTrailing().endsWith(">>>"));
        Thread.sleep(400);
    }

    private void type(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(new String[0]));
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (hasTmux()) {
            tmux("kill-session", "-t", SESSION);
        }
    }

    @Test
    void aSessionOfArithmeticBlocksErrorsInterruptsAndExit() throws IOException, InterruptedException {
        assumeTrue(hasTmux(), "tmux is not installed: skipping the terminal REPL tests");
        start("0");
        type("6 * 7", "Enter");
        waitFor(s -> s.contains("\n42\n"));
        type("_ + 1", "Enter");
        waitFor(s -> s.contains("\n43\n"));
        type("def triple(n):", "Enter", "return n * 3", "Enter", "Enter"); // the body is auto-indented
        type("triple(5)", "Enter");
        waitFor(s -> s.contains("\n15\n"));
        type("1/0", "Enter");
        waitFor(s -> s.contains("ZeroDivisionError: division by zero"));
        type("print('alive')", "Enter");
        waitFor(s -> s.contains("\nalive\n"));
        readyForKeys();
        type("pri", "Tab");
        waitFor(s -> s.stripTrailing().endsWith(">>> print("));
        type("'tab')", "Enter");
        waitFor(s -> s.contains("\ntab\n"));
        readyForKeys();
        type("import ma", "Tab");
        waitFor(s -> s.stripTrailing().endsWith(">>> import math"));
        type("Enter");
        readyForKeys();
        type("math.sq", "Tab");
        waitFor(s -> s.stripTrailing().endsWith(">>> math.sqrt("));
        type("16)", "Enter");
        waitFor(s -> s.contains("\n4.0\n"));
        readyForKeys();
        type("tri", "Tab");
        waitFor(s -> s.stripTrailing().endsWith(">>> triple("));
        type("2)", "Enter");
        waitFor(s -> s.contains("\n6\n"));
        readyForKeys();
        type("some text", "C-c");
        readyForKeys();
        type("while True: pass", "Enter", "Enter");
        Thread.sleep(500);
        type("C-c");
        waitFor(s -> s.contains("KeyboardInterrupt"));
        readyForKeys();
        type("'after'", "Enter");
        waitFor(s -> s.contains("'after'\n"));
        assertFalse(screen(true).contains("\u001b[3"), "COLORS=0: no color escapes");
        readyForKeys();
        type("C-d");
        String end = waitFor(s -> s.contains("EXITED="));
        assertTrue(end.contains("EXITED=0"), end);
        assertTrue(Files.readString(dir.resolve("history")).contains("triple(5)"));
    }

    @Test
    void aPastedBlockRunsAsOneUnitWithItsOwnIndentation() throws IOException, InterruptedException {
        assumeTrue(hasTmux(), "tmux is not installed: skipping the terminal REPL tests");
        start("0");
        readyForKeys();
        // paste-buffer -p wraps the text in bracketed-paste markers, as a terminal does for a paste.
        tmux("set-buffer", "def f(x):\n    if x:\n        return 1\n    return 2\n\nprint(f(0), f(1))");
        tmux("paste-buffer", "-p", "-t", SESSION);
        waitFor(s -> s.contains("... print(f(0), f(1))"));
        String pasted = screen(false);
        assertTrue(pasted.contains("...         return 1\n"), "indentation kept, not doubled:\n" + pasted);
        type("Enter");
        waitFor(s -> s.contains("\n2 1\n"));
    }

    @Test
    void aDumbTerminalGetsNoEscapeSequences() throws IOException, InterruptedException {
        assumeTrue(hasTmux(), "tmux is not installed: skipping the terminal REPL tests");
        start("1", "TERM=dumb");
        type("'dumb', 6 * 7", "Enter");
        waitFor(s -> s.contains("('dumb', 42)"));
        assertFalse(screen(true).contains("\u001b"), "TERM=dumb: not one escape sequence, even with COLORS=1");
        type("exit", "Enter");
        waitFor(s -> s.contains("EXITED=0"));
    }

    @Test
    void withStdoutPipedTheReplPromptsOnStderrAndStdoutGetsOnlyResults() throws IOException, InterruptedException {
        assumeTrue(hasTmux(), "tmux is not installed: skipping the terminal REPL tests");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("stdout.log");
        // The exit status of the REPL, not of tee: `set -o pipefail` in bash (tmux's shell may be sh).
        tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", "bash -c 'set -o pipefail; cd " + dir
                + " && COLORS=1 " + java + " -cp " + System.getProperty("java.class.path") + " dev.tint.Main | tee " + log
                + "; echo EXITED=$?; sleep 30'");
        waitFor(s -> s.contains(">>>"));
        type("'piped', 6 * 7", "Enter");
        // tee echoes the result a moment after the next prompt may have reached the terminal.
        waitFor(s -> s.contains("('piped', 42)"));
        type("exit(4)", "Enter");
        String end = waitFor(s -> s.contains("EXITED="));
        assertTrue(end.contains("EXITED=4"), end);
        assertEquals("('piped', 42)\n", Files.readString(log), "stdout: results only, no prompts, no escapes");
    }

    @Test
    void withStdoutRedirectedCtrlCDropsTheEntryOrInterruptsAndTheReplGoesOn() throws IOException, InterruptedException {
        assumeTrue(hasTmux(), "tmux is not installed: skipping the terminal REPL tests");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("stdout.log");
        tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", "cd " + dir + " && " + java + " -cp "
                + System.getProperty("java.class.path") + " dev.tint.Main > " + log + "; echo EXITED=$?; sleep 30");
        waitFor(s -> s.contains(">>>"));
        Thread.sleep(300);
        type("x = (1,");
        waitFor(s -> s.contains("x = (1,"));
        type("C-c");
        waitFor(s -> s.contains("KeyboardInterrupt\n>>>"));
        type("6 * 7", "Enter");
        type("while True: pass", "Enter", "Enter");
        Thread.sleep(500);
        type("C-c");
        waitFor(s -> s.contains("    while True: pass\nKeyboardInterrupt"));
        type("'alive'", "Enter");
        type("exit(3)", "Enter");
        String end = waitFor(s -> s.contains("EXITED="));
        assertTrue(end.contains("EXITED=3"), end);
        assertEquals("42\n'alive'\n", Files.readString(log), "the dropped entry never ran");
    }

    @Test
    void historySurvivesARestartAndColorsAppearWhenAskedFor() throws IOException, InterruptedException {
        assumeTrue(hasTmux(), "tmux is not installed: skipping the terminal REPL tests");
        start("1");
        type("seen = 'before restart'", "Enter");
        waitFor(s -> s.contains("seen = 'before restart'\n>>>"));
        type("exit", "Enter");
        waitFor(s -> s.contains("EXITED=0"));
        tmux("kill-session", "-t", SESSION);
        start("1");
        type("Up", "Up"); // the last entry was `exit`, the one before it our assignment
        waitFor(s -> s.contains(">>> seen = 'before restart'"));
        assertTrue(screen(true).contains("\u001b["), "COLORS=1: the echoed line is highlighted");
        type("C-u", "import sys; sys.exit(3)", "Enter");
        String end = waitFor(s -> s.contains("EXITED="));
        assertEquals(true, end.contains("EXITED=3"), end);
    }
}
