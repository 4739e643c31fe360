package dev.tint.shell;

import dev.tint.shell.repl.ConsoleSource;
import dev.tint.shell.repl.ReplCompleter;
import dev.tint.shell.repl.ReplConsole;
import dev.tint.shell.repl.ReplWarmUp;
import java.io.IOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * The interactive REPL on a terminal: JLine's line reader with Tint's parser (multi-line
 * entries), highlighter, completer and persistent history. Ctrl-C discards the line being typed
 * or interrupts running code; Ctrl-D on an empty line, {@code exit} or {@code quit} leave.
 */
final class JLineRepl {
    private final Session session;
    private final ConsoleSource source;
    private ReplStyling styling;

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
        ReplWarmUp.prepareSignalProxy();
        ReplConsole console = source.get();
        Terminal terminal = console.terminal();
        try {
            LineReaderImpl reader = console.reader();
            // Colors off (--color=never, COLORS=0, NO_COLOR...) means no highlighting escapes either.
            boolean colors = !"never".equals(session.options().color())
                    && !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
            styling = new ReplStyling(session, colors);
            styling.apply(reader, terminal);
            reader.setCompleter(new ReplCompleter(session.interpreter()));
            terminal.handle(Terminal.Signal.INT, new Interrupter(session));
            MetaCommands commands = new MetaCommands(session, terminal.writer());
            terminal.writer().println("Tint 0.1.0 on Java " + Runtime.version().feature()
                    + " \u2014 type help, exit, or press Tab");
            if (console.historyProblem() != null) {
                terminal.writer().println("tint: " + console.historyProblem());
            }
            terminal.flush();
            ReplWarmUp.startInBackground();
            return loop(reader, terminal, commands);
        } finally {
            terminal.close();
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
                styling.apply(reader, terminal); // :theme may have changed it
                entry = reader.readLine(styling.prompt());
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
            Integer status = session.runEntry(entry);
            if (status != null) {
                return status;
            }
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
}
