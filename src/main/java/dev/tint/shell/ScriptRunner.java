package dev.tint.shell;

import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.shell.repl.BackgroundConsole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs programs in script mode: a file, a {@code -c} string or stdin. Each method returns the
 * process exit status; program output goes to stdout, an uncaught traceback to stderr, and bad
 * usage (a missing file) gets one line on stderr and status 2, as CPython does.
 */
public final class ScriptRunner {
    private final Streams streams;

    public ScriptRunner(Streams streams) {
        this.streams = streams;
    }

    /** {@code repl FILE ARGS...}; argv[0] of sys.argv is the file as given. */
    public static int runFile(String fileAsGiven, List<String> args, RunOptions options) {
        return new ScriptRunner(Streams.system()).file(fileAsGiven, args, options);
    }

    /** {@code repl -c CODE ARGS...}; sys.argv[0] is "-c". */
    public static int runCode(String code, List<String> args, RunOptions options) {
        return new ScriptRunner(Streams.system()).code(code, args, options);
    }

    /** {@code repl - ARGS...} or piped stdin: the program is read from stdin; sys.argv[0] is "-" or "". */
    public static int runStdin(String argv0, List<String> args, RunOptions options) {
        return new ScriptRunner(Streams.system()).stdin(argv0, args, options);
    }

    /**
     * {@code repl} with stdin on a terminal: the JLine REPL, or, when stdout is not a terminal
     * (or no terminal can be opened), the plain loop with its prompts on stderr, as CPython's.
     */
    public static int runInteractive(RunOptions options) {
        if (!Terminals.stdoutIsTerminal()) {
            return new PlainRepl(new Session(options, Streams.system())).run();
        }
        // The console takes longest to set up: it is opened while the interpreter is built.
        BackgroundConsole console = BackgroundConsole.take(System.getenv());
        Session session = new Session(options, Streams.system());
        try {
            return new JLineRepl(session, console).run();
        } catch (java.io.IOException e) {
            return new PlainRepl(session).run(); // no usable terminal after all
        }
    }

    public int file(String fileAsGiven, List<String> args, RunOptions options) {
        Path path = Path.of(fileAsGiven).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            usage("tint: can't open file '" + path + "': [Errno 21] Is a directory");
            return 2;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (java.nio.file.NoSuchFileException e) {
            usage("tint: can't open file '" + path + "': [Errno 2] No such file or directory");
            return 2;
        } catch (java.nio.file.AccessDeniedException e) {
            usage("tint: can't open file '" + path + "': [Errno 13] Permission denied");
            return 2;
        } catch (IOException e) {
            usage("tint: can't open file '" + path + "': " + e.getMessage());
            return 2;
        }
        return run(bytes, Origin.user(path.toString()), argv(fileAsGiven, args), options, path.getParent());
    }

    public int code(String code, List<String> args, RunOptions options) {
        Session session = new Session(options, streams);
        session.interpreter().configureModules(Path.of("").toAbsolutePath(), options.libraryPath());
        session.interpreter().setArgv(argv("-c", args));
        return session.runProgram(new Source(Origin.user("<string>"), code));
    }

    public int stdin(String argv0, List<String> args, RunOptions options) {
        byte[] bytes;
        try {
            bytes = readFully(streams.in());
        } catch (IOException e) {
            usage("tint: can't read standard input: " + e.getMessage());
            return 2;
        }
        return run(bytes, Origin.user("<stdin>"), argv(argv0, args), options, Path.of("").toAbsolutePath());
    }

    private int run(byte[] bytes, Origin origin, List<String> argv, RunOptions options, Path userDirectory) {
        Session session = new Session(options, streams);
        session.interpreter().configureModules(userDirectory, options.libraryPath());
        session.interpreter().setArgv(argv);
        String text;
        try {
            text = SourceDecoder.decode(bytes, origin);
        } catch (dev.tint.syntax.PySyntaxError e) {
            return session.reportSyntaxError(e);
        }
        return session.runProgram(new Source(origin, text));
    }

    /**
     * Reads a stream to its end with plain reads: JDK 17's FileInputStream.readAllBytes asks a
     * pipe for its size and position and fails with "Illegal seek".
     */
    static byte[] readFully(java.io.InputStream in) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            buffer.write(chunk, 0, n);
        }
        return buffer.toByteArray();
    }

    private void usage(String line) {
        try {
            streams.err().write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            streams.err().flush();
        } catch (IOException ignored) {
            // Nothing more can be reported when stderr itself is gone.
        }
    }

    private static List<String> argv(String first, List<String> rest) {
        List<String> argv = new ArrayList<>();
        argv.add(first);
        argv.addAll(rest);
        return argv;
    }
}
