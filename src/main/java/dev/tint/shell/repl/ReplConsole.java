package dev.tint.shell.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * The REPL's terminal with its line reader: Tint's parser deciding when an entry is complete,
 * auto-indent, persistent history. What depends on the interpreter (highlighting, completion)
 * is added by the REPL once its session exists, so that all of this can be built beforehand on
 * another thread.
 *
 * @param historyProblem why history is off (an unusable history file), or null; the REPL says it
 *     once, after its banner
 */
public record ReplConsole(Terminal terminal, LineReaderImpl reader, String historyProblem) {
    /**
     * JLine reports its own troubles (a history file it cannot load...) as java.util.logging
     * warnings with stack traces on stderr; Tint says what matters itself. Held here because
     * java.util.logging keeps loggers only weakly, with their level.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    /** Builds the line reader on {@code terminal}, with history where {@code env} says. */
    public static ReplConsole create(Terminal terminal, Map<String, String> env) {
        JLINE_LOG.setLevel(Level.OFF);
        Path history = historyFile(env);
        String problem = null;
        try {
            checkUsable(history);
        } catch (IOException | RuntimeException e) {
            problem = "history disabled (" + history + ": " + describe(e) + ")";
            history = null;
        }
        LineReaderImpl reader = (LineReaderImpl) LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("tint")
                .parser(new ReplParser())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                .variable(LineReader.INDENTATION, 4)
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.INSERT_TAB, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        ReplWidgets.install(reader);
        if (history != null) {
            try {
                // Loaded now rather than at the first readLine, to find a corrupt file up front.
                reader.getHistory().attach(reader);
            } catch (RuntimeException e) {
                problem = "history disabled (" + history + ": " + describe(e) + ")";
                reader.setVariable(LineReader.HISTORY_FILE, null);
                reader.setHistory(new DefaultHistory());
            }
        }
        return new ReplConsole(terminal, reader, problem);
    }

    /** TINT_HISTORY, else $XDG_STATE_HOME/tint/history, else ~/.local/state/tint/history. */
    static Path historyFile(Map<String, String> env) {
        String configured = env.get("TINT_HISTORY");
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured);
        }
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isEmpty() ? Path.of(state)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("tint").resolve("history");
    }

    /** Creates the history's folder; fails when the file cannot be read, written or created. */
    private static void checkUsable(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        if (Files.exists(file) && !(Files.isReadable(file) && Files.isWritable(file))) {
            throw new IOException("permission denied");
        }
        if (!Files.exists(file) && parent != null && !Files.isWritable(parent)) {
            throw new IOException("cannot create it");
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.io.UncheckedIOException unchecked
                && unchecked.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text; the file is left as it is";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a parent is not a folder";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
