package dev.tint.shell;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.shell.repl.ReplCompleter;
import dev.tint.shell.repl.ReplHighlighter;
import dev.tint.shell.repl.ReplParser;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.PySyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive REPL on a terminal: JLine's line reader with Tint's parser (multi-line
 * entries), highlighter, completer and persistent history. Ctrl-C discards the line being typed
 * or interrupts running code; Ctrl-D on an empty line, {@code exit} or {@code quit} leave.
 */
final class JLineRepl {
    private final Session session;

    JLineRepl(Session session) {
        this.session = session;
    }

    int run() throws IOException {
        // The lexer (for highlighting) and the parser (for Enter) load many classes on first use:
        // warm them on the other core while the terminal is being set up.
        Thread warmUp = new Thread(JLineRepl::warmUp, "tint-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        try {
            // Colors off (--color=never, COLORS=0, NO_COLOR...) means no highlighting escapes either.
            boolean colors = !"never".equals(session.options().color())
                    && !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
            LineReaderBuilder builder = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("tint")
                    .parser(new ReplParser());
            if (colors) {
                builder.highlighter(new ReplHighlighter(new HashSet<>(session.interpreter().builtins().boundNames())));
            } else {
                builder.highlighter(new org.jline.reader.impl.DefaultHighlighter() {
                    @Override
                    public org.jline.utils.AttributedString highlight(LineReader reader, String buffer) {
                        return new org.jline.utils.AttributedString(buffer);
                    }
                });
            }
            LineReader reader = builder
                    .completer(new ReplCompleter(session.interpreter()))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                    .variable(LineReader.INDENTATION, 4)
                    .variable(LineReader.HISTORY_FILE, historyFile(terminal))
                    .option(LineReader.Option.INSERT_TAB, true)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            terminal.handle(Terminal.Signal.INT, signal -> session.interpreter().thread().interrupted = true);
            MetaCommands commands = new MetaCommands(session, terminal.writer());
            terminal.writer().println("Tint 0.1.0 on Java " + Runtime.version().feature()
                    + " \u2014 type help, exit, or press Tab");
            terminal.flush();
            int failures = 0;
            while (true) {
                String entry;
                // A Ctrl-C that landed between entries leaves the thread interrupted; JLine's next
                // terminal command (stty, for Tab completion) would then fail.
                Thread.interrupted();
                try {
                    entry = reader.readLine(">>> ");
                    failures = 0;
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C discards the line being typed
                } catch (EndOfFileException e) {
                    return 0;
                } catch (java.io.IOError | IllegalStateException e) {
                    // The REPL survives a failed read; only a terminal that keeps failing ends it.
                    terminal.writer().println("tint: could not read the line: " + e.getMessage());
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
                    commands.run(command, reader.getHistory());
                    continue;
                }
                Integer status = execute(entry);
                if (status != null) {
                    return status;
                }
            }
        } finally {
            terminal.close();
        }
    }

    private static void warmUp() {
        try {
            dev.tint.syntax.Tokens.lex("def f(x): return [x, 'a', 1.5]  # c");
            ReplParser.needsMore("x = (1,");
        } catch (RuntimeException e) {
            // Warming up is only an optimisation.
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
        });
    }

    /** TINT_HISTORY, else $XDG_STATE_HOME/tint/history; an unusable place means no history, said once. */
    private static Path historyFile(Terminal terminal) {
        String configured = System.getenv("TINT_HISTORY");
        Path file;
        if (configured != null && !configured.isEmpty()) {
            file = Path.of(configured);
        } else {
            String state = System.getenv("XDG_STATE_HOME");
            Path base = state != null && !state.isEmpty() ? Path.of(state)
                    : Path.of(System.getProperty("user.home"), ".local", "state");
            file = base.resolve("tint").resolve("history");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.exists(file) && !Files.isWritable(file)) {
                throw new IOException("not writable");
            }
            return file;
        } catch (IOException | RuntimeException e) {
            terminal.writer().println("tint: history disabled (" + file + ": " + e.getMessage() + ")");
            return null;
        }
    }
}
