package dev.tint.shell;

import dev.tint.error.Capture;
import dev.tint.error.ScriptError;
import dev.tint.eval.BigStackThread;
import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTextStream;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.PySyntaxError;
import dev.tint.theme.Theme;
import dev.tint.trace.Traceback;
import dev.tint.trace.TracebackRenderer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * One interpreter wired to the process's standard streams, and the rules for how a run ends:
 * the exit status of SystemExit, the traceback of any other uncaught exception, and a short
 * report (never a Java stack trace unless --debug) for an internal error.
 */
final class Session {
    private RunOptions options;
    private final Interpreter interpreter;
    private final PyTextStream stdout;
    private final PyTextStream stderr;
    private final boolean stderrColored;
    private final int stderrWidth;
    private Theme theme;

    Session(RunOptions options, Streams streams) {
        this.options = options;
        this.stdout = new PyTextStream(new BufferedWriter(new OutputStreamWriter(
                streams.out(), StandardCharsets.UTF_8), 1 << 16), "<stdout>", streams.outIsTerminal());
        this.stderr = new PyTextStream(new BufferedWriter(new OutputStreamWriter(
                streams.err(), StandardCharsets.UTF_8), 1 << 12), "<stderr>", true);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(streams.in(), StandardCharsets.UTF_8));
        this.interpreter = new Interpreter(stdout, stderr, stdin, options.recursionLimit());
        this.stderrColored = colored(options.color(), streams);
        this.stderrWidth = width(streams);
        if (options.theme() != null && !options.theme().isEmpty()) {
            theme(); // a theme the user asked for is checked (and warned about) up front
        }
    }

    /**
     * DESIGN.md's color rule for stderr: the flag and environment are already resolved to
     * always/never/auto; auto asks whether stderr is a terminal (never for in-memory streams).
     */
    private static boolean colored(String color, Streams streams) {
        if ("always".equals(color)) {
            return true;
        }
        if ("never".equals(color)) {
            return false;
        }
        return streams.err() instanceof java.io.FileOutputStream && Terminals.stderrIsTerminal();
    }

    /**
     * The width to cut long source lines at: {@code COLUMNS} when stderr is a terminal, else -1
     * (piped output is never cut).
     */
    private static int width(Streams streams) {
        String columns = System.getenv("COLUMNS");
        if (columns == null || !(streams.err() instanceof java.io.FileOutputStream)
                || !Terminals.stderrIsTerminal()) {
            return -1;
        }
        try {
            int w = Integer.parseInt(columns.strip());
            return w >= 20 ? w : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The theme, loaded once; a bad one gives one warning line on stderr and the default theme. */
    Theme theme() {
        if (theme == null) {
            theme = Theme.loadOrDefault(options.theme(), this::error);
        }
        return theme;
    }

    /** Writes a traceback to stderr: styled when stderr gets color, else plain (not one ESC byte). */
    private void writeTraceback(Traceback tb) {
        TracebackRenderer.Options opts = new TracebackRenderer.Options(options.frames(), options.locals(), stderrWidth);
        if (stderrColored) {
            stderr.write(TracebackRenderer.render(tb, theme(), opts).toAnsi());
        } else {
            stderr.write(TracebackRenderer.render(tb, Theme.NONE, opts).toString());
        }
    }

    /** Writes a usage-level message (not a traceback) to stderr. */
    void error(String line) {
        stderr.write(line + "\n");
        stderr.flush();
    }

    RunOptions options() {
        return options;
    }

    /** The REPL's meta-commands change frames, locals and theme between entries. */
    void setOptions(RunOptions changed) {
        if (changed.theme() == null ? options.theme() != null : !changed.theme().equals(options.theme())) {
            theme = null;
        }
        options = changed;
    }

    Interpreter interpreter() {
        return interpreter;
    }

    /** Runs a whole program; returns the process exit status. */
    int runProgram(Source source) {
        int status = onInterpreterThread(() -> {
            try {
                interpreter.runMain(source);
                return 0;
            } catch (PySyntaxError e) {
                return reportSyntaxError(e);
            } catch (ScriptError e) {
                return reportUncaught(e.exception());
            }
        }, 1);
        flushQuietly();
        return status;
    }

    /**
     * Runs one REPL entry in {@code __main__}, results shown as the REPL shows them, errors
     * reported; returns an exit status when the entry raised SystemExit, else null. An internal
     * error is reported and gives null too: the REPL goes on.
     */
    Integer runEntry(String text) {
        interpreter.thread().interrupted = false; // a Ctrl-C that came while no code ran
        String source = text.endsWith("\n") ? text : text + "\n";
        return onInterpreterThread(() -> {
            try {
                interpreter.runInteractive(new Source(Origin.user("<stdin>"), source));
            } catch (PySyntaxError e) {
                reportSyntaxError(e);
            } catch (ScriptError e) {
                int status = reportUncaught(e.exception());
                if (e.exception().type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                    return status;
                }
            }
            flushQuietly();
            return null;
        }, null);
    }

    /**
     * Runs code on the interpreter's big-stack thread. An internal failure (a Java exception
     * escaping the interpreter) is reported in a few lines, and gives {@code whenInternalError}.
     */
    <T> T onInterpreterThread(Supplier<T> body, T whenInternalError) {
        try {
            return BigStackThread.run("tint-main", interpreter.thread(), body);
        } catch (UncheckedIOException io) {
            throw io;
        } catch (RuntimeException | Error e) {
            reportInternal(e);
            return whenInternalError;
        }
    }

    int reportSyntaxError(PySyntaxError e) {
        flushQuietly();
        writeTraceback(Capture.of(e));
        stderr.flush();
        return 1;
    }

    /** SystemExit ends quietly with its status; anything else prints a traceback and gives 1. */
    int reportUncaught(PyBaseException e) {
        flushQuietly();
        if (e.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            return exitStatus(e);
        }
        writeTraceback(Capture.of(e, options.locals()));
        stderr.flush();
        return e.type().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
    }

    private int exitStatus(PyBaseException e) {
        Object code = e.exitCode();
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (l & 0xff);
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (code instanceof BigInteger) {
            return 0xff;
        }
        stderr.write(Ops.str(code) + "\n");
        stderr.flush();
        return 1;
    }

    private void reportInternal(Throwable e) {
        flushQuietly();
        if (e instanceof StackOverflowError) {
            stderr.write("RecursionError: maximum recursion depth exceeded (Java stack exhausted)\n");
        } else {
            stderr.write("Traceback (most recent call last):\n  File \"<tint>\", line 0, in <internal> [system]\n"
                    + "SystemError: internal error in Tint: " + e + "\n");
        }
        if (options.debug()) {
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(sw));
            stderr.write(sw.toString());
        }
        stderr.flush();
    }

    void flushQuietly() {
        try {
            stdout.flush();
        } catch (UncheckedIOException ignored) {
            // A closed pipe on stdout (`| head`) is not the program's error.
        }
    }
}
