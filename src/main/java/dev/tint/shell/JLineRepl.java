package dev.tint.shell;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.shell.repl.ConsoleSource;
import dev.tint.shell.repl.ReplCompleter;
import dev.tint.shell.repl.ReplConsole;
import dev.tint.shell.repl.ReplHighlighter;
import dev.tint.shell.repl.ReplParser;
import dev.tint.source.Origin;
import dev.tint.theme.Theme;
import dev.tint.source.Source;
import dev.tint.syntax.PySyntaxError;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.function.UnaryOperator;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The interactive REPL on a terminal: JLine's line reader with Tint's parser (multi-line
 * entries), highlighter, completer and persistent history. Ctrl-C discards the line being typed
 * or interrupts running code; Ctrl-D on an empty line, {@code exit} or {@code quit} leave.
 */
final class JLineRepl {
    private final Session session;
    private final ConsoleSource source;
    private boolean colors;
    private Theme appliedTheme;
    private String prompt = ">>> ";

    /** @param source the console, possibly still being opened on another thread */
    JLineRepl(Session session, ConsoleSource source) {
        this.session = session;
        this.source = source;
    }

    /**
     * Runs the REPL until exit; its status. An IOException when the console cannot be opened, before
     * anything was shown, so that the caller can fall back to the plain REPL.
     */
    int run() throws IOException {
        prepareSignalProxy();
        ReplConsole console = source.get();
        Terminal terminal = console.terminal();
        try {
            LineReaderImpl reader = console.reader();
            // Colors off (--color=never, COLORS=0, NO_COLOR...) means no highlighting escapes either.
            colors = !"never".equals(session.options().color())
                    && !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
            applyTheme(reader, terminal);
            reader.setCompleter(new ReplCompleter(session.interpreter()));
            terminal.handle(Terminal.Signal.INT, new Interrupter(session));
            MetaCommands commands = new MetaCommands(session, terminal.writer());
            terminal.writer().println("Tint 0.1.0 on Java " + Runtime.version().feature()
                    + " \u2014 type help, exit, or press Tab");
            if (console.historyProblem() != null) {
                terminal.writer().println("tint: " + console.historyProblem());
            }
            terminal.flush();
            // The lexer (for highlighting) and the parser (for Enter) load many classes on first
            // use: they are warmed on another thread while the prompt shows and the user types.
            Thread warmUp = new Thread(new WarmUp(), "tint-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            return loop(reader, terminal, commands);
        } finally {
            terminal.close();
        }
    }

    /**
     * Styles the prompts, the live highlighting and the results from the session's theme (none
     * with colors off); done again only when the theme has changed.
     */
    private void applyTheme(LineReaderImpl reader, Terminal terminal) {
        Theme theme = colors ? session.theme() : Theme.NONE;
        if (theme == appliedTheme) {
            return;
        }
        appliedTheme = theme;
        if (!colors) {
            reader.setHighlighter(new PlainHighlighter());
            prompt = ">>> ";
            reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "... ");
            return;
        }
        ReplHighlighter highlighter = new ReplHighlighter(new HashSet<>(session.interpreter().builtins().boundNames()),
                theme);
        reader.setHighlighter(highlighter);
        prompt = TranscriptRunner.styled(theme.style("prompt"), ">>> ");
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN,
                TranscriptRunner.styled(theme.style("prompt.continuation"), "... "));
        AttributedStyle result = theme.style("repl.result");
        session.interpreter().setResultStyle(result.equals(AttributedStyle.DEFAULT)
                ? new HighlightedResult(highlighter, terminal) : new StyledResult(result));
    }

    /** A result's repr, highlighted like code (strings, numbers, True/None...). */
    private static final class HighlightedResult implements UnaryOperator<String> {
        private final ReplHighlighter highlighter;
        private final Terminal terminal;

        HighlightedResult(ReplHighlighter highlighter, Terminal terminal) {
            this.highlighter = highlighter;
            this.terminal = terminal;
        }

        @Override
        public String apply(String repr) {
            return highlighter.highlight(repr).toAnsi(terminal);
        }
    }

    /** A result's repr in the theme's repl.result style. */
    private static final class StyledResult implements UnaryOperator<String> {
        private final AttributedStyle style;

        StyledResult(AttributedStyle style) {
            this.style = style;
        }

        @Override
        public String apply(String repr) {
            return TranscriptRunner.styled(style, repr);
        }
    }

    private int loop(LineReaderImpl reader, Terminal terminal, MetaCommands commands) {
        int failures = 0;
        while (true) {
            String entry;
            // A Ctrl-C that landed between entries leaves the thread interrupted; JLine's next
            // terminal command (stty, for Tab completion) would then fail.
            Thread.interrupted();
            try {
                applyTheme(reader, terminal); // :theme may have changed it
                entry = reader.readLine(prompt);
                failures = 0;
            } catch (UserInterruptException e) {
                continue; // Ctrl-C discards the line being typed
            } catch (EndOfFileException e) {
                return 0;
            } catch (java.io.IOError | RuntimeException e) {
                // The REPL survives a failed read (or a failure inside JLine, which has run our
                // highlighter and completer); only a terminal that keeps failing ends it.
                terminal.writer().println("tint: could not read the line [system]: " + e);
                terminal.flush();
                if (++failures >= 3) {
                    return 1;
                }
                continue;
            }
            String command = entry.strip();
            if (command.equals("exit") || command.equals("quit")) {
                return 0;
            }
            if (command.isEmpty()) {
                continue;
            }
            if (command.equals("help")) {
                terminal.writer().println(MetaCommands.HELP);
                terminal.flush();
                continue;
            }
            if (MetaCommands.isCommand(command)) {
                commands.run(command, reader);
                continue;
            }
            Integer status = execute(entry);
            if (status != null) {
                return status;
            }
        }
    }

    /**
     * JLine hands each signal handler to the JVM as a dynamic proxy of sun.misc.SignalHandler;
     * generating that proxy class (10-35 ms, and no class archive holds it) is done here, while
     * the console is still being opened on the other thread, rather than on the way to the first
     * prompt when the REPL installs its Ctrl-C handler.
     */
    private static void prepareSignalProxy() {
        try {
            Proxy.newProxyInstance(JLineRepl.class.getClassLoader(),
                    new Class<?>[] {Class.forName("sun.misc.SignalHandler")}, new NoCalls());
        } catch (RuntimeException | ClassNotFoundException e) {
            // Only an optimisation.
        }
    }

    /**
     * Warms, while the user reads the banner and types, what the first entries need: the lexer
     * and parser classes; then ANTLR's prediction caches and the JIT, by parsing (not running)
     * the largest bundled module. The first parse of a long module in a fresh JVM is slow: the
     * first {@code import statistics} took 0.43 s, and takes about 0.1 s after this.
     */
    private static final class WarmUp implements Runnable {
        private static final String SAMPLE = "/stdlib/statistics.tint";

        @Override
        public void run() {
            try {
                dev.tint.syntax.Tokens.lex("def f(x): return [x, 'a', 1.5]  # c");
                ReplParser.needsMore("x = (1,");
                try (java.io.InputStream in = JLineRepl.class.getResourceAsStream(SAMPLE)) {
                    if (in != null) {
                        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        dev.tint.syntax.Parser.parse(new Source(new Origin(dev.tint.source.FrameKind.SYSTEM, "<warm-up>"), text));
                    }
                }
            } catch (RuntimeException | java.io.IOException e) {
                // Warming up is only an optimisation.
            }
        }
    }

    private static final class NoCalls implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            return null;
        }
    }

    /** Ctrl-C while code runs: the interpreter checks this flag and raises KeyboardInterrupt. */
    private static final class Interrupter implements Terminal.SignalHandler {
        private final Session session;

        Interrupter(Session session) {
            this.session = session;
        }

        @Override
        public void handle(Terminal.Signal signal) {
            session.interpreter().thread().interrupted = true;
        }
    }

    /** The highlighter with colors off: the buffer as typed, no escapes. */
    private static final class PlainHighlighter extends org.jline.reader.impl.DefaultHighlighter {
        @Override
        public AttributedString highlight(LineReader reader, String buffer) {
            return new AttributedString(buffer);
        }
    }

    /** Runs one entry; returns an exit status when the entry raised SystemExit. */
    private Integer execute(String text) {
        session.interpreter().thread().interrupted = false;
        return session.onInterpreterThread(() -> {
            try {
                session.interpreter().runInteractive(new Source(Origin.user("<stdin>"), text + "\n"));
            } catch (PySyntaxError e) {
                session.reportSyntaxError(e);
            } catch (ScriptError e) {
                int status = session.reportUncaught(e.exception());
                if (e.exception().type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                    return status;
                }
            }
            session.flushQuietly();
            return null;
        }, null); // an internal error is reported; the REPL goes on
    }
}
