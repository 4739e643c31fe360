package dev.tint.shell;

import dev.tint.shell.repl.ReplParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The REPL without line editing, for a terminal on stdin when stdout is not one ({@code repl |
 * tee log}) or when no terminal could be opened: the terminal echoes and edits lines itself;
 * the {@code >>> }/{@code ... } prompts go to stderr, as CPython's do, so that stdout holds only
 * the program's output and results, without one escape sequence. Entries end as in the JLine
 * REPL ({@link ReplParser#needsMore}); {@code exit}, {@code quit} and {@code help} alone work too.
 */
final class PlainRepl {
    private final Session session;

    PlainRepl(Session session) {
        this.session = session;
    }

    int run() {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream prompts = System.err;
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
            Integer status = session.runEntry(text);
            entry.setLength(0);
            if (status != null) {
                return status;
            }
        }
    }
}
