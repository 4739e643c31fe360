package dev.tint.shell;

import dev.tint.error.ScriptError;
import dev.tint.source.Origin;
import dev.tint.source.Source;
import dev.tint.syntax.PySyntaxError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A minimal line-based REPL: {@code >>> }/{@code ... } prompts, multi-line entries ended by the
 * parser's "incomplete" verdict or a blank line, results shown as reprs. The JLine REPL of the
 * REPL issue replaces it on real terminals.
 */
final class PlainRepl {
    private final Session session;

    PlainRepl(Session session) {
        this.session = session;
    }

    int run() {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder entry = new StringBuilder();
        while (true) {
            System.out.print(entry.length() == 0 ? ">>> " : "... ");
            System.out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                System.out.println();
                return 0;
            }
            if (entry.length() > 0 && line.isBlank()) {
                Integer status = execute(entry.toString());
                entry.setLength(0);
                if (status != null) {
                    return status;
                }
                continue;
            }
            entry.append(line).append('\n');
            String text = entry.toString();
            if (needsMore(text, line)) {
                continue;
            }
            Integer status = execute(text);
            entry.setLength(0);
            if (status != null) {
                return status;
            }
        }
    }

    /** More lines are needed when the parser says the text is incomplete or a block is open. */
    private boolean needsMore(String text, String lastLine) {
        try {
            dev.tint.syntax.Parser.parse(new Source(Origin.user("<stdin>"), text));
            return text.lines().count() > 1 || lastLine.stripTrailing().endsWith(":");
        } catch (PySyntaxError e) {
            return e.incomplete();
        }
    }

    /** Runs one entry; returns an exit status when the entry asked to exit. */
    private Integer execute(String text) {
        return session.onInterpreterThread(() -> {
            try {
                session.interpreter().runInteractive(new Source(Origin.user("<stdin>"), text));
            } catch (PySyntaxError e) {
                session.reportSyntaxError(e);
            } catch (ScriptError e) {
                if (e.exception().type().isSubtypeOf(dev.tint.eval.runtime.ExceptionTypes.SYSTEM_EXIT)) {
                    return session.reportUncaught(e.exception());
                }
                session.reportUncaught(e.exception());
            }
            session.flushQuietly();
            return null;
        }, null); // an internal error is reported; the REPL goes on
    }
}
