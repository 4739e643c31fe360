package dev.tint.shell;

import dev.tint.shell.repl.ReplParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jline.utils.Signals;

/**
 * The REPL without line editing, for a terminal on stdin when stdout is not one ({@code repl |
 * tee log}) or when no terminal could be opened: the terminal echoes and edits lines itself;
 * the {@code >>> }/{@code ... } prompts go to stderr, as CPython's do, so that stdout holds only
 * the program's output and results, without one escape sequence. Entries end as in the JLine
 * REPL ({@link ReplParser#needsMore}); {@code exit}, {@code quit} and {@code help} alone work too.
 * Ctrl-C interrupts running code, or, at a prompt, drops the entry being typed with
 * {@code KeyboardInterrupt}, as CPython's REPL does; it never ends the process.
 */
final class PlainRepl {
    private final Session session;
    private final PrintStream prompts = System.err;
    /** Whether an entry is running (Ctrl-C interrupts it) rather than being typed. */
    private volatile boolean running;
    /** Set by a Ctrl-C at a prompt: the lines of the entry typed so far are dropped. */
    private volatile boolean cancelled;

    PlainRepl(Session session) {
        this.session = session;
    }

    int run() {
        // JLine's helper registers with the JVM's signal API without a terminal.
        Signals.register("INT", new CtrlC());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder entry = new StringBuilder();
        while (true) {
            prompts.print(entry.length() == 0 ? ">>> " : "... ");
            prompts.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                prompts.println();
                return 0;
            }
            if (cancelled) { // the terminal dropped the half-typed line; this one came after
                cancelled = false;
                entry.setLength(0);
            }
            if (entry.length() == 0) {
                String command = line.strip();
                if (command.equals("exit") || command.equals("quit")) {
                    return 0;
                }
                if (command.equals("help")) {
                    prompts.println(MetaCommands.HELP);
                    continue;
                }
                if (command.isEmpty()) {
                    continue;
                }
            }
            entry.append(line).append('\n');
            String text = entry.toString();
            if (ReplParser.needsMore(text.substring(0, text.length() - 1))) {
                continue;
            }
            running = true;
            Integer status = session.runEntry(text);
            running = false;
            entry.setLength(0);
            if (status != null) {
                return status;
            }
        }
    }

    /** Ctrl-C: KeyboardInterrupt in running code; at a prompt, a fresh prompt. */
    private final class CtrlC implements Runnable {
        @Override
        public void run() {
            if (running) {
                session.interpreter().thread().interrupted = true;
            } else {
                cancelled = true;
                prompts.print("\nKeyboardInterrupt\n>>> ");
                prompts.flush();
            }
        }
    }
}
