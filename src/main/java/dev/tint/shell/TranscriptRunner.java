package dev.tint.shell;

import dev.tint.ast.Module;
import dev.tint.ast.Stmt;
import dev.tint.error.Capture;
import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.PyTextStream;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.Parser;
import dev.tint.syntax.PySyntaxError;
import dev.tint.shell.repl.ReplHighlighter;
import dev.tint.theme.Theme;
import dev.tint.trace.PlainRenderer;
import dev.tint.trace.Traceback;
import dev.tint.trace.TracebackRenderer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Transcript mode: runs a program read line by line and writes a doctest-style transcript of it
 * to stdout. Each top-level statement is split off as the REPL would see it, runs as soon as it
 * is complete, and is echoed ({@code >>> } first line, {@code ... } continuation lines, and a bare
 * {@code ...} closing a compound statement), followed by what it printed, the repr of an
 * expression's value unless None, or its traceback. Output lines that are empty are written as
 * {@code <BLANKLINE>} so that the transcript is a valid doctest ({@code repl test} passes it).
 * Each statement is compiled as its own {@code <stdin>} entry, as in CPython's REPL. The program
 * is the input, so {@code input()} sees end of file. Memory does not grow with the input: only
 * the statement being read is kept.
 *
 * <p>When stdout gets color (the color rule of DESIGN.md applied to stdout), prompts, echoed code,
 * results and tracebacks are styled through the theme; removing the escape sequences gives
 * exactly the plain transcript, which has no escape byte of Tint's own.
 */
public final class TranscriptRunner {
    private static final List<String> CONTINUATIONS = List.of("else", "elif", "except", "finally");

    private final Streams streams;

    public TranscriptRunner(Streams streams) {
        this.streams = streams;
    }

    /** {@code repl} with stdin piped: the transcript of the program read from stdin. */
    public static int runStdin(List<String> args, RunOptions options) {
        Streams system = Streams.system();
        return new TranscriptRunner(system).run(
                new InputStreamReader(system.in(), StandardCharsets.UTF_8), "", args, options);
    }

    /** {@code repl --transcript FILE}: the transcript of a file. */
    public static int runFile(String file, List<String> args, RunOptions options) {
        Streams system = Streams.system();
        Path path = Path.of(file).toAbsolutePath().normalize();
        Reader reader;
        try {
            if (Files.isDirectory(path)) {
                throw new IOException("[Errno 21] Is a directory");
            }
            reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            return usage(system, "tint: can't open file '" + path + "': [Errno 2] No such file or directory");
        } catch (IOException e) {
            return usage(system, "tint: can't open file '" + path + "': " + e.getMessage());
        }
        try (Reader r = reader) {
            return new TranscriptRunner(system).run(r, file, args, options);
        } catch (IOException e) {
            return 0; // closing failed after the run: nothing to report
        }
    }

    private static int usage(Streams streams, String line) {
        try {
            streams.err().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            streams.err().flush();
        } catch (IOException ignored) {
            // stderr is gone
        }
        return 2;
    }

    /** Runs the program read from {@code program}; returns 1 if any statement raised, else 0. */
    public int run(Reader program, String argv0, List<String> args, RunOptions options) {
        boolean colored = colored(options.color(), streams);
        BlankLines out = new BlankLines(streams.out(), colored);
        InputStream noInput = new ByteArrayInputStream(new byte[0]);
        Session session = new Session(options, new Streams(noInput, out, streams.err(), streams.outIsTerminal()));
        // Session has already warned about a bad theme the user named: load it quietly here.
        Theme theme = colored ? Theme.loadOrDefault(options.theme(), warning -> { }) : Theme.NONE;
        Style style = colored
                ? new Style(theme, new ReplHighlighter(new HashSet<>(session.interpreter().builtins().boundNames()), theme))
                : null;
        if (style != null) {
            AttributedStyle result = theme.style("repl.result");
            session.interpreter().setResultStyle(text -> styled(result, text));
        }
        session.interpreter().configureModules(Path.of("").toAbsolutePath(), options.libraryPath());
        List<String> argv = new ArrayList<>();
        argv.add(argv0);
        argv.addAll(args);
        session.interpreter().setArgv(argv);
        Loop loop = new Loop(session, out, options, style);
        Integer status = session.onInterpreterThread(() -> loop.run(new BufferedReader(program)), 1);
        session.flushQuietly();
        return status == null ? 1 : status;
    }

    /**
     * DESIGN.md's color rule for stdout: the flag and environment are already resolved to
     * always/never/auto; auto asks whether stdout is a terminal (never for in-memory streams).
     */
    static boolean colored(String color, Streams streams) {
        if ("always".equals(color)) {
            return true;
        }
        if ("never".equals(color)) {
            return false;
        }
        return streams.out() instanceof java.io.FileOutputStream && Terminals.stdoutIsTerminal();
    }

    /** {@code text} in ANSI {@code style}, each line styled on its own so that no style spans a newline. */
    static String styled(AttributedStyle style, String text) {
        if (style.equals(AttributedStyle.DEFAULT) || text.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start) {
                sb.append(new AttributedString(text.substring(start, end), style).toAnsi());
            }
            if (nl < 0) {
                break;
            }
            sb.append('\n');
            start = nl + 1;
        }
        return sb.toString();
    }

    /** The colored transcript's styles: the theme and the highlighter of echoed code. */
    private record Style(Theme theme, ReplHighlighter highlighter) {
        String prompt(String text, boolean first) {
            return styled(theme.style(first ? "prompt" : "prompt.continuation"), text);
        }

        /** The echoed statement: highlighted as a whole (strings may span lines), written line by line. */
        String echo(List<String> lines, boolean block) {
            String code = String.join("\n", lines);
            AttributedString hl = highlighter.highlight(code);
            StringBuilder sb = new StringBuilder();
            int start = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                sb.append(prompt(i == 0 ? ">>>" : "...", i == 0));
                if (i == 0 || !line.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(hl.subSequence(start, start + line.length()).toAnsi()).append('\n');
                start += line.length() + 1;
            }
            if (block) {
                sb.append(prompt("...", false)).append('\n');
            }
            return sb.toString();
        }

        String traceback(Traceback tb) {
            // The same frames and layout as the plain transcript, so that stripping gives it exactly.
            return TracebackRenderer.render(tb, theme, TracebackRenderer.Options.ALL).toAnsi();
        }
    }

    /** Splits the input into REPL entries and runs them. */
    private static final class Loop {
        private final Session session;
        private final BlankLines out;
        private final RunOptions options;
        private final Style style;
        private final PyTextStream stdout;
        private final List<String> pending = new ArrayList<>();
        private final List<String> held = new ArrayList<>();
        private boolean block;
        private boolean failed;
        private Integer exit;

        Loop(Session session, BlankLines out, RunOptions options, Style style) {
            this.session = session;
            this.out = out;
            this.options = options;
            this.style = style;
            this.stdout = session.interpreter().stdout();
        }

        Integer run(BufferedReader in) {
            boolean first = true;
            try {
                for (String line = in.readLine(); line != null && exit == null; line = in.readLine()) {
                    if (first && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    first = false;
                    accept(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (exit == null && !pending.isEmpty()) {
                execute(true);
            }
            session.flushQuietly();
            if (!out.atLineStart()) {
                stdout.write("\n"); // the transcript ends with a whole line
                session.flushQuietly();
            }
            if (exit != null) {
                return exit;
            }
            return failed ? 1 : 0;
        }

        private void accept(String line) {
            if (pending.isEmpty()) {
                if (!isBlankOrComment(line)) {
                    pending.add(line);
                    examine();
                }
                return;
            }
            if (!block) {
                pending.add(line);
                examine();
                return;
            }
            if (isBlankOrComment(line)) {
                held.add(line);
                return;
            }
            if (Character.isWhitespace(line.charAt(0)) || isContinuation(line) || status() == Status.INCOMPLETE) {
                pending.addAll(held);
                held.clear();
                pending.add(line);
                return;
            }
            execute(false);
            accept(line);
        }

        /** After a line of a statement not yet known to be a block: run it, wait, or report. */
        private void examine() {
            Status s = status();
            if (s == Status.COMPOUND) {
                block = true;
            } else if (s != Status.INCOMPLETE) {
                execute(false); // a complete simple statement, or a syntax error to report now
            }
        }

        private enum Status { SIMPLE, COMPOUND, INCOMPLETE, ERROR }

        private Status status() {
            try {
                Module m = Parser.parse(source());
                if (m.body().isEmpty()) {
                    return Status.SIMPLE;
                }
                Stmt s = m.body().get(0);
                boolean compound = s instanceof Stmt.If || s instanceof Stmt.While || s instanceof Stmt.For
                        || s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef || s instanceof Stmt.Try;
                return compound ? Status.COMPOUND : Status.SIMPLE;
            } catch (PySyntaxError e) {
                return e.incomplete() ? Status.INCOMPLETE : Status.ERROR;
            }
        }

        private Source source() {
            StringBuilder text = new StringBuilder();
            for (String l : pending) {
                text.append(l).append('\n');
            }
            return new Source(Origin.user("<stdin>"), text.toString());
        }

        private void execute(boolean atEnd) { // atEnd: the input ended the statement
            Source source = source();
            session.flushQuietly();
            if (!out.atLineStart()) {
                stdout.write("\n");
            }
            StringBuilder echo = new StringBuilder();
            if (style != null) {
                echo.append(style.echo(pending, block));
            } else {
                for (int i = 0; i < pending.size(); i++) {
                    String line = pending.get(i);
                    echo.append(i == 0 ? ">>> " : (line.isEmpty() ? "..." : "... ")).append(line).append('\n');
                }
                if (block) {
                    echo.append("...\n");
                }
            }
            stdout.write(echo.toString());
            session.flushQuietly();
            pending.clear();
            held.clear();
            block = false;
            try {
                session.interpreter().runInteractive(source);
            } catch (PySyntaxError e) {
                failed = true;
                report(traceback(Capture.of(e)));
            } catch (ScriptError e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                    exit = session.reportUncaught(e.exception());
                    return;
                }
                failed = true;
                report(traceback(Capture.of(e.exception())));
            } catch (UncheckedIOException e) {
                throw e;
            } catch (StackOverflowError e) {
                failed = true;
                report("RecursionError: maximum recursion depth exceeded (Java stack exhausted)\n");
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failed = true;
                StringBuilder text = new StringBuilder("Traceback (most recent call last):\n"
                        + "  File \"<tint>\", line 0, in <internal> [system]\n"
                        + "SystemError: internal error in Tint: " + e + "\n");
                if (options.debug()) {
                    java.io.StringWriter sw = new java.io.StringWriter();
                    e.printStackTrace(new java.io.PrintWriter(sw));
                    session.error(sw.toString());
                }
                report(text.toString());
            }
            session.flushQuietly();
        }

        private String traceback(Traceback tb) {
            return style == null ? PlainRenderer.render(tb) : style.traceback(tb);
        }

        private void report(String text) {
            session.flushQuietly();
            if (!out.atLineStart()) {
                stdout.write("\n");
            }
            stdout.write(text.endsWith("\n") ? text : text + "\n");
            session.flushQuietly();
        }
    }

    static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static boolean isContinuation(String line) {
        for (String word : CONTINUATIONS) {
            if (line.startsWith(word) && (line.length() == word.length()
                    || !Character.isJavaIdentifierPart(line.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes an empty output line as {@code <BLANKLINE>} and tracks whether a line is open. In a
     * colored transcript ({@code ansi}) escape sequences are not text: a line holding only escape
     * sequences is still empty, so the plain and colored transcripts agree once they are stripped.
     */
    static final class BlankLines extends FilterOutputStream {
        private static final byte[] BLANK = "<BLANKLINE>".getBytes(StandardCharsets.US_ASCII);
        private final boolean ansi;
        private volatile boolean atLineStart = true;
        private int escape; // 0 outside an escape sequence, 1 after ESC, 2 inside a CSI sequence

        BlankLines(OutputStream out) {
            this(out, false);
        }

        BlankLines(OutputStream out, boolean ansi) {
            super(out);
            this.ansi = ansi;
        }

        /** Whether byte {@code b} is part of an escape sequence (only in a colored transcript). */
        private boolean inEscape(byte b) {
            if (!ansi) {
                return false;
            }
            switch (escape) {
                case 1:
                    escape = b == '[' ? 2 : 0;
                    return true;
                case 2:
                    if (b >= 0x40 && b <= 0x7e) {
                        escape = 0;
                    }
                    return true;
                default:
                    if (b == 0x1b) {
                        escape = 1;
                        return true;
                    }
                    return false;
            }
        }

        boolean atLineStart() {
            return atLineStart;
        }

        @Override
        public void write(int b) throws IOException {
            if (inEscape((byte) b)) {
                out.write(b);
                return;
            }
            if (b == '\n' && atLineStart) {
                out.write(BLANK);
            }
            out.write(b);
            atLineStart = b == '\n';
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (inEscape(b[i])) {
                    continue;
                }
                if (b[i] == '\n') {
                    if (atLineStart) {
                        out.write(b, start, i - start);
                        out.write(BLANK);
                        start = i;
                    }
                    atLineStart = true;
                } else {
                    atLineStart = false;
                }
            }
            out.write(b, start, off + len - start);
        }
    }
}
