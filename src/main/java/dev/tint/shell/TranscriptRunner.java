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
import dev.tint.trace.PlainRenderer;
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
import java.util.List;

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
        BlankLines out = new BlankLines(streams.out());
        InputStream noInput = new ByteArrayInputStream(new byte[0]);
        Session session = new Session(options, new Streams(noInput, out, streams.err(), streams.outIsTerminal()));
        session.interpreter().configureModules(Path.of("").toAbsolutePath(), options.libraryPath());
        List<String> argv = new ArrayList<>();
        argv.add(argv0);
        argv.addAll(args);
        session.interpreter().setArgv(argv);
        Loop loop = new Loop(session, out, options);
        Integer status = session.onInterpreterThread(() -> loop.run(new BufferedReader(program)));
        session.flushQuietly();
        return status == null ? 1 : status;
    }

    /** Splits the input into REPL entries and runs them. */
    private static final class Loop {
        private final Session session;
        private final BlankLines out;
        private final RunOptions options;
        private final PyTextStream stdout;
        private final List<String> pending = new ArrayList<>();
        private final List<String> held = new ArrayList<>();
        private boolean block;
        private boolean failed;
        private Integer exit;

        Loop(Session session, BlankLines out, RunOptions options) {
            this.session = session;
            this.out = out;
            this.options = options;
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
            for (int i = 0; i < pending.size(); i++) {
                String line = pending.get(i);
                echo.append(i == 0 ? ">>> " : (line.isEmpty() ? "..." : "... ")).append(line).append('\n');
            }
            if (block) {
                echo.append("...\n");
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
                report(PlainRenderer.render(Capture.of(e)));
            } catch (ScriptError e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                    exit = session.reportUncaught(e.exception());
                    return;
                }
                failed = true;
                report(PlainRenderer.render(Capture.of(e.exception())));
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

    /** Writes an empty output line as {@code <BLANKLINE>} and tracks whether a line is open. */
    static final class BlankLines extends FilterOutputStream {
        private static final byte[] BLANK = "<BLANKLINE>".getBytes(StandardCharsets.US_ASCII);
        private volatile boolean atLineStart = true;

        BlankLines(OutputStream out) {
            super(out);
        }

        boolean atLineStart() {
            return atLineStart;
        }

        @Override
        public void write(int b) throws IOException {
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
