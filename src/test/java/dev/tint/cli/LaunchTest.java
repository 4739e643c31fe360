package dev.tint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tint.shell.RunOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Dispatch, exit statuses and messages, with a recording {@link Runner}. */
class LaunchTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final List<String> calls = new ArrayList<>();
    private Supplier<Integer> result = () -> 0;
    private boolean stdinIsTerminal;

    private final Runner runner = new Runner() {
        @Override
        public int runFile(String file, List<String> args, RunOptions options) {
            calls.add("file " + file + " " + args);
            return result.get();
        }

        @Override
        public int runCode(String code, List<String> args, RunOptions options) {
            calls.add("code " + code + " " + args + " color=" + options.color());
            return result.get();
        }

        @Override
        public int runStdin(String argv0, List<String> args, RunOptions options) {
            calls.add("stdin '" + argv0 + "' " + args);
            return result.get();
        }

        @Override
        public int runInteractive(RunOptions options) {
            calls.add("interactive");
            return result.get();
        }

        @Override
        public int runTranscript(String file, List<String> args, RunOptions options) {
            calls.add("transcript " + file + " " + args);
            return result.get();
        }

        @Override
        public int runTest(List<String> args, RunOptions options) {
            calls.add("test " + args);
            return result.get();
        }
    };

    private int run(Map<String, String> env, String... argv) {
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        return new Launch(runner, out, err, () -> stdinIsTerminal, () -> false).run(List.of(argv), env);
    }

    private int run(String... argv) {
        return run(Map.of(), argv);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dispatchesEachMode() {
        assertEquals(0, run("prog.py", "a"));
        assertEquals(0, run("-c", "pass", "b"));
        assertEquals(0, run("-", "c"));
        assertEquals(0, run());
        stdinIsTerminal = true;
        assertEquals(0, run());
        assertEquals(List.of("file prog.py [a]", "code pass [b] color=auto", "stdin '-' [c]",
                "transcript null []", "interactive"), calls);
        assertEquals("", out());
        assertEquals("", err());
    }

    @Test
    void dispatchesTranscriptAndTest() {
        assertEquals(0, run("--transcript", "demo.py"));
        assertEquals(0, run("test", "-v", "docs", "--junit", "r.xml"));
        assertEquals(0, run("--color=never", "--transcript", "x.py"));
        assertEquals(List.of("transcript demo.py []", "test [-v, docs, --junit, r.xml]", "transcript x.py []"),
                calls);
        assertEquals(2, run("--transcript", "a.py", "b.py"));
        assertTrue(err().contains("--transcript"), err());
    }

    @Test
    void returnsTheRunnersStatus() {
        result = () -> 3;
        assertEquals(3, run("prog.py"));
    }

    @Test
    void version() {
        assertEquals(0, run("--version"));
        assertEquals("Tint " + Version.NUMBER + " (Java " + System.getProperty("java.version") + ")"
                + System.lineSeparator(), out());
        assertTrue(calls.isEmpty());
    }

    @Test
    void helpIsPlainUnlessAskedForColor() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: repl"), out());
        assertFalse(out().contains("\u001b"));
        outBytes.reset();
        assertEquals(0, run("--color=always", "--help"));
        assertTrue(out().contains("\u001b["));
        outBytes.reset();
        assertEquals(0, run(Map.of("FORCE_COLOR", "1"), "-h"));
        assertTrue(out().contains("\u001b["));
    }

    @Test
    void usageErrorIsOneLinePlusHintAndStatus2() {
        assertEquals(2, run("--bogus", "prog.py"));
        assertEquals("tint: unknown option: '--bogus'\nTry 'repl --help' for more information.\n",
                err().replace(System.lineSeparator(), "\n"));
        assertEquals("", out());
        assertTrue(calls.isEmpty());
    }

    @Test
    void badColorsIsAUsageError() {
        assertEquals(2, run(Map.of("COLORS", "yes"), "-c", "pass"));
        assertTrue(err().startsWith("tint: COLORS must be 0 or 1, not 'yes'"), err());
        assertTrue(calls.isEmpty());
    }

    @Test
    void colorFromTheEnvironmentReachesTheRunner() {
        run(Map.of("COLORS", "0"), "-c", "pass");
        run(Map.of("NO_COLOR", "1", "COLORS", "1"), "-c", "pass");
        assertEquals(List.of("code pass [] color=never", "code pass [] color=always"), calls);
    }

    @Test
    void internalErrorIsShortWithoutDebug() {
        result = () -> {
            throw new IllegalStateException("slot 3 unset\nsecond line");
        };
        assertEquals(70, run("prog.py"));
        assertEquals("tint: internal error: IllegalStateException: slot 3 unset\n"
                + "tint: (run with --debug to see the Java stack trace)\n",
                err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void internalErrorShowsTheStackTraceWithDebug() {
        result = () -> {
            throw new IllegalStateException("boom");
        };
        assertEquals(70, run("--debug", "prog.py"));
        assertTrue(err().startsWith("tint: internal error: IllegalStateException: boom"), err());
        assertTrue(err().contains("\tat dev.tint.cli.LaunchTest"), err());
    }

    @Test
    void javaErrorsAreInternalErrorsToo() {
        result = () -> {
            throw new StackOverflowError();
        };
        assertEquals(70, run("prog.py"));
        assertTrue(err().startsWith("tint: internal error: Java stack overflow\n"), err());
        errBytes.reset();
        result = () -> {
            throw new OutOfMemoryError("Java heap space");
        };
        assertEquals(70, run("prog.py"));
        assertTrue(err().startsWith("tint: internal error: out of memory (Java heap space)\n"), err());
    }

    @Test
    void trainingRunsTheInterpreterAndAlwaysSucceeds() {
        result = () -> {
            throw new UnsupportedOperationException("not yet");
        };
        assertEquals(0, run("--train"));
        assertEquals(3, calls.size());
        assertTrue(calls.get(0).startsWith("code " + Training.PROGRAM), calls.get(0));
        assertTrue(calls.get(2).endsWith("color=always"), calls.get(2));
    }

    @Test
    void aBrokenPipeEscapingTheRunnerEndsQuietlyWith120() {
        result = () -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("Broken pipe"));
        };
        assertEquals(120, run("prog.py"));
        assertEquals("", err());
    }

    @Test
    void anotherIoErrorIsAnInternalError() {
        result = () -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
        };
        assertEquals(70, run("prog.py"));
        assertTrue(err().startsWith("tint: internal error: UncheckedIOException: "), err());
    }
}
